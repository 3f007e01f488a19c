// @vitest-environment jsdom
// Lesson study, teaching side, on a real backend: each tab of a cycle is
// rendered as the cycle screen renders it (the detail read once, replaced by
// what every edit returns). Focal students are added with a strengths-first
// description and a name kept on this device, seated by click and by
// keyboard, and given an observer; the observer packet prints codes only.
// The research lesson starts in Observe and its evidence groups by step and
// by student. The discussion's parts advance with their clock in words; a
// revision becomes plan version 2 and the Plan tab opens on it. A lite
// teaching, survey answers and the run chart's table; the report with and
// without names. Bad input (a duplicate code) is refused in words and
// changes nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState, type ComponentType } from 'react';
import type { Api } from '../../shared/contract.js';
import { uuidv7 } from '../../shared/ids.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import { ApiProvider, useApi, useStoreApi, type AppStores } from '../../renderer/appContext.js';
import type { CycleTabProps } from '../../renderer/features/lessonStudy/cycleTabProps.js';
import { timingInWords } from '../../renderer/features/lessonStudy/discussionTiming.js';
import { DiscussionTab } from '../../renderer/features/lessonStudy/DiscussionTab.js';
import { LiteTab } from '../../renderer/features/lessonStudy/LiteTab.js';
import { MeasuresTab } from '../../renderer/features/lessonStudy/MeasuresTab.js';
import { ReportTab } from '../../renderer/features/lessonStudy/ReportTab.js';
import { ResearchLessonTab } from '../../renderer/features/lessonStudy/ResearchLessonTab.js';
import { StudentsTab } from '../../renderer/features/lessonStudy/StudentsTab.js';
import { captureDownloads } from './support/downloads.js';
import { openTestBackend, type TestBackend } from './support/testBackend.js';

const T0 = Date.UTC(2026, 10, 23, 14, 0, 0);
const MINUTE = 60_000;
const STEPS = [
  { minutes: 10, activity: 'Launch: two fraction strips', keyQuestion: 'Which is longer?', evaluation: 'Students compare by the size of the parts.' },
  { minutes: 20, activity: 'Place 3/4 on a number line', keyQuestion: 'Where does 3/4 go?', evaluation: 'Students partition the unit into equal parts.' },
];

const backends: TestBackend[] = [];

