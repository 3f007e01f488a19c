// @vitest-environment jsdom
// The capture screen's side tabs on a real backend: scoring TRU episodes and
// the lesson summary with notes as evidence, refusals in the backend's words
// (and a submitted observation that only opens its report), the seating
// chart with @code in notes and who has been heard, and attached files.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { openTestBackend } from './support/testBackend.js';
import { renderApp, tidyUp } from './support/renderApp.js';

afterEach(() => {
  tidyUp();
  vi.unstubAllGlobals();
});

/** An observation started on the backend and left open, so the app reopens it on its capture screen. */
async function openCapture(rubricId = 'tru-math', focus = ['mathematics']) {
  const setup = await openTestBackend();
  await setup.api.loadDemo({});
  const [teacher] = await setup.api.listPeople({ role: 'teacher' });
  const observation = await setup.api.startObservation({ teacherId: teacher!.id, rubric: { id: rubricId, version: 1 }, focus });
  await setup.api.setOpenObservation({ id: observation.id });
  setup.close();
  const app = await renderApp({ firstRunDone: true, dataDir: setup.dataDir });
  const note = await screen.findByRole('textbox', { name: 'Note' });
  await waitFor(() => expect(document.activeElement).toBe(note));
  const stored = async () => app.api.getObservation({ id: observation.id });
  return { ...app, id: observation.id, stored };
}

const openTab = async (user: { click(e: Element): Promise<void> }, name: RegExp) => {
  await user.click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel');
};

