// @vitest-environment jsdom
// The rubric library on a real backend: the built-ins, one rubric's versions
// with its fingerprint and preview, duplicating into the editor, importing
// good and bad files (a bad one stores nothing), exporting, retiring and
// comparing versions.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Api } from '../../shared/contract.js';
import { checkRubricText, problemLine } from '../../shared/rubric/validate.js';
import { sampleRubric, sampleRubricText } from '../support/rubrics.js';
import { renderApp, tidyUp } from './support/renderApp.js';

afterEach(() => {
  vi.restoreAllMocks();
  tidyUp();
});

async function openRubrics(user: UserEvent) {
  const nav = await screen.findByRole('navigation', { name: 'Sections' });
  await user.click(within(nav).getByRole('link', { name: 'Rubrics' }));
  return screen.findByRole('heading', { level: 1, name: 'Rubrics' });
}

function rubricFile(text: string, name = 'rubric.json') {
  return new File([text], name, { type: 'application/json' });
}

async function importFile(user: UserEvent, file: File) {
  await user.upload(screen.getByLabelText('Import rubric file…'), file);
}

function rowOf(name: string): HTMLTableRowElement {
  return screen.getByRole('button', { name }).closest('tr')!;
}

/** What the store holds, to prove a refused action changed nothing. */
async function snapshot(api: Api) {
  return JSON.stringify(await api.listRubrics({}));
}

