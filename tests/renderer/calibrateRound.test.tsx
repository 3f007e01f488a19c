// @vitest-environment jsdom
// A calibration round on a real backend, the way a facilitator runs it on one
// laptop: set the round up through the form, save anchors that are never
// shown back, pass the laptop to three raters who each see only their own
// sheet, discuss the evidence with no score in sight, and reveal. Bad input
// (too few raters, a threshold that is no percentage, a sheet with a
// dimension unscored) is refused in words and changes nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Person } from '../../shared/domain.js';
import { sampleRubricText } from '../support/rubrics.js';
import { renderApp, tidyUp, type RenderedApp } from './support/renderApp.js';

afterEach(() => {
  tidyUp();
  vi.unstubAllGlobals();
});

const RATERS = ['Ana Ruiz', 'Ben Okafor', 'Cai Lin'] as const;
/** Each rater's levels, in the rubric's dimension order. */
const SHEETS: Record<(typeof RATERS)[number], number[]> = {
  'Ana Ruiz': [3, 2, 2, 1, 2],
  'Ben Okafor': [3, 3, 2, 2, 2],
  'Cai Lin': [2, 1, 2, 1, 3],
};
const ANCHORS = [3, 2, 2, 1, 2];
const LEVEL_NAMES = ['1 Limited', '2 Developing', '3 Strong'];

async function setUp() {
  const app = await renderApp({ firstRunDone: true });
  const people = new Map<string, Person>();
  for (const name of [...RATERS, 'Fay Moss']) people.set(name, await app.api.savePerson({ name, roles: name === 'Fay Moss' ? ['facilitator'] : ['principal'] }));
  const { rubric } = await app.api.getRubricVersion({ id: 'tru-math', version: 1 });
  const dimensions = rubric.dimensions.filter((d) => d.scored).map((d) => d.name);
  return { app, people, dimensions };
}

async function openCalibrate({ user }: RenderedApp) {
  await user.click(await screen.findByRole('link', { name: 'Calibrate' }));
  await screen.findByRole('heading', { level: 1, name: 'Calibrate' });
}

async function openForm(app: RenderedApp) {
  const { user } = app;
  await openCalibrate(app);
  await user.click(screen.getByRole('button', { name: 'New round' }));
  const form = await screen.findByRole('form', { name: 'New round' });
  await waitFor(() => expect((within(form).getByRole('combobox', { name: 'Rubric' }) as HTMLSelectElement).value).toBe('tru-math@1'));
  return form;
}

function currentPhase(): string | null {
  const steps = within(screen.getByRole('list', { name: 'Round phase' })).getAllByRole('listitem');
  return steps.find((li) => li.getAttribute('aria-current') === 'step')?.textContent ?? null;
}

/** One rater's turn: evidence and a level per dimension, then Submit and confirm. */
async function takeTurn(app: RenderedApp, rater: (typeof RATERS)[number], dimensions: string[]) {
  await app.user.click(screen.getByRole('button', { name: `Start ${rater}'s turn` }));
  await screen.findByRole('heading', { level: 1, name: `${rater}'s sheet` });
  // Blind: no other rater is named on this screen.
  for (const other of RATERS.filter((r) => r !== rater)) expect(screen.queryByText(new RegExp(other))).toBeNull();
  for (const [i, dimension] of dimensions.entries()) {
    await app.user.type(screen.getByRole('textbox', { name: `Evidence for ${dimension}` }), `${rater.split(' ')[0]} saw ${dimension.toLowerCase()}`);
    await app.user.click(within(screen.getByRole('radiogroup', { name: dimension })).getByRole('radio', { name: LEVEL_NAMES[SHEETS[rater][i]! - 1] }));
  }
  await app.user.click(screen.getByRole('button', { name: 'Submit sheet' }));
  await app.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Submit' }));
  await screen.findByRole('heading', { level: 1, name: 'Fall calibration' });
}

