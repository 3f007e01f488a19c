// @vitest-environment jsdom
// Finding past work on a real backend: filter the recent observations by
// teacher, status and dates, clear the filters, page with "Show more", see
// a corrected observation labelled in words, open a submitted one's report
// (from its row or a note found by search), and read a teacher's history
// with its lesson scores over time and the change per dimension.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Api } from '../../shared/contract.js';
import { uuidv7 } from '../../shared/ids.js';
import { renderApp, tidyUp, type RenderedApp } from './support/renderApp.js';

afterEach(tidyUp);

const pause = () => new Promise((resolve) => setTimeout(resolve, 3));

/** A TRU Math visit to a teacher, its lesson Cognitive demand score, optionally submitted; started visits get distinct start times. */
async function visit(api: Api, teacherId: string, demand: number | null, submit: boolean) {
  const observation = await api.startObservation({ teacherId, rubric: { id: 'tru-math', version: 1 } });
  if (demand !== null) await api.saveScore({ observationId: observation.id, dimensionId: 'cognitive-demand', value: demand });
  if (submit) await api.submitObservation({ id: observation.id });
  await pause();
  return observation;
}

/** Opens Observe home once the filters offer the teachers; resolves on the filter group. */
async function openObserve(app: RenderedApp) {
  const [teacher] = await app.api.listPeople({ role: 'teacher' });
  await app.user.click(await screen.findByRole('link', { name: 'Observe' }));
  await screen.findByRole('heading', { level: 1, name: 'Observe' });
  const filters = screen.getByRole('group', { name: 'Filter observations' });
  await within(filters).findByRole('option', { name: teacher!.name });
  return filters;
}

async function twoTeachers(api: Api) {
  const [a, b] = await api.listPeople({ role: 'teacher' });
  return [a!, b!] as const;
}

const recentRows = () => within(screen.getByRole('table', { name: 'Recent observations' })).getAllByRole('row').slice(1);
const count = (text: string) => screen.findByText(text);

