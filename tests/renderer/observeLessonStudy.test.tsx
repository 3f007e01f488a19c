// @vitest-environment jsdom
// The capture screen of a lesson study research lesson on a real backend,
// with the clock in the test's hands (only Date is faked, so the lesson
// timer reads the time the test sets): the plan's steps follow the lesson
// timer, an observer overrides the step by keyboard and follows the timer
// again, each note is stored with its step and its focal student, focal
// students show by pseudonym and strengths (their names stay off screen),
// nothing asks for a score, the report names each note's step, and
// "Back to <cycle>" leaves for the cycle.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Plan } from '../../shared/lessonStudy/plan.js';
import { openTestBackend } from './support/testBackend.js';
import { renderApp, tidyUp } from './support/renderApp.js';

const T0 = Date.UTC(2026, 10, 23, 14, 0, 0);
const MINUTE = 60_000;
const STEPS = [
  { minutes: 10, activity: 'Launch: recipes for lemonade', keyQuestion: 'Which tastes more lemony?', evaluation: 'Students compare by ratio, not by amount.' },
  { minutes: 20, activity: 'Pose the task: equivalent ratios', keyQuestion: 'How could you make more of the same drink?', evaluation: 'Students scale both quantities.' },
  { minutes: 10, activity: 'Compare strategies', keyQuestion: 'Which way convinces you?', evaluation: 'Students name why a table works.' },
  { minutes: 5, activity: 'Summarise', keyQuestion: 'What stays the same?', evaluation: '' },
];

afterEach(() => {
  tidyUp();
  vi.useRealTimers();
});

/** A cycle with a four-step plan and two focal students; its research lesson started at T0 and left open, so the app opens on it. */
async function openResearchLesson() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  const setup = await openTestBackend();
  const { api } = setup;
  const team = await api.saveLessonStudyTeam({ name: 'Grade 6 team' });
  await api.saveTeamMember({ teamId: team.id, name: 'Rosa Diaz', roles: ['instructor'] });
  const created = await api.createLessonStudyCycle({ teamId: team.id, title: 'Ratios research lesson', subject: 'Mathematics', grade: '6' });
  let plan: Plan = await api.getLessonPlan({ id: created.plans[0]!.id });
  for (const step of STEPS) plan = await api.saveLessonPlanStep({ planId: plan.id, ...step, anticipated: ['Adds the same amount to both'] });
  await api.saveFocalStudent({ cycleId: created.cycle.id, code: 'S03', name: 'Maya Lopez', strengths: 'Explains her thinking with drawings.' });
  await api.saveFocalStudent({ cycleId: created.cycle.id, code: 'S11', strengths: 'Asks questions that move the group on.' });
  const observation = await api.startResearchLesson({ cycleId: created.cycle.id });
  await api.setOpenObservation({ id: observation.id });
  setup.close();
  const app = await renderApp({ firstRunDone: true, dataDir: setup.dataDir });
  await screen.findByRole('textbox', { name: 'Note' });
  await screen.findByRole('region', { name: 'Lesson plan' });
  const stored = async () => (await app.api.getObservation({ id: observation.id })).notes;
  const studentId = async (code: string) => (await app.api.getObservation({ id: observation.id })).students.find((s) => s.code === code)!.id;
  return { ...app, cycleId: created.cycle.id, plan, stored, studentId };
}

const planRegion = () => screen.getByRole('region', { name: 'Lesson plan' });
const currentStep = () => within(planRegion()).getAllByRole('button').find((b) => b.getAttribute('aria-current') === 'step')?.querySelector('.plan-strip__name')?.textContent;
const notesGoTo = () => within(planRegion()).getByRole('status').textContent;