afterEach(() => {
  cleanup();
  for (const backend of backends.splice(0)) backend.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

/** A team of three, a full cycle with a two-step plan. */
async function cycleWithPlan() {
  const backend = await openTestBackend();
  backends.push(backend);
  const { api } = backend;
  await api.saveSettings({ firstRunDone: true, userName: 'Rosa Diaz' });
  let team = await api.saveLessonStudyTeam({ name: 'Grade 4 math team' });
  team = await api.saveTeamMember({ teamId: team.id, name: 'Rosa Diaz', roles: ['instructor'] });
  team = await api.saveTeamMember({ teamId: team.id, name: 'Ben Cho', roles: ['observer'] });
  team = await api.saveTeamMember({ teamId: team.id, name: 'Dr. Ito', roles: ['knowledgeable_other'] });
  const created = await api.createLessonStudyCycle({ teamId: team.id, title: 'Fractions on a number line', variant: 'lite' });
  const planId = created.plans[0]!.id;
  for (const step of STEPS) await api.saveLessonPlanStep({ planId, ...step, anticipated: ['Counts the marks, not the parts'] });
  const member = (name: string) => team.members.find((m) => m.name === name)!;
  return { api, cycleId: created.cycle.id, planId, ben: member('Ben Cho') };
}

/** What the cycle screen does for a tab: read the detail once, keep what each edit returns. Also hands the test the app's stores. */
function TabOnCycle({ cycleId, Tab, onStores }: { cycleId: string; Tab: ComponentType<CycleTabProps>; onStores(stores: Pick<AppStores, 'lessonStudy' | 'observe' | 'navigation'>): void }) {
  const api = useApi();
  const settings = useStoreApi('settings');
  const lessonStudy = useStoreApi('lessonStudy');
  const observe = useStoreApi('observe');
  const navigation = useStoreApi('navigation');
  const [detail, setDetail] = useState<CycleDetail | null>(null);
  useEffect(() => {
    onStores({ lessonStudy, observe, navigation });
    void settings.getState().load();
    void api.getLessonStudyCycle({ id: cycleId }).then(setDetail);
    // Once, as the cycle screen reads it when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return detail ? <Tab detail={detail} onDetail={setDetail} /> : null;
}

async function openTab(api: Api, cycleId: string, Tab: ComponentType<CycleTabProps>) {
  let stores: Pick<AppStores, 'lessonStudy' | 'observe' | 'navigation'> | null = null;
  const user = userEvent.setup();
  const view = render(
    <ApiProvider api={api}>
      <TabOnCycle cycleId={cycleId} Tab={Tab} onStores={(s) => (stores = s)} />
    </ApiProvider>,
  );
  await waitFor(() => expect(view.container.childElementCount).toBeGreaterThan(0));
  return { user, view, stores: stores! };
}

describe('students and seating', () => {
  it('adds focal students strengths first, refuses a duplicate code, seats them by click and keyboard, assigns an observer and prints the packet by code', async () => {
    const { api, cycleId } = await cycleWithPlan();
    await api.saveLessonStudyCycle({ id: cycleId, seating: { rows: 2, cols: 3 } });
    const { user } = await openTab(api, cycleId, StudentsTab);

    await user.click(await screen.findByRole('button', { name: 'Add a focal student' }));
    let form = screen.getByRole('form', { name: 'Add a focal student' });
    const code = within(form).getByRole('textbox', { name: 'Student code' });
    expect(code).toHaveProperty('value', 'S01');
    const description = within(form).getByRole('textbox', { name: 'Description' });
    expect(document.getElementById(description.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Start with the student's strengths/);
    await user.type(within(form).getByRole('textbox', { name: 'Name, kept on this device only' }), 'Marisol Quintero');
    await user.type(description, 'Draws careful diagrams; quiet in whole-class talk.');
    await user.type(within(form).getByRole('textbox', { name: 'Focal for which goals' }), 'Explaining her reasoning');
    await user.click(within(form).getByRole('button', { name: 'Add student' }));
    expect(await screen.findByText('Focal student added.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Focal students' });
    expect(within(table).getByRole('rowheader', { name: 'S01 (Marisol Quintero)' })).toBeTruthy();

    // A second student under the same code (any case) is refused in words, and nothing is added.
    await user.click(screen.getByRole('button', { name: 'Add a focal student' }));
    form = screen.getByRole('form', { name: 'Add a focal student' });
    const second = within(form).getByRole('textbox', { name: 'Student code' });
    await user.clear(second);
    await user.type(second, 's01');
    await user.click(within(form).getByRole('button', { name: 'Add student' }));
    const refusal = await within(form).findByRole('alert');
    expect(refusal.textContent).toBe('S01 is already a focal student of this cycle; give each student their own code.');
    expect(second).toHaveProperty('value', 's01');
    expect((await api.getLessonStudyCycle({ id: cycleId })).focalStudents).toHaveLength(1);
    await user.clear(second);
    await user.type(second, 'S02');
    await user.click(within(form).getByRole('button', { name: 'Add student' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));

    // Seat S01 by click: choose the student, then the seat.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Student to seat' }), 'S01 (not seated)');
    await user.click(screen.getByRole('button', { name: 'Row 1, seat 2, empty' }));
    expect(await screen.findByText('S01 sits in row 1, seat 2.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Row 1, seat 2, S01' })).toBeTruthy();

    // Seat S02 by keyboard: arrows move between seats, Enter places.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Student to seat' }), 'S02 (not seated)');
    screen.getByRole('button', { name: 'Row 1, seat 1, empty' }).focus();
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Row 2, seat 3, empty' }));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Row 2, seat 3, S02' })).toBeTruthy();
    const stored = (await api.getLessonStudyCycle({ id: cycleId })).focalStudents;
    expect(stored.map((s) => [s.code, s.seat])).toEqual([
      ['S01', { row: 0, col: 1 }],
      ['S02', { row: 1, col: 2 }],
    ]);

    // Ben watches S01.
    await user.click(screen.getByRole('button', { name: 'Assign an observer' }));
    form = screen.getByRole('form', { name: 'Assign an observer' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Observer' }), 'Ben Cho');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Focal student' }), 'S01');
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    const assignments = await screen.findByRole('table', { name: 'Observer assignments' });
    expect(within(assignments).getByRole('row', { name: /Ben Cho S01/ })).toBeTruthy();

    // The packet: the plan's points of evaluation, who watches whom on the chart, codes but no names (the setting is off).
    let printed = '';
    vi.spyOn(window, 'print').mockImplementation(() => {
      printed = document.querySelector('.ls-print')?.textContent ?? '';
    });
    await user.click(screen.getByRole('button', { name: 'Print the observer packet' }));
    await waitFor(() => expect(printed).not.toBe(''));
    expect(printed).toContain('Students partition the unit into equal parts.');
    expect(printed).toContain('S01 watched by Ben Cho');
    expect(printed).toContain('Draws careful diagrams');
    expect(printed).not.toContain('Marisol');
    await waitFor(() => expect(document.querySelector('.ls-print')).toBeNull());
  });
});

describe('a tab loaded before another device\u2019s edit', () => {
  it('seats and edits a focal student without writing back the fields it did not change', async () => {
    const { api, cycleId } = await cycleWithPlan();
    await api.saveLessonStudyCycle({ id: cycleId, seating: { rows: 2, cols: 3 } });
    const s01 = (await api.saveFocalStudent({ cycleId, code: 'S01', strengths: 'Draws careful diagrams.' })).focalStudents[0]!;
    const { user } = await openTab(api, cycleId, StudentsTab);
    await screen.findByRole('button', { name: 'Edit S01' });

    // Another edit arrives after the tab loaded; the tab still shows the old description when S01 is seated.
    const later = 'Draws careful diagrams; explains them to a partner.';
    await api.saveFocalStudent({ cycleId, id: s01.id, code: 'S01', strengths: later });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Student to seat' }), 'S01 (not seated)');
    await user.click(screen.getByRole('button', { name: 'Row 1, seat 2, empty' }));
    expect(await screen.findByText('S01 sits in row 1, seat 2.')).toBeTruthy();
    let stored = (await api.getLessonStudyCycle({ id: cycleId })).focalStudents[0]!;
    expect([stored.strengths, stored.seat]).toEqual([later, { row: 0, col: 1 }]);

    // Again, and the form opened from the tab changes the description only.
    await api.saveFocalStudent({ cycleId, id: s01.id, code: 'S01', strengths: later, focalFor: 'Explaining her reasoning', seat: { row: 0, col: 1 } });
    await user.click(screen.getByRole('button', { name: 'Edit S01' }));
    const form = screen.getByRole('form', { name: 'Edit S01' });
    const description = within(form).getByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Explains with diagrams.');
    await user.click(within(form).getByRole('button', { name: 'Save student' }));
    expect(await screen.findByText('Focal student saved.')).toBeTruthy();
    stored = (await api.getLessonStudyCycle({ id: cycleId })).focalStudents[0]!;
    expect([stored.strengths, stored.focalFor, stored.seat]).toEqual(['Explains with diagrams.', 'Explaining her reasoning', { row: 0, col: 1 }]);
  });
});

describe('research lesson', () => {
  it('starts this device’s observation in Observe, and groups the evidence by step and by focal student', async () => {
    const { api, cycleId, planId } = await cycleWithPlan();
    await api.saveLessonStudyCycle({ id: cycleId, seating: { rows: 2, cols: 2 } });
    await api.saveFocalStudent({ cycleId, code: 'S03', strengths: 'Explains with drawings.', seat: { row: 0, col: 0 } });
    const { user, stores, view } = await openTab(api, cycleId, ResearchLessonTab);
    expect(await screen.findByText('No one has observed the research lesson yet.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Start observing the research lesson' }));
    await waitFor(() => expect(stores.navigation.getState().section).toBe('observe'));
    const screenShown = stores.observe.getState().screen;
    expect(screenShown.kind).toBe('capture');
    const observationId = screenShown.kind === 'capture' ? screenShown.id : '';

    const { students } = await api.getObservation({ id: observationId });
    const plan = await api.getLessonPlan({ id: planId });
    await api.saveNote({ observationId, id: uuidv7(), text: 'S03 folds the strip into four', atMs: 12 * MINUTE + 5000, planStepId: plan.steps[1]!.id, studentId: students[0]!.id });
    await api.saveNote({ observationId, id: uuidv7(), text: 'Class counts aloud', atMs: 2 * MINUTE, planStepId: plan.steps[0]!.id });

    view.unmount();
    await openTab(api, cycleId, ResearchLessonTab);
    const observations = await screen.findByRole('table', { name: 'Research lesson observations' });
    expect(within(observations).getByRole('row', { name: /Rosa Diaz .* 2/ })).toBeTruthy();
    expect(within(observations).getByRole('button', { name: "Open Rosa Diaz's observation" })).toBeTruthy();

    const byStep = await screen.findByRole('region', { name: 'Step 2: Place 3/4 on a number line' });
    expect(byStep.textContent).toContain('12:05 S03 folds the strip into four (S03, Rosa Diaz)');
    expect(screen.getByRole('region', { name: 'Step 1: Launch: two fraction strips' }).textContent).toContain('02:00 Class counts aloud (Rosa Diaz)');

    await user.click(screen.getByRole('radio', { name: 'By focal student' }));
    expect(screen.getByRole('region', { name: 'S03' }).textContent).toContain('S03 folds the strip into four (Step 2, Rosa Diaz)');
    expect(screen.getByRole('region', { name: 'About no focal student' }).textContent).toContain('Class counts aloud');
  });
});

describe('post-lesson discussion', () => {
  it('says a part’s time against its plan in words', () => {
    expect(timingInWords(4 * MINUTE + 10_000, 10)).toBe('04:10 of 10 minutes, 6 min left');
    expect(timingInWords(12 * MINUTE + 30_000, 10)).toBe('12:30 of 10 minutes, over by 2 min');
    expect(timingInWords(2 * MINUTE + 20_000, 2)).toBe('02:20 of 2 minutes, over by less than 1 min');
  });

  it('runs the agenda part by part, takes notes and a key learning, and turns a revision into plan version 2', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const { api, cycleId, planId } = await cycleWithPlan();
    const { user, stores } = await openTab(api, cycleId, DiscussionTab);

    await user.click(await screen.findByRole('button', { name: 'Set up the discussion' }));
    const parts = within(await screen.findByRole('region', { name: 'Agenda' })).getAllByRole('listitem');
    // No one on the team is an equity commentator, so the protocol has six parts.
    expect(parts.map((p) => p.querySelector('.ls-agenda__title')?.textContent)).toEqual([
      'Thank the instructor',
      "Instructor's reflection, including deviations from the plan",
      'Planning team',
      'Observers share evidence',
      'Open discussion',
      "Knowledgeable other's final comments",
    ]);

    await user.click(screen.getByRole('button', { name: 'Start: Thank the instructor' }));
    expect(await screen.findByText('Now: Thank the instructor.')).toBeTruthy();
    expect(screen.getByRole('timer', { name: 'Time in Thank the instructor' }).textContent).toBe('00:00 of 2 minutes, 2 min left');
    vi.setSystemTime(T0 + 4 * MINUTE + 30_000);
    await waitFor(() => expect(screen.getByRole('timer', { name: 'Time in Thank the instructor' }).textContent).toBe('04:30 of 2 minutes, over by 2 min'), { timeout: 2500 });

    await user.click(screen.getByRole('button', { name: "Next part: Instructor's reflection, including deviations from the plan" }));
    expect(await screen.findByText("Now: Instructor's reflection, including deviations from the plan.")).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Agenda' })).getByText('Took 5 min (planned 2)')).toBeTruthy();

    // Rosa's reflection goes with the running part; Dr. Ito's key learning too.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'Rosa Diaz');
    await user.type(screen.getByRole('textbox', { name: 'What was said' }), 'Step 2 ran long: the strips took time to fold.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('Note added.')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'Dr. Ito');
    await user.click(screen.getByRole('radio', { name: 'A key learning' }));
    await user.type(screen.getByRole('textbox', { name: 'Key learning' }), 'Partitioning comes before placing.');
    await user.click(screen.getByRole('button', { name: 'Add key learning' }));
    expect(within(await screen.findByRole('list', { name: 'Key learnings' })).getByText('Partitioning comes before placing.')).toBeTruthy();
    const notes = screen.getByRole('region', { name: "Notes: Instructor's reflection, including deviations from the plan" });
    expect(notes.textContent).toContain('Rosa Diaz: Step 2 ran long');

    // While observers share evidence, the evidence is on screen.
    await user.click(screen.getByRole('button', { name: 'Start Observers share evidence' }));
    expect(await screen.findByRole('heading', { name: 'Evidence from the research lesson' })).toBeTruthy();

    // A revision to step 2, and version 2 made from it.
    const revision = screen.getByRole('form', { name: 'Propose a revision to version 1' });
    await user.selectOptions(within(revision).getByRole('combobox', { name: 'Change' }), 'Change the key question');
    await user.selectOptions(within(revision).getByRole('combobox', { name: 'Step' }), 'Step 2: Place 3/4 on a number line');
    await user.type(within(revision).getByRole('textbox', { name: 'New key question' }), 'How many equal parts does the unit need?');
    await user.type(within(revision).getByRole('textbox', { name: 'Reason' }), 'Three focal students counted marks.');
    await user.click(within(revision).getByRole('button', { name: 'Add revision' }));
    const revisions = await screen.findByRole('table', { name: 'Revisions to the plan' });
    expect(within(revisions).getByRole('row', { name: /Step 2: Place 3\/4 on a number line Change the key question How many equal parts/ }).textContent).toContain('Waiting for the next version');

    // An action item for Ben.
    const actionForm = screen.getByRole('form', { name: 'Add an action item' });
    await user.type(within(actionForm).getByRole('textbox', { name: 'Action item' }), 'Cut new fraction strips');
    await user.selectOptions(within(actionForm).getByRole('combobox', { name: 'Who' }), 'Ben Cho');
    await user.click(within(actionForm).getByRole('button', { name: 'Add action item' }));
    expect(await screen.findByRole('checkbox', { name: 'Cut new fraction strips (Ben Cho)' })).toBeTruthy();
    expect((await api.getLessonStudyCycle({ id: cycleId })).tasks).toMatchObject([{ title: 'Cut new fraction strips', fromDiscussion: true }]);

    await user.click(screen.getByRole('button', { name: 'Make plan version 2 from 1 revision' }));
    await waitFor(() => expect(stores.lessonStudy.getState().screen).toEqual({ kind: 'cycle', cycleId, tab: 'plan' }));
    expect(stores.lessonStudy.getState().notice).toBe('Plan version 2 made from 1 revision. Compare it with version 1 to see what changed.');
    const detail = await api.getLessonStudyCycle({ id: cycleId });
    expect(detail.plans.map((p) => p.number)).toEqual([1, 2]);
    const v2 = await api.getLessonPlan({ id: detail.plans[1]!.id });
    expect(v2.steps[1]!.keyQuestion).toBe('How many equal parts does the unit need?');
    expect((await api.getLessonPlan({ id: planId })).steps[1]!.keyQuestion).toBe('Where does 3/4 go?');
    expect(detail.revisions[0]!.appliedPlanId).toBe(v2.id);
  });
});

describe('lite teachings', () => {
  it('records a teaching and shows the teachings side by side', async () => {
    const { api, cycleId, ben } = await cycleWithPlan();
    await api.saveLiteTeaching({ cycleId, teacherId: ben.id, taughtOn: '2026-11-16', howItWent: 'Students folded strips quickly.' });
    const { user } = await openTab(api, cycleId, LiteTab);

    await user.click(await screen.findByRole('button', { name: 'Record a teaching' }));
    const form = screen.getByRole('form', { name: 'Record a teaching' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Teacher' }), 'Rosa Diaz');
    const day = within(form).getByLabelText(/Taught on/);
    await user.clear(day);
    await user.type(day, '2026-11-18');
    await user.type(within(form).getByRole('textbox', { name: 'How it went' }), 'Lively debate on 3/4.');
    await user.type(within(form).getByRole('textbox', { name: 'Deviations from the plan' }), 'Skipped the summary.');
    await user.click(within(form).getByRole('button', { name: 'Record teaching' }));

    const table = await screen.findByRole('table', { name: 'Team reflection: the teachings side by side' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Ben Cho, Nov 16, 2026', 'Rosa Diaz, Nov 18, 2026']);
    expect(within(table).getByRole('row', { name: /^How it went/ }).textContent).toBe('How it wentStudents folded strips quickly.Lively debate on 3/4.');
    expect(within(table).getByRole('row', { name: /^Deviations from the plan/ }).textContent).toBe('Deviations from the plan—Skipped the summary.');
  });
});

describe('measures', () => {
  it('creates the agency survey, records answers per focal student, and shows the run chart’s numbers', async () => {
    const { api, cycleId } = await cycleWithPlan();
    await api.saveFocalStudent({ cycleId, code: 'S01' });
    await api.saveFocalStudent({ cycleId, code: 'S02' });
    const { user } = await openTab(api, cycleId, MeasuresTab);

    await user.click(await screen.findByRole('button', { name: 'Create the student agency survey' }));
    expect(await screen.findByText('Student agency check created: adapt its questions if you like.')).toBeTruthy();
    const occasion = screen.getByRole('group', { name: 'Occasion' });
    const day = within(occasion).getByLabelText('Taken on');
    await user.clear(day);
    await user.type(day, '2026-11-20');
    for (const [cell, answer] of [
      ['S01, question 1', '4'],
      ['S01, question 2', '3'],
      ['S01, question 3', '2'],
      ['S02, question 1', '1'],
    ] as const) {
      await user.selectOptions(screen.getByRole('combobox', { name: cell }), answer);
    }
    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    expect(await screen.findByText('Saved the answers of 2 students for PDSA cycle 1, Nov 20, 2026.')).toBeTruthy();
    const responses = (await api.getLessonStudyCycle({ id: cycleId })).measureResponses;
    expect(responses.map((r) => r.answers)).toEqual(expect.arrayContaining([[4, 3, 2], [1, null, null]]));

    await user.click(await screen.findByRole('button', { name: 'Show data: Run chart: Student agency check' }));
    const data = screen.getByRole('table', { name: 'Run chart: Student agency check: data' });
    await waitFor(() => expect(within(data).getAllByRole('row')).toHaveLength(3));
    // (4 + 3 + 2 + 1) / 4 answers = 2.50, from 2 students.
    expect(within(data).getByRole('row', { name: /^1\. Fractions on a number line, PDSA 1, Nov 20, 2026/ }).textContent).toContain('22.50');
    expect(within(data).getByRole('row', { name: /Median of the means/ }).textContent).toContain('2.50');

    // S02's answers corrected elsewhere after the grid saved; saving S01's change again leaves S02's correction alone.
    const { measureId, pdsaCycle, takenOn, focalStudentId } = responses.find((r) => r.answers[0] === 1)!;
    await api.saveMeasureResponse({ measureId, cycleId, pdsaCycle, takenOn, focalStudentId, answers: [2, null, null] });
    await user.selectOptions(screen.getByRole('combobox', { name: 'S01, question 3' }), '3');
    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    await waitFor(async () => expect((await api.getLessonStudyCycle({ id: cycleId })).measureResponses.map((r) => r.answers)).toEqual(expect.arrayContaining([[4, 3, 3], [2, null, null]])));
  });
});

describe('report', () => {
  it('exports the report by code, with the names only once this device allows them, and says which', async () => {
    const { api, cycleId } = await cycleWithPlan();
    await api.saveFocalStudent({ cycleId, code: 'S07', name: 'Marisol Quintero', strengths: 'Asks sharp questions.' });
    const downloads = captureDownloads();
    let first = await openTab(api, cycleId, ReportTab);
    expect(await screen.findByText(/Focal students appear by their codes only/)).toBeTruthy();
    await first.user.click(await screen.findByRole('button', { name: 'Export the report (HTML)' }));
    expect(downloads.names[0]).toMatch(/^lesson-study-fractions-on-a-number-line-\d{4}-\d{2}-\d{2}\.html$/);
    const withoutNames = await downloads.blobs[0]!.text();
    expect(withoutNames).toContain('S07');
    expect(withoutNames).not.toContain('Marisol Quintero');
    expect(await screen.findByText(`Exported the report to ${downloads.names[0]}.`)).toBeTruthy();

    first.view.unmount();
    await api.saveSettings({ studentNamesInExports: true });
    first = await openTab(api, cycleId, ReportTab);
    expect(await screen.findByText(/real names written on this device are included in this report/)).toBeTruthy();
    await first.user.click(await screen.findByRole('button', { name: 'Export the report (HTML)' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(2));
    expect(await downloads.blobs[1]!.text()).toContain('Marisol Quintero');

    // Printing puts the report alone on the page.
    let printed = '';
    vi.spyOn(window, 'print').mockImplementation(() => {
      printed = document.querySelector('.ls-print .ls-report-view')?.shadowRoot?.textContent ?? '';
    });
    await first.user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    await waitFor(() => expect(printed).toContain('Fractions on a number line'));
    expect(printed).toContain('Marisol Quintero');
  });
});