describe('finding past work', () => {
  it('filters by teacher and status, counts what it shows, and clears', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const [dana, eli] = await twoTeachers(app.api);
    await visit(app.api, dana.id, 2, true);
    await visit(app.api, dana.id, null, false);
    await visit(app.api, eli.id, 1, true);
    const filters = await openObserve(app);
    await count('Showing 3 of 3');

    await app.user.selectOptions(within(filters).getByRole('combobox', { name: 'Teacher' }), dana.id);
    await count('Showing 2 of 2');
    expect(recentRows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual([dana.name, dana.name]);
    expect(screen.getByRole('list', { name: 'Today' }).textContent).toContain(dana.name);

    await app.user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'submitted');
    await count('Showing 1 of 1');
    expect(recentRows()[0]!.textContent).toContain('Submitted');
    expect(within(recentRows()[0]!).getByRole('button', { name: `Open report of ${dana.name}` })).toBeTruthy();

    await app.user.selectOptions(within(filters).getByRole('combobox', { name: 'Teacher' }), eli.id);
    await count('Showing 1 of 1');
    expect(within(recentRows()[0]!).getByRole('rowheader').textContent).toBe(eli.name);
    await app.user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'scheduled');
    expect(await screen.findByText('No observation matches these filters.')).toBeTruthy();
    await count('Showing 0 of 0');

    await app.user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    await count('Showing 3 of 3');
    expect(within(filters).getByRole('combobox', { name: 'Teacher' })).toHaveProperty('value', '');
    expect(within(filters).getByRole('combobox', { name: 'Status' })).toHaveProperty('value', '');
  });

  it('filters by dates, with "to" covering its whole day, and explains a backwards range', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const [dana] = await twoTeachers(app.api);
    await visit(app.api, dana.id, null, false);
    const filters = await openObserve(app);
    await count('Showing 1 of 1');
    const day = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const from = within(filters).getByLabelText('From');
    const to = within(filters).getByLabelText('To');

    fireEvent.change(from, { target: { value: day(1) } });
    await count('Showing 0 of 0');
    fireEvent.change(from, { target: { value: day(0) } });
    fireEvent.change(to, { target: { value: day(0) } });
    await count('Showing 1 of 1');
    fireEvent.change(to, { target: { value: day(-1) } });
    expect((await screen.findByRole('alert')).textContent).toBe('The “To” date is before the “From” date; choose a “To” date on or after it.');
    expect(screen.queryByRole('table', { name: 'Recent observations' })).toBeNull();
    fireEvent.change(from, { target: { value: day(-7) } });
    await count('Showing 0 of 0');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows 100 at a time and the rest with "Show more"', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    for (let i = 0; i < 102; i++) await app.api.startObservation({ teacherLabel: `Room ${i}`, rubric: { id: 'tru-math', version: 1 } });
    await openObserve(app);
    await count('Showing 100 of 102');
    await app.user.click(screen.getByRole('button', { name: 'Show more' }));
    await count('Showing 102 of 102');
    expect(recentRows()).toHaveLength(102);
    expect(new Set(recentRows().map((r) => r.textContent)).size).toBe(102);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it("shows a teacher's scores over time and how each dimension moved; a correction stands in for what it replaced", async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const [dana] = await twoTeachers(app.api);
    await visit(app.api, dana.id, 1, true);
    const second = await visit(app.api, dana.id, 2, true);
    const fix = await app.api.startCorrection({ id: second.id });
    await app.api.saveScore({ observationId: fix.id, dimensionId: 'cognitive-demand', value: 3 });
    await app.api.startObservation({ teacherId: dana.id, rubric: { id: 'tru-any-subject', version: 1 } });
    const filters = await openObserve(app);

    await count('Showing 4 of 4');
    const corrected = recentRows().filter((r) => r.textContent!.includes('Corrected'));
    expect(corrected).toHaveLength(1);
    expect(within(corrected[0]!).getByRole('button', { name: `Open report of ${dana.name}` })).toBeTruthy();

    await app.user.selectOptions(within(filters).getByRole('combobox', { name: 'Teacher' }), dana.id);
    await app.user.click(within(filters).getByRole('button', { name: `View history of ${dana.name}` }));
    const heading = await screen.findByRole('heading', { level: 1, name: `History: ${dana.name}` });
    expect(document.activeElement).toBe(heading);
    const table = await screen.findByRole('table', { name: 'TRU Math, version 1' });
    const head = within(table).getAllByRole('columnheader').map((c) => c.textContent);
    expect(head.slice(0, 4)).toEqual(['Date', 'Kind', 'Status', 'Mathematics']);
    const demand = head.indexOf('Cognitive demand');
    const rows = within(table).getAllByRole('row').slice(1);
    // Oldest first; the correction (a draft) stands in for the visit it replaced.
    expect(rows.map((r) => r.children[demand]!.textContent)).toEqual(['1', '3']);
    expect(rows.map((r) => r.children[2]!.textContent)).toEqual(['Submitted', 'In progress']);
    expect(rows[0]!.children[3]!.textContent).toBe('—Not scored');
    const change = screen.getByRole('list', { name: 'Change on TRU Math, version 1' });
    expect(within(change).getByText('Cognitive demand: 1 → 3 over 2 observations')).toBeTruthy();
    expect(within(change).getByText('Mathematics: not scored yet')).toBeTruthy();

    // Another rubric's scores get a table of their own.
    const other = screen.getByRole('table', { name: 'TRU (any subject), version 1' });
    expect(screen.getAllByRole('table')).toHaveLength(2);
    expect(within(other).getAllByRole('row')).toHaveLength(2);
    expect(within(other).getAllByRole('columnheader').map((c) => c.textContent)).toContain('Content');

    await app.user.click(within(rows[1]!).getByRole('button'));
    expect(await screen.findByRole('textbox', { name: 'Note' })).toBeTruthy();
  });

  it("opens a submitted observation's report from its row and from a note found by search, and a draft's capture", async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const [dana, eli] = await twoTeachers(app.api);
    for (const [teacher, submit] of [[dana, true], [eli, false]] as const) {
      const { id } = await visit(app.api, teacher.id, null, false);
      await app.api.saveNote({ observationId: id, id: uuidv7(), text: 'Students justify with a number line', atMs: 1000 });
      if (submit) await app.api.submitObservation({ id });
    }
    await openObserve(app);
    const onReport = async () => {
      await screen.findByRole('button', { name: 'Back to Observe' });
      expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
      await app.user.click(screen.getByRole('button', { name: 'Back to Observe' }));
    };
    const searchFor = async (teacher: string) => {
      await app.user.type(await screen.findByRole('searchbox', { name: 'Search notes' }), 'justify{Enter}');
      await app.user.click(within(await screen.findByRole('list', { name: 'Notes found' })).getByRole('button', { name: new RegExp(teacher) }));
    };

    await app.user.click(await screen.findByRole('button', { name: `Open report of ${dana.name}` }));
    await onReport();
    await searchFor(dana.name);
    await onReport();
    await searchFor(eli.name);
    expect(await screen.findByRole('textbox', { name: 'Note' })).toBeTruthy();
  });

  it('says so when a teacher has no observations yet', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const [, eli] = await twoTeachers(app.api);
    const filters = await openObserve(app);
    await app.user.selectOptions(within(filters).getByRole('combobox', { name: 'Teacher' }), eli.id);
    await app.user.click(within(filters).getByRole('button', { name: `View history of ${eli.name}` }));
    expect(await screen.findByText(`No observation of ${eli.name} has begun yet. Scheduled visits appear here once they begin.`)).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Back to Observe' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Observe' })).toBeTruthy());
  });
});