describe('capture: scores', () => {
  it('scores an episode and the lesson summary, with notes as evidence, and shows the lesson score', async () => {
    const { user, stored } = await openCapture();
    await user.keyboard('{Alt>}e{/Alt}l');
    await user.keyboard('Students compare two strategies{Alt>}1{/Alt}{Enter}');
    await user.keyboard('Teacher asks why it works{Enter}');
    await waitFor(async () => expect((await stored()).notes).toHaveLength(2));
    const { notes, episodes } = await stored();
    const tagged = notes.find((n) => n.text.startsWith('Students'))!;
    const latest = notes.find((n) => n.text.startsWith('Teacher'))!;

    const panel = await openTab(user, /^Scores/);
    const scoreFor = within(panel).getByRole('combobox', { name: 'Score for' }) as HTMLSelectElement;
    expect(scoreFor.selectedOptions[0]!.textContent).toMatch(/^Episode 1: Launch \(from \d\d:\d\d\)$/);
    const maths = within(panel).getByRole('region', { name: /^The Mathematics/ });
    expect(within(maths).getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual(['1 Limited', '2 Developing', '3 Strong']);
    expect(within(maths).getByText('Levels and look-fors').closest('details')!.open).toBe(true);

    await user.click(within(maths).getByRole('radio', { name: '2 Developing' }));
    const taggedBox = within(within(maths).getByRole('list', { name: 'Notes tagged Mathematics or linked' })).getByRole('checkbox', { name: /Students compare two strategies/ });
    await waitFor(() => expect(taggedBox).toHaveProperty('disabled', false));
    await user.click(taggedBox);
    await waitFor(async () => expect((await stored()).scores).toMatchObject([{ episodeId: episodes[0]!.id, dimensionId: 'mathematics', value: 2, evidence: [tagged.id] }]));
    expect(within(maths).getByText('By episode: 1: 2')).toBeTruthy();
    expect(within(maths).getByText('Lesson summary:').textContent).toBe('Lesson summary: not scored yet');

    // The summary, by keyboard inside the dimension: 3 scores, L links the latest note.
    await user.selectOptions(scoreFor, 'lesson');
    within(maths).getAllByRole('radio')[0]!.focus();
    await user.keyboard('3');
    await waitFor(() => expect(within(maths).getByText('Lesson summary:').textContent).toBe('Lesson summary: 3 Strong'));
    await user.keyboard('l');
    await waitFor(async () => expect((await stored()).scores.find((s) => s.episodeId === null)).toMatchObject({ value: 3, evidence: [latest.id] }));
    expect(within(maths).getByRole('button', { name: /^Link latest note/ })).toHaveProperty('disabled', true);

    await user.keyboard('{Delete}');
    await waitFor(() => expect(within(maths).getByText('Lesson summary:').textContent).toBe('Lesson summary: not scored yet'));
    expect((await stored()).scores).toHaveLength(1);
  });

  it('scores by keyboard: a digit on a level takes focus there, one Tab reaches its evidence, and keys there never change the level', async () => {
    const { user, stored } = await openCapture();
    await user.keyboard('Teacher asks why 12ths{Enter}');
    await waitFor(async () => expect((await stored()).notes).toHaveLength(1));
    const [note] = (await stored()).notes;
    const panel = await openTab(user, /^Scores/);
    const maths = within(panel).getByRole('region', { name: /^The Mathematics/ });
    const levels = () => within(maths).getAllByRole('radio') as HTMLInputElement[];
    // One tab stop for the levels: the first until one is chosen.
    expect(levels().map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    levels()[0]!.focus();
    await user.keyboard('2');
    await waitFor(() => expect(levels().map((r) => r.checked)).toEqual([false, true, false]));
    expect(document.activeElement).toBe(levels()[1]);
    expect(levels().map((r) => r.tabIndex)).toEqual([-1, 0, -1]);

    await user.tab();
    const link = within(maths).getByRole('button', { name: /^Link latest note/ });
    expect(document.activeElement).toBe(link);
    // Digits, N and Delete on the evidence are no score: only the levels take them.
    await user.keyboard('3n{Delete}');
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await stored()).scores).toMatchObject([{ dimensionId: 'mathematics', value: 2, evidence: [note!.id] }]));
    expect(levels().map((r) => r.checked)).toEqual([false, true, false]);
  });

  it('marks a score that needs evidence until a note is linked to it', async () => {
    const { user, stored } = await openCapture('district-smp-template', ['smp-1']);
    await user.keyboard('Students restart with a diagram{Enter}');
    await waitFor(async () => expect((await stored()).notes).toHaveLength(1));
    const panel = await openTab(user, /^Scores/);
    const smp1 = within(panel).getByRole('region', { name: /^SMP 1:/ });
    await user.click(within(smp1).getByRole('radio', { name: '3 Applying' }));
    expect(await within(smp1).findByText('Needs evidence: link at least one note to this score.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Scores 1 problem' })).toBeTruthy();
    expect(within(panel).getByRole('list', { name: 'Before submitting' }).textContent).toBe(
      'SMP 1: Make sense of problems and persevere in solving them: the score for the lesson needs at least one note as evidence.',
    );
    await user.click(within(smp1).getByRole('button', { name: /^Link latest note/ }));
    await waitFor(() => expect(within(smp1).queryByText(/^Needs evidence/)).toBeNull());
    expect(screen.getByRole('tab', { name: 'Scores' })).toBeTruthy();
    expect(within(smp1).getByText('Lesson score:').textContent).toBe('Lesson score: 3 Applying');
  });

  it('shows a refusal in the backend’s words, and a submitted observation opens only its report', async () => {
    const { user, api, id, stored } = await openCapture();
    await expect(api.saveScore({ observationId: id, dimensionId: 'mathematics', value: 7 })).rejects.toThrow(
      "7 is not on this rubric's scale; the levels are 1 (Limited), 2 (Developing), 3 (Strong).",
    );
    const panel = await openTab(user, /^Scores/);
    // No episode yet: the lesson summary is all there is to score, and TRU offers no N/A.
    expect(within(panel).queryByRole('combobox', { name: 'Score for' })).toBeNull();
    const maths = within(panel).getByRole('region', { name: /^The Mathematics/ });
    expect(within(maths).queryByRole('radio', { name: 'N/A' })).toBeNull();
    await user.click(within(maths).getByRole('radio', { name: '2 Developing' }));
    await waitFor(async () => expect((await stored()).scores).toMatchObject([{ value: 2 }]));

    await api.submitObservation({ id });
    await user.click(within(maths).getByRole('radio', { name: '3 Strong' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This observation was submitted and is frozen; start a correction to change it.');
    expect((await stored()).scores).toMatchObject([{ value: 2 }]);
    expect(await screen.findByText(/has been submitted and is frozen/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Finish and submit' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open the report' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Open the report' })).toBeNull());
  });
});

describe('capture: seating', () => {
  it('seats students, links notes to them by @code or by choosing them, and counts who was heard', async () => {
    const { user, stored } = await openCapture();
    const panel = await openTab(user, /^Seating/);
    await user.clear(within(panel).getByRole('spinbutton', { name: 'Rows' }));
    await user.type(within(panel).getByRole('spinbutton', { name: 'Rows' }), '13');
    await user.click(within(panel).getByRole('button', { name: 'Set size' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Rows and seats per row are whole numbers from 0 to 12.');
    await user.clear(within(panel).getByRole('spinbutton', { name: 'Rows' }));
    await user.type(within(panel).getByRole('spinbutton', { name: 'Rows' }), '2');
    await user.clear(within(panel).getByRole('spinbutton', { name: 'Seats per row' }));
    await user.type(within(panel).getByRole('spinbutton', { name: 'Seats per row' }), '3{Enter}');
    const grid = await within(panel).findByRole('grid', { name: /^Seating chart/ });
    expect(within(grid).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(
      ['Row 1, seat 1, empty', 'Row 1, seat 2, empty', 'Row 1, seat 3, empty', 'Row 2, seat 1, empty', 'Row 2, seat 2, empty', 'Row 2, seat 3, empty'],
    );

    // Arrow keys move between seats; Enter on an empty one offers the next free code.
    within(grid).getByRole('button', { name: 'Row 1, seat 1, empty' }).focus();
    await user.keyboard('{ArrowRight}{Enter}');
    const code = await within(panel).findByRole('textbox', { name: 'Student code' });
    expect(code).toHaveProperty('value', 'S01');
    await user.clear(code);
    await user.type(code, 'S07');
    await user.click(within(panel).getByRole('checkbox', { name: 'Focal student' }));
    await user.click(within(panel).getByRole('button', { name: 'Add student' }));
    await waitFor(() => expect(document.activeElement).toBe(within(grid).getByRole('button', { name: 'S07, focal, 0 notes' })));
    await user.click(within(grid).getByRole('button', { name: 'Row 2, seat 1, empty' }));
    expect(await within(panel).findByRole('textbox', { name: 'Student code' })).toHaveProperty('value', 'S01');
    await user.keyboard('{Enter}');
    await within(grid).findByRole('button', { name: 'S01, 0 notes' });
    await user.click(within(grid).getByRole('button', { name: 'Row 2, seat 2, empty' }));
    await user.keyboard('s07{Enter}');
    const refused = await within(panel).findByRole('form', { name: 'Seat a student: Row 2, seat 2' });
    expect(within(refused).getByRole('alert').textContent).toBe('S07 is already on this chart; give each student their own code.');
    await user.keyboard('{Escape}');

    // "@s07" in a note (any case) links it to S07; the text stays as typed.
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard('@s07 explains the pattern');
    expect(screen.getByText('Student:').textContent).toBe('Student: S07 (named with @ in the note)');
    await user.keyboard('{Enter}');
    await within(grid).findByRole('button', { name: 'S07, focal, 1 note' });
    const { students } = await stored();
    const s07 = students.find((s) => s.code === 'S07')!;
    expect((await stored()).notes).toMatchObject([{ text: '@s07 explains the pattern', studentId: s07.id }]);

    // Choosing a seat picks the student for the next note only.
    await user.click(within(grid).getByRole('button', { name: 'S01, 0 notes' }));
    expect(within(grid).getByRole('button', { name: 'S01, 0 notes' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Clear student S01' })).toBeTruthy();
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard('Asks a question{Enter}');
    await within(grid).findByRole('button', { name: 'S01, 1 note' });
    expect(screen.queryByRole('button', { name: 'Clear student S01' })).toBeNull();
    const tally = within(panel).getByRole('list', { name: 'Students by seat' });
    expect(within(tally).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['S07, focal, 1 note', 'S01, 1 note']);

    // A student in a note is not removed; the backend says why.
    await user.click(within(grid).getByRole('button', { name: 'S07, focal, 1 note' }));
    await user.click(within(panel).getByRole('button', { name: 'Remove S07' }));
    expect((await screen.findByRole('alert')).textContent).toBe('S07 is in 1 note; move them to another seat instead of removing them.');
    expect((await stored()).students).toHaveLength(2);
  });
});

describe('capture: files', () => {
  const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

  it('refuses a path-like name and lists nothing, then attaches, previews and removes an image', async () => {
    const { user, stored } = await openCapture();
    const panel = await openTab(user, /^Files/);
    await user.upload(within(panel).getByLabelText('Attach file'), new File([PNG], '../x.png', { type: 'image/png' }));
    expect((await screen.findByRole('alert')).textContent).toBe('"../x.png" looks like a path, not a file name; attach the file by its own name, such as "work-sample.jpg".');
    expect(within(panel).getByText('No files attached.')).toBeTruthy();
    expect((await stored()).attachments).toEqual([]);

    await user.upload(within(panel).getByLabelText('Attach file'), new File([PNG], 'work.png', { type: 'image/png' }));
    const list = await within(panel).findByRole('list', { name: 'Attached files' });
    expect(within(list).getByRole('listitem').textContent).toContain('work.pngPNG image, 16 bytes');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await stored()).attachments).toMatchObject([{ name: 'work.png', mime: 'image/png', size: 16 }]);

    // jsdom has no blob: URLs; the browser's own is what the page uses.
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:work'), revokeObjectURL: vi.fn() }));
    await user.click(within(list).getByRole('button', { name: 'Preview work.png' }));
    expect((await within(panel).findByRole('img', { name: 'Preview of work.png' })).getAttribute('src')).toBe('blob:work');
    await user.click(within(list).getByRole('button', { name: 'Remove work.png' }));
    expect(await within(panel).findByText('No files attached.')).toBeTruthy();
    expect(within(panel).queryByRole('img')).toBeNull();
    expect((await stored()).attachments).toEqual([]);
  });
});