describe('rubric library', () => {
  it('lists the four built-ins, marked as built in, the template as a template', async () => {
    const { user } = await renderApp({ firstRunDone: true });
    const heading = await openRubrics(user);
    expect(document.activeElement).toBe(heading);

    const table = await screen.findByRole('table', { name: 'Rubrics on this device' });
    const names = within(table).getAllByRole('rowheader').map((th) => within(th).getByRole('button').textContent);
    expect(names).toHaveLength(4);
    expect(names).toEqual(expect.arrayContaining(['TRU Math', 'TRU (any subject)', 'Lesson study observation guide']));
    const truMath = rowOf('TRU Math');
    expect(truMath.textContent).toContain('Mathematics');
    expect(truMath.textContent).toContain('Built-in');
    expect(truMath.textContent).toContain('v1');
    expect(truMath.textContent).not.toContain('Template');
    const template = within(table).getByRole('button', { name: /^District protocol template/ }).closest('tr')!;
    expect(template.textContent).toContain('Template');
    expect(screen.getByText(/new rubric ·/).textContent).toBe('N new rubric · I import');
  });

  it('opens TRU Math with its fingerprint and its dimensions, and offers no new version of a built-in', async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await openRubrics(user);
    await user.click(await screen.findByRole('button', { name: 'TRU Math' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'TRU Math' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const { contentHash } = await api.getRubricVersion({ id: 'tru-math' });
    const fingerprint = await screen.findByText(contentHash.slice(0, 12));
    expect(fingerprint.getAttribute('title')).toContain(contentHash);
    expect(screen.getByText(`(full SHA-256 fingerprint ${contentHash})`, { exact: false })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Version' }) as HTMLSelectElement).value).toBe('1');
    expect(screen.getByText('Built in')).toBeTruthy();

    for (const dimension of ['The Mathematics', 'Cognitive Demand', 'Equitable Access to Content', 'Agency, Ownership, and Identity', 'Formative Assessment']) {
      expect(screen.getByRole('region', { name: dimension })).toBeTruthy();
    }
    expect(screen.queryByRole('button', { name: 'New version' })).toBeNull();
    expect(screen.getByText('Built-in rubrics change only with Fieldbook updates; duplicate to adapt.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Compare versions' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'All rubrics' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rubrics' })).toBe(document.activeElement);
  });

  it('duplicates TRU Math into the editor, after refusing an id that breaks the rule or is taken', async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await openRubrics(user);
    await user.click(await screen.findByRole('button', { name: 'TRU Math' }));
    await user.click(await screen.findByRole('button', { name: 'Duplicate…' }));

    const dialog = screen.getByRole('dialog', { name: 'Duplicate TRU Math' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    const id = within(dialog).getByRole('textbox', { name: 'Id' });
    expect(document.activeElement).toBe(name);
    expect(id).toHaveProperty('value', 'tru-math-copy');
    await user.clear(name);
    await user.type(name, 'Cedar Grove TRU Math');
    expect(id).toHaveProperty('value', 'cedar-grove-tru-math');

    const before = await snapshot(api);
    await user.clear(id);
    await user.type(id, 'Cedar Grove');
    await user.click(within(dialog).getByRole('button', { name: 'Duplicate and edit' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('The id "Cedar Grove" cannot be used. Lowercase letters, digits and dashes');
    expect(id.getAttribute('aria-invalid')).toBe('true');

    await user.clear(id);
    await user.type(id, 'tru-math');
    await user.click(within(dialog).getByRole('button', { name: 'Duplicate and edit' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('The id "tru-math" is already used by another rubric; choose another.'));
    expect(await snapshot(api)).toBe(before);

    await user.clear(id);
    await user.type(id, 'cedar-grove-tru-math');
    await user.click(within(dialog).getByRole('button', { name: 'Duplicate and edit' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('heading', { level: 1, name: /Cedar Grove TRU Math/ })).toBeTruthy();
    const draft = await api.getRubricDraft({ id: 'cedar-grove-tru-math' });
    expect(draft).toMatchObject({ version: 1, content: { name: 'Cedar Grove TRU Math', template: false } });
  });

  it('starts a new rubric from the keyboard ("N"), and Escape cancels the dialog', async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await openRubrics(user);
    await screen.findByRole('table');
    await user.keyboard('n');
    expect(document.activeElement).toBe(within(screen.getByRole('dialog', { name: 'New rubric' })).getByRole('textbox', { name: 'Name' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Rubrics' }));

    await user.click(screen.getByRole('button', { name: 'New rubric' }));
    const dialog = screen.getByRole('dialog', { name: 'New rubric' });
    await user.click(within(dialog).getByRole('button', { name: 'Create and edit' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Give the rubric a name.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Lakeside Math Talk');
    expect(within(dialog).getByRole('textbox', { name: 'Id' })).toHaveProperty('value', 'lakeside-math-talk');
    await user.click(within(dialog).getByRole('button', { name: 'Create and edit' }));

    expect(await screen.findByRole('heading', { level: 1, name: /Lakeside Math Talk/ })).toBeTruthy();
    expect(await api.getRubricDraft({ id: 'lakeside-math-talk' })).toMatchObject({ version: 1, content: { name: 'Lakeside Math Talk' } });
  });

  it('imports a rubric file, says so on a repeat, and refuses the same version with other content', async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await openRubrics(user);
    await screen.findByRole('table');

    const text = sampleRubricText({ id: 'harbor-math', name: 'Harbor Math' });
    await importFile(user, rubricFile(text, 'harbor-math.json'));
    expect(await screen.findByText('Imported Harbor Math version 1.')).toBeTruthy();
    const row = (await screen.findByRole('button', { name: 'Harbor Math' })).closest('tr')!;
    expect(row.textContent).toContain('District');
    expect(row.textContent).toContain('v1');
    expect((await api.getRubricVersion({ id: 'harbor-math' })).origin).toBe('imported');

    await importFile(user, rubricFile(text, 'harbor-math.json'));
    expect(await screen.findByText('Already had Harbor Math version 1; nothing changed.')).toBeTruthy();

    const before = await snapshot(api);
    await importFile(user, rubricFile(sampleRubricText({ id: 'harbor-math', name: 'Harbor Math, edited' }), 'edited.json'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'edited.json was not imported. Rubric "harbor-math" version 1 is already published with different content; a published version never changes, so give this one a new version number.',
    );
    expect(await snapshot(api)).toBe(before);
  });

  it('lists every problem of an invalid file and stores nothing', async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await openRubrics(user);
    await screen.findByRole('table');
    const before = await snapshot(api);

    const broken = sampleRubric({ id: 'broken-rubric', name: '' });
    const text = JSON.stringify({ ...broken, subject: 7, colour: 'blue', dimensions: [{ ...broken.dimensions[0], levels: [] }] });
    const check = checkRubricText(text);
    if (check.ok) throw new Error('the test file should be invalid');
    expect(check.problems.length).toBeGreaterThanOrEqual(3);

    await importFile(user, rubricFile(text, 'broken.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`broken.json is not a valid rubric file: ${check.problems.length} problems. Nothing was stored.`);
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(check.problems.map(problemLine));
    expect(items).toContain('name: cannot be empty');
    expect(await snapshot(api)).toBe(before);
    expect(screen.queryByRole('button', { name: 'broken-rubric' })).toBeNull();

    await importFile(user, rubricFile('{ "format": ', 'truncated.json'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('truncated.json is not a valid rubric file: 1 problem. Nothing was stored.'));
    expect(screen.getByRole('alert').textContent).toContain('The file is not valid JSON');
    expect(await snapshot(api)).toBe(before);
  });

  it('exports a version as a file that imports back unchanged', async () => {
    const blobs: Blob[] = [];
    const downloads: { href: string; download: string }[] = [];
    // jsdom has no object URLs and does not download; these stand in for the browser.
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return `blob:fieldbook/${blobs.length}`;
      }),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    });

    const { user, api } = await renderApp({ firstRunDone: true });
    await openRubrics(user);
    await user.click(await screen.findByRole('button', { name: 'TRU Math' }));
    await user.click(await screen.findByRole('button', { name: 'Export' }));

    expect(await screen.findByText('Exported version 1 as tru-math-v1.fieldbook-rubric.json.')).toBeTruthy();
    expect(downloads).toEqual([{ href: 'blob:fieldbook/1', download: 'tru-math-v1.fieldbook-rubric.json' }]);
    const text = await blobs[0]!.text();
    expect(text).toBe((await api.exportRubric({ id: 'tru-math' })).text);
    expect(await api.importRubric({ text })).toEqual({ outcome: 'unchanged', id: 'tru-math', version: 1, name: 'TRU Math' });
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('retires a version and brings it back; a district rubric can get a new version', async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await api.importRubric({ text: sampleRubricText() });
    await openRubrics(user);
    await user.click(await screen.findByRole('button', { name: 'Sample rubric' }));
    await screen.findByRole('heading', { level: 1, name: 'Sample rubric' });
    expect(await screen.findByText('Imported')).toBeTruthy();
    expect(screen.getByText(/stays readable and keeps every score given with it/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Retire version' }));
    expect(await screen.findByText('Version 1 retired. It stays readable and keeps its scores.')).toBeTruthy();
    expect((await api.getRubricVersion({ id: 'sample-rubric', version: 1 })).retired).toBe(true);
    expect(await screen.findByRole('option', { name: 'Version 1 (latest, retired)' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Reasoning' })).toBeTruthy();

    await user.click(await screen.findByRole('button', { name: 'Bring back' }));
    expect(await screen.findByText('Version 1 is back in use.')).toBeTruthy();
    expect((await api.getRubricVersion({ id: 'sample-rubric', version: 1 })).retired).toBe(false);
    expect(await screen.findByRole('button', { name: 'Retire version' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'New version' }));
    await waitFor(async () => expect(await api.getRubricDraft({ id: 'sample-rubric' })).toMatchObject({ version: 2, basedOn: 1 }));
    expect(await screen.findByRole('heading', { level: 1, name: /Sample rubric/ })).toBeTruthy();
  });

  it('compares two versions, showing the changed name', async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await api.importRubric({ text: sampleRubricText() });
    const draft = await api.createRubricDraft({ mode: 'revise', id: 'sample-rubric' });
    await api.saveRubricDraft({ id: 'sample-rubric', content: { ...(draft.content as object), name: 'Sample rubric, revised' } });
    await api.publishRubricDraft({ id: 'sample-rubric' });

    await openRubrics(user);
    const row = (await screen.findByRole('button', { name: 'Sample rubric, revised' })).closest('tr')!;
    expect(row.textContent).toContain('v2');
    expect(row.textContent).toContain('2 versions');
    await user.click(within(row).getByRole('button', { name: 'Sample rubric, revised' }));
    await user.click(await screen.findByRole('button', { name: 'Compare versions' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Compare versions of Sample rubric, revised' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect((screen.getByRole('combobox', { name: 'Older' }) as HTMLSelectElement).value).toBe('1');
    expect((screen.getByRole('combobox', { name: 'Newer' }) as HTMLSelectElement).value).toBe('2');
    expect(await screen.findByText('1 change')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Version 1 and Version 2 side by side' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const nameRow = within(table).getByRole('rowheader', { name: 'Name Changed' }).closest('tr')!;
    expect([...nameRow.cells].map((c) => c.textContent)).toEqual(['Details', 'Name Changed', 'Sample rubric', 'Sample rubric, revised']);

    expect(screen.getByRole('checkbox', { name: 'Show only changes' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('checkbox', { name: 'Show only changes' }));
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(10);
    expect(within(table).getByRole('rowheader', { name: 'Subject' })).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Newer' }), '1');
    expect(await screen.findByText('Pick two different versions to compare.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Sample rubric, revised' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sample rubric, revised' })).toBeTruthy();
  });

  it('compares a draft only when it passes every check', async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await api.importRubric({ text: sampleRubricText() });
    const draft = await api.createRubricDraft({ mode: 'revise', id: 'sample-rubric' });
    await api.saveRubricDraft({ id: 'sample-rubric', content: { ...(draft.content as object), subject: '' } });

    await openRubrics(user);
    const row = (await screen.findByRole('button', { name: 'Sample rubric' })).closest('tr')!;
    expect(row.textContent).toContain('Draft v2 · 1 problem');
    await user.click(within(row).getByRole('button', { name: 'Sample rubric' }));
    await user.click(await screen.findByRole('button', { name: 'Compare versions' }));
    await screen.findByRole('heading', { level: 1, name: 'Compare versions of Sample rubric' });
    expect((screen.getByRole('combobox', { name: 'Newer' }) as HTMLSelectElement).value).toBe('draft');
    expect(await screen.findByText('Draft v2 has 1 problem; fix them in the editor to compare it.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();

    await api.saveRubricDraft({ id: 'sample-rubric', content: { ...(draft.content as object), subject: 'Science' } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Newer' }), '1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Newer' }), 'draft');
    const table = await screen.findByRole('table', { name: 'Version 1 and Draft v2 side by side' });
    expect(within(table).getByRole('rowheader', { name: 'Subject Changed' }).closest('tr')!.textContent).toContain('Science');
  });
});