describe('a calibration round on one laptop', () => {
  it('is set up through the form, keeps anchors hidden, passes the laptop between blind raters, shows evidence without scores, and reveals', async () => {
    const { app, people, dimensions } = await setUp();
    const { user } = app;
    const form = await openForm(app);
    await user.type(within(form).getByRole('textbox', { name: 'Round name' }), 'Fall calibration');
    await user.click(within(form).getByRole('radio', { name: 'Video' }));
    await user.type(within(form).getByRole('textbox', { name: 'Lesson' }), 'Grade 4 fractions on a number line');
    await user.type(within(form).getByRole('textbox', { name: 'Video file' }), 'fractions.mp4');
    await user.type(within(form).getByRole('textbox', { name: 'Segment' }), '12:00-27:30');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Facilitator' }), people.get('Fay Moss')!.id);
    expect((within(form).getByRole('radio', { name: 'Pass the laptop' }) as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByRole('checkbox', { name: "Use the rubric's rule" }) as HTMLInputElement).checked).toBe(true);
    const raters = within(form).getByRole('group', { name: 'Raters' });
    for (const rater of RATERS) await user.click(within(raters).getByRole('checkbox', { name: rater }));
    expect(within(form).getByText(`Turn order: ${RATERS.join(', ')}.`)).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Create round' }));

    await screen.findByRole('heading', { level: 1, name: 'Fall calibration' });
    expect(screen.getByText('Video: Grade 4 fractions on a number line (fractions.mp4, 12:00-27:30)')).toBeTruthy();
    expect(screen.getByText('Calibrated at exact agreement with the anchors of at least 80% in the latest round.')).toBeTruthy();
    expect(currentPhase()).toBe('Scoring');
    const [listed] = await app.api.listCalibrationRounds({});
    const stored = await app.api.getCalibrationRound({ id: listed!.id });
    expect(stored).toMatchObject({ name: 'Fall calibration', lessonKind: 'video', segment: '12:00-27:30', facilitator: { name: 'Fay Moss' }, mode: 'pass_the_laptop' });
    expect(stored.raters.map((r) => r.name)).toEqual([...RATERS]);

    // Anchors: saved, counted, and never shown back, not even to the facilitator who set them.
    const anchors = screen.getByRole('region', { name: 'Anchor scores' });
    for (const [i, dimension] of dimensions.entries()) await user.selectOptions(within(anchors).getByRole('combobox', { name: dimension }), String(ANCHORS[i]));
    await user.click(within(anchors).getByRole('button', { name: 'Save anchors' }));
    expect(await within(anchors).findByText('5 of 5 anchors set, hidden until reveal')).toBeTruthy();
    expect(within(anchors).queryAllByRole('combobox')).toEqual([]);
    expect((await app.api.getCalibrationRound({ id: stored.id })).anchorsSet).toBe(5);
    await user.click(within(anchors).getByRole('button', { name: 'Replace anchors' }));
    expect(within(anchors).getAllByRole('combobox').map((select) => (select as HTMLSelectElement).value)).toEqual(['', '', '', '', '']);
    await user.click(within(anchors).getByRole('button', { name: 'Cancel' }));

    const ratersRegion = screen.getByRole('region', { name: 'Raters' });
    for (const [turn, rater] of RATERS.entries()) {
      await takeTurn(app, rater, dimensions);
      const next = RATERS[turn + 1];
      const notice = screen.getAllByRole('status').map((s) => s.textContent).join(' ');
      if (next) {
        expect(notice).toContain(`${rater}'s sheet is in. Pass the laptop to ${next}.`);
        await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: `Start ${next}'s turn` })));
      } else {
        expect(notice).toContain('Every sheet is in');
      }
      // The submitted rater's sheet is sealed: no way back into it.
      expect(screen.queryByRole('button', { name: `Start ${rater}'s turn` })).toBeNull();
      await expect(app.api.getCalibrationSheet({ roundId: stored.id, raterId: people.get(rater)!.id })).rejects.toThrow(/sealed/);
    }
    expect(ratersRegion.isConnected).toBe(false);
    expect(currentPhase()).toBe('Evidence');

    // Evidence before scores: every rater's words, and no level, anchor or name anywhere in it.
    const evidence = await screen.findByRole('region', { name: 'Evidence' });
    expect(await within(evidence).findByText('Cai saw cognitive demand')).toBeTruthy();
    expect(within(within(evidence).getByRole('list', { name: `Evidence for ${dimensions[1]}` })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Ana saw cognitive demand',
      'Ben saw cognitive demand',
      'Cai saw cognitive demand',
    ]);
    const text = evidence.textContent ?? '';
    expect(text).not.toMatch(/\b[123]\b|Anchor|anchor|Limited|Developing|Strong/);
    for (const rater of RATERS) expect(text).not.toContain(rater);

    await user.click(screen.getByRole('button', { name: 'Reveal scores' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Reveal the scores?' })).getByRole('button', { name: 'Reveal' }));
    await waitFor(() => expect(currentPhase()).toBe('Reveal'));
    expect(screen.queryByRole('region', { name: 'Evidence' })).toBeNull();
    expect((await app.api.getCalibrationRound({ id: stored.id })).phase).toBe('revealed');
  });

  it('refuses a round with one rater or a threshold that is no percentage, and creates nothing', async () => {
    const { app, people } = await setUp();
    const { user } = app;
    const form = await openForm(app);
    await user.type(within(form).getByRole('textbox', { name: 'Round name' }), 'Too small');
    await user.type(within(form).getByRole('textbox', { name: 'Lesson' }), 'Room 12');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Facilitator' }), people.get('Fay Moss')!.id);
    const ana = within(within(form).getByRole('group', { name: 'Raters' })).getByRole('checkbox', { name: 'Ana Ruiz' });
    await user.click(ana);
    await user.click(within(form).getByRole('button', { name: 'Create round' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('A round needs at least two raters.');
    expect(document.activeElement).toBe(ana);

    await user.click(within(form).getByRole('checkbox', { name: 'Ben Okafor' }));
    await user.click(within(form).getByRole('checkbox', { name: "Use the rubric's rule" }));
    // The override starts from the rubric's own rule.
    expect((within(form).getByRole('combobox', { name: 'Agreement' }) as HTMLSelectElement).value).toBe('exact');
    const threshold = within(form).getByRole('spinbutton', { name: 'Threshold (%)' });
    expect((threshold as HTMLInputElement).value).toBe('80');
    await user.clear(threshold);
    await user.type(threshold, '250');
    await user.click(within(form).getByRole('button', { name: 'Create round' }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toBe('Write the threshold as a whole percentage from 1 to 100, such as 80.'));
    expect(document.activeElement).toBe(threshold);
    expect(await app.api.listCalibrationRounds({})).toEqual([]);

    // Fixed, the round is made with its own rule.
    await user.clear(threshold);
    await user.type(threshold, '75');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Agreement' }), 'within_one');
    await user.click(within(form).getByRole('button', { name: 'Create round' }));
    await screen.findByRole('heading', { level: 1, name: 'Too small' });
    const [round] = await app.api.listCalibrationRounds({});
    expect((await app.api.getCalibrationRound({ id: round!.id })).rule).toEqual({ agreement: 'within_one', thresholdPercent: 75, roundsRequired: 1 });
  });

  it('keeps a sheet open while a dimension is unscored, saves what was given, and submits once complete', async () => {
    const { app, people, dimensions } = await setUp();
    const { user, api } = app;
    const round = await api.createCalibrationRound({
      name: 'Spring check',
      rubric: { id: 'tru-math', version: 1 },
      lessonKind: 'live',
      lesson: 'Room 12',
      facilitatorId: people.get('Fay Moss')!.id,
      mode: 'pass_the_laptop',
      raterIds: [people.get('Ana Ruiz')!.id, people.get('Ben Okafor')!.id],
    });
    // The home list opens the round by its name.
    await openCalibrate(app);
    await user.click(await screen.findByRole('button', { name: 'Spring check' }));
    await user.click(await screen.findByRole('button', { name: "Start Ana Ruiz's turn" }));
    await screen.findByRole('heading', { level: 1, name: "Ana Ruiz's sheet" });
    for (const dimension of dimensions.slice(0, 4)) await user.click(within(screen.getByRole('radiogroup', { name: dimension })).getByRole('radio', { name: '2 Developing' }));
    await user.type(screen.getByRole('textbox', { name: `Evidence for ${dimensions[0]}` }), 'Pairs compared fractions');

    await user.click(screen.getByRole('button', { name: 'Submit sheet' }));
    expect(screen.getByRole('alert').textContent).toBe(`Score every dimension before submitting; still to score: ${dimensions[4]}.`);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: "Ana Ruiz's sheet" })).toBeTruthy();
    expect((await api.getCalibrationRound({ id: round.id })).raters[0]!.submitted).toBe(false);

    // Leaving the turn keeps what was given, level and evidence alike.
    await user.click(screen.getByRole('button', { name: 'Back to the round' }));
    await user.click(await screen.findByRole('button', { name: "Start Ana Ruiz's turn" }));
    await screen.findByRole('heading', { level: 1, name: "Ana Ruiz's sheet" });
    expect((screen.getByRole('textbox', { name: `Evidence for ${dimensions[0]}` }) as HTMLTextAreaElement).value).toBe('Pairs compared fractions');
    expect((within(screen.getByRole('radiogroup', { name: dimensions[3]! })).getByRole('radio', { name: '2 Developing' }) as HTMLInputElement).checked).toBe(true);

    // The digit key scores the dimension that has focus.
    within(screen.getByRole('radiogroup', { name: dimensions[4]! })).getAllByRole('radio')[0]!.focus();
    await user.keyboard('3');
    expect((within(screen.getByRole('radiogroup', { name: dimensions[4]! })).getByRole('radio', { name: '3 Strong' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit sheet' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Submit' }));
    await screen.findByRole('heading', { level: 1, name: 'Spring check' });
    expect(screen.getByText("Ana Ruiz's sheet is in. Pass the laptop to Ben Okafor.")).toBeTruthy();
    const stored = await api.getCalibrationRound({ id: round.id });
    expect(stored.raters.map((r) => r.submitted)).toEqual([true, false]);
  });

  it('scores by keyboard as issue #19 typed it: a digit on a level, one Tab to its evidence, and digits in the evidence never change a level', async () => {
    const { app, people, dimensions } = await setUp();
    const { user, api } = app;
    const round = await twoRaterRound(app, people, { id: 'tru-math', version: 1 });
    await openSheet(app, 'Spring check', 'Ana Ruiz');
    const levels = (i: number) => within(screen.getByRole('radiogroup', { name: dimensions[i]! })).getAllByRole('radio') as HTMLInputElement[];
    const evidenceBox = (i: number) => screen.getByRole('textbox', { name: `Evidence for ${dimensions[i]}` });
    const evidence = ['T asked why 12ths; S07 compared 2/6 and 3/6', 'Task asks 3 ways', 'Only 1 or 2 students spoke', 'S12 revised 1/3 to 2/6', '4 exit tickets'];

    // Tab from the top reaches the first level, "1 Limited"; each level group is one tab stop.
    await tabUntilInside(app, screen.getByRole('radiogroup', { name: dimensions[0]! }));
    expect(document.activeElement).toBe(within(screen.getByRole('radiogroup', { name: dimensions[0]! })).getByRole('radio', { name: '1 Limited' }));
    expect(levels(0).map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    // 2 chooses "2 Developing" and takes focus there, so the group's tab stop is the chosen level...
    await user.keyboard('2');
    expect(levels(0).map((r) => r.checked)).toEqual([false, true, false]);
    expect(document.activeElement).toBe(levels(0)[1]);
    expect(levels(0).map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
    // ...and one Tab goes on to its evidence box, where digits and spaces are text.
    await user.tab();
    expect(document.activeElement).toBe(evidenceBox(0));
    await user.keyboard(evidence[0]!);
    expect(levels(0).map((r) => r.checked)).toEqual([false, true, false]);
    // Shift+Tab goes back to the chosen level; the arrows move between levels (user-event finds the group with CSS.escape, which jsdom lacks).
    vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(levels(0)[1]);
    await user.keyboard('{ArrowRight}');
    expect(levels(0).map((r) => r.checked)).toEqual([false, false, true]);
    await user.keyboard('{ArrowLeft}');
    expect(levels(0).map((r) => r.checked)).toEqual([false, true, false]);

    // The rest of the sheet the same way: Tab to the levels, a digit, Tab, the evidence.
    const meant = [2, 2, 1, 2, 3];
    for (const i of [1, 2, 3, 4]) {
      await tabUntilInside(app, screen.getByRole('radiogroup', { name: dimensions[i]! }));
      await user.keyboard(String(meant[i]));
      await user.tab();
      expect(document.activeElement).toBe(evidenceBox(i));
      await user.keyboard(evidence[i]!);
    }
    // A digit anywhere else in a dimension (here its level descriptors) is no score.
    const guide = within(screen.getByRole('radiogroup', { name: dimensions[4]! }).parentElement!).getByText('Levels and look-fors');
    guide.focus();
    expect(document.activeElement).toBe(guide);
    await user.keyboard('1');
    expect(levels(4).map((r) => r.checked)).toEqual([false, false, true]);

    await user.tab();
    const rubric = await api.getRubricVersion({ id: 'tru-math', version: 1 });
    const ids = rubric.rubric.dimensions.filter((d) => d.scored).map((d) => d.id);
    await waitFor(async () => {
      const sheet = await api.getCalibrationSheet({ roundId: round.id, raterId: people.get('Ana Ruiz')!.id });
      const byId = new Map(sheet.scores.map((s) => [s.dimensionId, s]));
      expect(ids.map((id) => byId.get(id)?.value)).toEqual(meant);
      expect(ids.map((id) => byId.get(id)?.evidence)).toEqual(evidence);
    });
    expect(screen.getByText('5 of 5 dimensions scored, 5 with evidence.')).toBeTruthy();
  });

  it('refuses a sheet whose "evidence required" dimension is scored with no evidence, naming it, and submits once it is written', async () => {
    const { app, people } = await setUp();
    const { user, api } = app;
    await api.importRubric({ text: sampleRubricText() });
    const round = await twoRaterRound(app, people, { id: 'sample-rubric', version: 1 });
    await openSheet(app, 'Spring check', 'Ana Ruiz');
    // The sheet says which evidence the rubric requires, without changing the box's name.
    const precision = screen.getByRole('textbox', { name: 'Evidence for Precision' });
    expect(precision.getAttribute('aria-required')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Evidence for Reasoning' }).getAttribute('aria-required')).toBeNull();
    for (const name of ['Reasoning', 'Precision']) await user.click(within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: '3 Applying' }));
    await user.type(precision, '   ');

    await user.click(screen.getByRole('button', { name: 'Submit sheet' }));
    expect(screen.getByRole('alert').textContent).toBe('Write the evidence the rubric requires before submitting; still empty: Precision.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await api.getCalibrationRound({ id: round.id })).raters[0]!.submitted).toBe(false);

    await user.type(precision, 'S3 labels both axes and the units');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Submit sheet' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Submit' }));
    await screen.findByRole('heading', { level: 1, name: 'Spring check' });
    expect((await api.getCalibrationRound({ id: round.id })).raters.map((r) => r.submitted)).toEqual([true, false]);
  });
});

