// Writing the archived cycle report's HTML safely: the `html` template tag
// escapes every value put into it unless the value is itself markup made by
// `html`, so text a teacher typed (a note reading "<script>") always comes out
// as text. The page is self-contained: its styles, print styles included, are
// inline, and it loads nothing.

export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A value in a template: markup as is, a list one after another, nothing for null, undefined and false, anything else escaped. */
type Value = Markup | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return (value as readonly Value[]).map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ''), ''));
}

/** Free text as typed: line breaks kept, and a dash where nothing was written. */
export function prose(text: string): Markup {
  return text.trim() === '' ? html`<p class="empty">—</p>` : html`<p class="prose">${text}</p>`;
}

/** A table with a header row; cells are values (escaped) or markup. */
export function table(headers: readonly string[], rows: readonly (readonly Value[])[], className = ''): Markup {
  if (rows.length === 0) return html`<p class="empty">None recorded.</p>`;
  return html`<table class="${className}"><thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map(
    (cells) => html`<tr>${cells.map((c) => html`<td>${c}</td>`)}</tr>`,
  )}</tbody></table>`;
}

export function section(title: string, ...content: Value[]): Markup {
  return html`<section><h2>${title}</h2>${content}</section>`;
}

const STYLE = `
  body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2433; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
  h2 { font-size: 1.3rem; border-bottom: 2px solid #c9d2e3; padding-bottom: 0.2rem; margin-top: 2rem; }
  h3 { font-size: 1.1rem; margin-top: 1.4rem; }
  h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
  th, td { border: 1px solid #c9d2e3; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
  th { background: #eef2f8; }
  ul { margin: 0.2rem 0; padding-left: 1.2rem; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  .prose { white-space: pre-wrap; margin: 0.2rem 0 0.8rem; }
  .empty, .meta { color: #5b6578; }
  .timeline { display: flex; gap: 0.5rem; list-style: none; padding: 0; flex-wrap: wrap; }
  .timeline li { border: 1px solid #c9d2e3; border-radius: 4px; padding: 0.3rem 0.6rem; }
  .timeline li.current { border-color: #2f5fb3; background: #eef2f8; font-weight: 600; }
  table.seating td { width: 3rem; height: 2rem; text-align: center; }
  .added { background: #e7f6ea; }
  .removed { background: #fbeaea; }
  .side-by-side { table-layout: fixed; }
  @media print {
    body { margin: 0; max-width: none; font-size: 11pt; }
    h2 { break-after: avoid; }
    table, figure, section > ul { break-inside: auto; }
    tr, .timeline li { break-inside: avoid; }
    th { background: none; }
  }
`;

export function page(title: string, body: Markup): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.text}
</body>
</html>
`;
}
