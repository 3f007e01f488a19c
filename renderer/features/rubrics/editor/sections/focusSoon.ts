// Focus an element the current change is about to render (a new item's
// first field), or keep focus in a list after an item is removed. React has
// committed the change by the time a zero-delay timer runs.
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}
