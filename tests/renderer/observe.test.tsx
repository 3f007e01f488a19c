// @vitest-environment jsdom
// Observe on a real backend: start a visit with the two-step form by
// keyboard, type and tag notes, mark episodes, keep the half-typed note,
// recover after a restart, refuse an oversized note, and search.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, tidyUp, unmountApp, type RenderedApp } from './support/renderApp.js';

afterEach(tidyUp);

async function openObserve({ user }: RenderedApp) {
  await user.click(await screen.findByRole('link', { name: 'Observe' }));
  return screen.findByRole('heading', { level: 1, name: 'Observe' });
}

/** Starts a visit to the demo's first teacher with the keyboard only; resolves on the capture screen. */
async function startByKeyboard(app: RenderedApp) {
  const { user, api } = app;
  await openObserve(app);
  const [teacher] = await api.listPeople({ role: 'teacher' });
  await user.keyboard('n');
  const who = await screen.findByRole('form', { name: 'New observation: who and where' });
  const teacherSelect = within(who).getByRole('combobox', { name: 'Teacher' });
  await waitFor(() => expect(document.activeElement).toBe(teacherSelect));
  await waitFor(() => expect(within(teacherSelect).getByRole('option', { name: teacher!.name })).toBeTruthy());
  await user.selectOptions(teacherSelect, teacher!.id);
  await user.click(within(who).getByRole('textbox', { name: 'Grade' }));
  await user.keyboard('7{Tab}Mathematics{Enter}');

  const rubric = await screen.findByRole('form', { name: 'New observation: rubric and focus' });
  expect((within(rubric).getByRole('combobox', { name: 'Rubric' }) as HTMLSelectElement).value).toBe('tru-math@1');
  await user.click(await within(rubric).findByRole('checkbox', { name: 'The Mathematics' }));
  await user.click(within(rubric).getByRole('button', { name: 'Start now' }));
  return { teacher: teacher! };
}

