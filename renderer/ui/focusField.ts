// After a refused save, put the cursor in the field the backend named, so the
// person can fix it straight away (the alert says what is wrong).
export function focusField(form: HTMLFormElement | null, field: string | null): void {
  if (!form || !field) return;
  const target = form.elements.namedItem(field);
  if (target instanceof RadioNodeList) {
    const first = target[0];
    if (first instanceof HTMLElement) first.focus();
  } else if (target instanceof HTMLElement) {
    target.focus();
  }
}