describe('capture: a lesson study research lesson', () => {
  it('follows the plan’s steps on the lesson timer, takes the observer’s step by keyboard, and stores each note with its step and focal student', async () => {
    const { user, plan, stored, studentId } = await openResearchLesson();
    const [launch, task, compare] = plan.steps;

    expect(within(planRegion()).getByRole('list', { name: 'Steps of plan version 1' }).children).toHaveLength(4);
    const second = within(planRegion()).getByRole('button', { name: 'Step 2: Pose the task: equivalent ratios, 20 min from 10:00' });
    expect(second.getAttribute('aria-describedby') && document.getElementById(second.getAttribute('aria-describedby')!)!.textContent).toBe('How could you make more of the same drink?');
    expect(notesGoTo()).toBe('Notes go to Step 1: Launch: recipes for lemonade, following the lesson timer.');
    expect(within(planRegion()).getByRole('group', { name: /^Step 1: .*what to look for$/ }).textContent).toContain('Students compare by ratio, not by amount.');

    // Focal students by pseudonym and strengths; the name typed on another screen stays off this one.
    const focal = screen.getByRole('region', { name: 'Focal students' });
    expect(within(focal).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['S03 for the next note, 0 notes', 'S11 for the next note, 0 notes']);
    expect(focal.textContent).toContain('Explains her thinking with drawings.');
    expect(document.body.textContent).not.toContain('Maya Lopez');

    await user.keyboard('Reads both recipes aloud{Enter}');
    await waitFor(async () => expect(await stored()).toMatchObject([{ text: 'Reads both recipes aloud', planStepId: launch!.id, studentId: null }]));

    // Twelve minutes into the lesson: the timer is in step 2, and so are the notes.
    vi.setSystemTime(T0 + 12 * MINUTE);
    await waitFor(() => expect(currentStep()).toBe('Step 2: Pose the task: equivalent ratios'), { timeout: 3000 });
    expect(within(planRegion()).getByRole('group', { name: /what to look for$/ }).textContent).toContain('Students scale both quantities.');
    await user.keyboard('@S03 doubles both amounts{Enter}');
    const s03 = await studentId('S03');
    await waitFor(async () => expect((await stored()).at(-1)).toMatchObject({ planStepId: task!.id, studentId: s03 }));

    // The observer runs ahead of the plan: Alt+Down chooses the next step, and the timer no longer moves it.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(currentStep()).toBe('Step 3: Compare strategies');
    expect(notesGoTo()).toBe('Notes go to Step 3: Compare strategies, as you chose.');
    vi.setSystemTime(T0 + 14 * MINUTE);
    await user.click(within(focal).getByRole('button', { name: /^S11/ }));
    expect(within(focal).getByRole('button', { name: /^S11/ }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard('Asks which table is right{Enter}');
    const s11 = await studentId('S11');
    await waitFor(async () => expect((await stored()).at(-1)).toMatchObject({ text: 'Asks which table is right', planStepId: compare!.id, studentId: s11 }));

    // Alt+Up walks back, never before step 1; Alt+Down never past the last; Alt+0 follows the timer again.
    await user.keyboard('{Alt>}{ArrowUp}{ArrowUp}{ArrowUp}{/Alt}');
    expect(currentStep()).toBe('Step 1: Launch: recipes for lemonade');
    await user.keyboard('{Alt>}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{/Alt}');
    expect(currentStep()).toBe('Step 4: Summarise');
    vi.setSystemTime(T0 + 15 * MINUTE);
    await user.keyboard('{Alt>}0{/Alt}');
    expect(notesGoTo()).toBe('Notes go to Step 2: Pose the task: equivalent ratios, following the lesson timer.');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveProperty('value', '');
    await user.keyboard('Pairs share tables{Enter}');
    await waitFor(async () => expect((await stored()).at(-1)).toMatchObject({ text: 'Pairs share tables', planStepId: task!.id }));

    // Or a click on a step; and the lesson running past the plan stays on its last step.
    await user.click(within(planRegion()).getByRole('button', { name: /^Step 4: Summarise/ }));
    expect(notesGoTo()).toBe('Notes go to Step 4: Summarise, as you chose.');
    await user.click(within(planRegion()).getByRole('button', { name: /^Follow the lesson timer/ }));
    vi.setSystemTime(T0 + 80 * MINUTE);
    await waitFor(() => expect(currentStep()).toBe('Step 4: Summarise'), { timeout: 3000 });
    expect(notesGoTo()).toContain('following the lesson timer');

    // The note list says each note's step; focal students count their notes.
    const list = screen.getByRole('list', { name: 'Notes' });
    expect(within(list).getAllByRole('listitem').map((li) => li.querySelector('.timeline__step')?.textContent)).toEqual([
      'Step 2: Pose the task: equivalent ratios',
      'Step 3: Compare strategies',
      'Step 2: Pose the task: equivalent ratios',
      'Step 1: Launch: recipes for lemonade',
    ]);
    expect(within(focal).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['S03 for the next note, 1 note', 'S11 for the next note, 1 note']);
  });

  it('keeps scoring out of the way, names each note’s step in the report, and leads back to the cycle', async () => {
    const { user, api } = await openResearchLesson();
    await user.click(screen.getByRole('tab', { name: 'Scores' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('Lesson study observation guide is an observation guide: it is not scored.');

    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard('@S11 asks for a bigger jug{Enter}');
    await waitFor(() => expect(screen.getByRole('list', { name: 'Notes' }).querySelector('.is-pending')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Finish and submit' }));
    const evidence = await screen.findByRole('complementary', { name: 'Evidence' });
    expect(await within(evidence).findByText('[00:00, Step 1: Launch: recipes for lemonade] S11: @S11 asks for a bigger jug')).toBeTruthy();
    expect(screen.queryByText(/dimensions? ha(s|ve) no score/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to notes' }));

    await user.click(await screen.findByRole('button', { name: 'Back to Ratios research lesson' }));
    expect(await screen.findByRole('heading', { name: 'Ratios research lesson' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Research lesson' }).getAttribute('aria-selected')).toBe('true');
    expect(window.location.hash).toBe('#/lesson-study');
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    expect(await api.getOpenObservation({})).toEqual({ id: null });
  });
});