describe('observe', () => {
  it('starts an observation from the two-step form and lists it', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const { teacher } = await startByKeyboard(app);
    await screen.findByRole('button', { name: 'Back to Observe' });
    const { rows } = await app.api.listObservations({});
    expect(rows).toMatchObject([{ teacher: teacher.name, grade: '7', subject: 'Mathematics', status: 'draft' }]);
    const detail = await app.api.getObservation({ id: rows[0]!.id });
    expect(detail.observation).toMatchObject({ teacherId: teacher.id, focus: ['mathematics'], rubricId: 'tru-math' });

    await app.user.click(screen.getByRole('button', { name: 'Back to Observe' }));
    expect(await screen.findByRole('button', { name: `Continue observation of ${teacher.name}` })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Recent observations' });
    expect(within(table).getByRole('rowheader', { name: teacher.name }).closest('tr')!.textContent).toContain('In progress');
  });

  it('refuses to go on without a teacher or a label, and starts nothing', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    await openObserve(app);
    await app.user.click(screen.getByRole('button', { name: /New observation/ }));
    const who = await screen.findByRole('form', { name: 'New observation: who and where' });
    await app.user.click(within(who).getByRole('button', { name: 'Next: rubric and focus' }));
    expect((await within(who).findByRole('alert')).textContent).toBe('Choose a teacher or write a label such as "Room 12".');
    expect(document.activeElement).toBe(within(who).getByRole('textbox', { name: 'Or a label' }));
    expect((await app.api.listObservations({})).total).toBe(0);
  });

  it('saves notes with Enter, tagged by keyboard, inside an episode', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    await startByKeyboard(app);
    const note = await screen.findByRole('textbox', { name: 'Note' });
    await waitFor(() => expect(document.activeElement).toBe(note));
    const [observation] = (await app.api.listObservations({})).rows;

    // Alt+E then L: a Launch episode starts; the next note belongs to it.
    await app.user.keyboard('{Alt>}e{/Alt}l');
    const episodes = await screen.findByRole('list', { name: 'Episodes' });
    expect(within(episodes).getByText('Launch')).toBeTruthy();

    await app.user.keyboard('Students compare two strategies');
    await app.user.keyboard('{Alt>}1{/Alt}{Alt>}s{/Alt}');
    const chosen = screen.getByRole('list', { name: 'Tags for this note' });
    expect(within(chosen).getAllByRole('listitem').map((c) => c.textContent)).toEqual(['Mathematics', 'Student talk']);
    await app.user.keyboard('{Shift>}{Enter}{/Shift}second line{Enter}');
    await app.user.keyboard('Teacher asks why{Enter}');

    const notes = await screen.findByRole('list', { name: 'Notes' });
    await waitFor(() => expect(notes.children).toHaveLength(2));
    expect(notes.firstElementChild!.textContent).toContain('Teacher asks why');
    expect(notes.lastElementChild!.textContent).toContain('Mathematics');
    expect(notes.lastElementChild!.textContent).toMatch(/^\d\d:\d\d/);
    expect(document.activeElement).toBe(note);
    expect(note).toHaveProperty('value', '');

    const detail = await app.api.getObservation({ id: observation!.id });
    const launch = detail.episodes[0]!;
    expect(launch.typeId).toBe('launch');
    expect(detail.notes.map((n) => n.text).sort()).toEqual(['Students compare two strategies\nsecond line', 'Teacher asks why']);
    expect(detail.notes.find((n) => n.text.startsWith('Students'))).toMatchObject({ dimensions: ['mathematics'], tags: ['student-talk'], episodeId: launch.id });
  });

  it('keeps the note being typed and brings the observation back after a restart', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const { teacher } = await startByKeyboard(app);
    await screen.findByRole('textbox', { name: 'Note' });
    const [observation] = (await app.api.listObservations({})).rows;
    await app.user.keyboard('First note{Enter}');
    await waitFor(async () => expect((await app.api.getObservation({ id: observation!.id })).notes).toHaveLength(1));
    await app.user.keyboard('Half a tho');
    await waitFor(async () => expect((await app.api.getObservation({ id: observation!.id })).noteDraft).toBe('Half a tho'));

    unmountApp(app);
    window.history.replaceState(null, '', '/');
    await renderApp({ firstRunDone: true, dataDir: app.dataDir });
    const status = await screen.findByText(/^Recovered your observation/);
    expect(status.textContent).toBe(`Recovered your observation of ${teacher.name}: 1 note saved, and the note you were typing.`);
    expect(await screen.findByRole('textbox', { name: 'Note' })).toHaveProperty('value', 'Half a tho');
    expect(within(screen.getByRole('list', { name: 'Notes' })).getByText('First note')).toBeTruthy();
  });

  it('refuses a note over 10,000 characters with a clear message and stores nothing', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    await startByKeyboard(app);
    const note = (await screen.findByRole('textbox', { name: 'Note' })) as HTMLTextAreaElement;
    const [observation] = (await app.api.listObservations({})).rows;
    await app.user.click(note);
    await app.user.paste('x'.repeat(10_001));
    await app.user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('A note can be at most 10,000 characters; split it into several notes.');
    expect(note.value).toHaveLength(10_001);
    expect(screen.queryByRole('list', { name: 'Notes' })).toBeNull();
    expect((await app.api.getObservation({ id: observation!.id })).notes).toEqual([]);
  });

  it('finds a note by its words and opens its observation', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const { teacher } = await startByKeyboard(app);
    await screen.findByRole('textbox', { name: 'Note' });
    await app.user.keyboard('Students justify with a number line{Enter}');
    await screen.findByText('Students justify with a number line');
    await waitFor(async () => expect((await app.api.listObservations({})).rows[0]!.noteCount).toBe(1));
    await app.user.click(screen.getByRole('button', { name: 'Back to Observe' }));
    expect((await app.api.getOpenObservation({})).id).toBeNull();

    await app.user.type(await screen.findByRole('searchbox', { name: 'Search notes' }), 'justify{Enter}');
    const hits = await screen.findByRole('list', { name: 'Notes found' });
    expect(within(hits).getByText('justify').tagName).toBe('MARK');
    await app.user.click(within(hits).getByRole('button', { name: new RegExp(teacher.name) }));
    expect(await screen.findByText('Students justify with a number line')).toBeTruthy();
  });
});