/** A live pass-the-laptop round for Ana Ruiz and Ben Okafor on the given rubric. */
async function twoRaterRound({ api }: RenderedApp, people: Map<string, Person>, rubric: { id: string; version: number }) {
  return api.createCalibrationRound({
    name: 'Spring check',
    rubric,
    lessonKind: 'live',
    lesson: 'Room 12',
    facilitatorId: people.get('Fay Moss')!.id,
    mode: 'pass_the_laptop',
    raterIds: [people.get('Ana Ruiz')!.id, people.get('Ben Okafor')!.id],
  });
}

async function openSheet(app: RenderedApp, roundName: string, rater: string) {
  await openCalibrate(app);
  await app.user.click(await screen.findByRole('button', { name: roundName }));
  await app.user.click(await screen.findByRole('button', { name: `Start ${rater}'s turn` }));
  const title = await screen.findByRole('heading', { level: 1, name: `${rater}'s sheet` });
  await waitFor(() => expect(document.activeElement).toBe(title));
}

/** Presses Tab, as a person would, until focus is inside `group` (a few presses at most). */
async function tabUntilInside({ user }: RenderedApp, group: HTMLElement) {
  for (let i = 0; i < 4 && !group.contains(document.activeElement); i++) await user.tab();
  expect(group.contains(document.activeElement)).toBe(true);
}
