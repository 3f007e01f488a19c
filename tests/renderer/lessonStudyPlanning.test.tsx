// @vitest-environment jsdom
// Lesson study, planning side, on a real backend the way a team uses it: a
// first-time team is told what lesson study does here, makes its team with a
// person from the directory and a knowledgeable other by name, starts a cycle,
// moves it through its phases, writes its study answers, and writes the plan
// (goals, steps, anticipated responses) by keyboard. Starting version 2 freezes
// version 1 as taught; an edited and an added step show in the comparison in
// words. Bad input (an empty team name) is refused in words and makes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Plan } from '../../shared/lessonStudy/plan.js';
import { renderApp, tidyUp, type RenderedApp } from './support/renderApp.js';

afterEach(tidyUp);

async function openLessonStudy({ user }: RenderedApp) {
  await user.click(await screen.findByRole('link', { name: 'Lesson study' }));
  await screen.findByRole('heading', { level: 1, name: 'Lesson study' });
}

function field(name: string): HTMLInputElement | HTMLTextAreaElement {
  return screen.getByRole('textbox', { name }) as HTMLInputElement | HTMLTextAreaElement;
}

/** Types into a field, then leaves it (Tab), which saves at once rather than after the pause. */
async function write({ user }: RenderedApp, name: string, text: string) {
  await user.type(field(name), text);
  await user.tab();
}

/** A team and a cycle made through the API, and the cycle opened on its Plan tab. */
async function openPlanOfNewCycle(app: RenderedApp) {
  let team = await app.api.saveLessonStudyTeam({ name: 'Grade 4 math team' });
  team = await app.api.saveTeamMember({ teamId: team.id, name: 'Rosa Diaz', roles: ['instructor'] });
  const detail = await app.api.createLessonStudyCycle({ teamId: team.id, title: 'Fractions on a number line', researchTheme: 'Students explain their thinking' });
  await openLessonStudy(app);
  await app.user.click(screen.getByRole('button', { name: 'Fractions on a number line' }));
  await screen.findByRole('heading', { level: 1, name: 'Fractions on a number line' });
  await app.user.click(screen.getByRole('tab', { name: 'Plan' }));
  await screen.findByRole('heading', { name: 'Lesson process table' });
  return detail;
}

async function latestPlan(app: RenderedApp, cycleId: string): Promise<Plan> {
  const detail = await app.api.getLessonStudyCycle({ id: cycleId });
  return app.api.getLessonPlan({ id: detail.plans[detail.plans.length - 1]!.id });
}

describe('lesson study home', () => {
  it('tells a first-time team what lesson study does, makes a team with members, and starts a cycle', async () => {
    const app = await renderApp({ firstRunDone: true });
    const { user } = app;
    const ana = await app.api.savePerson({ name: 'Ana Ruiz', roles: ['teacher'] });
    await openLessonStudy(app);

    expect(screen.getByText(/carries a team's whole cycle/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'New cycle' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Create your team' }));
    const teamForm = screen.getByRole('form', { name: 'New team' });
    await user.type(within(teamForm).getByRole('textbox', { name: 'Team name' }), 'Grade 4 math team');
    await user.click(within(teamForm).getByRole('button', { name: 'Create team' }));
    await screen.findByText('Team Grade 4 math team created. Add its members, then start a cycle.');
    // The team's id, which the district office needs for `hub admin add-team`, with a button that copies it.
    const [created] = await app.api.listLessonStudyTeams({});
    const teamCard = screen.getByRole('article', { name: 'Grade 4 math team' });
    expect(within(teamCard).getByText(created!.id).tagName).toBe('CODE');
    await user.click(within(teamCard).getByRole('button', { name: 'Copy id of Grade 4 math team' }));
    expect(await navigator.clipboard.readText()).toBe(created!.id);

    // A person from the directory, with two roles.
    await user.click(screen.getByRole('button', { name: 'Add member to Grade 4 math team' }));
    let memberForm = screen.getByRole('form', { name: 'Add a member to Grade 4 math team' });
    await waitFor(() => expect(within(memberForm).getByRole('option', { name: 'Ana Ruiz' })).toBeTruthy());
    await user.selectOptions(within(memberForm).getByRole('combobox', { name: 'Person from the directory' }), ana.id);
    expect(within(memberForm).queryByRole('textbox', { name: 'Name' })).toBeNull();
    await user.click(within(memberForm).getByRole('checkbox', { name: 'Instructor' }));
    await user.click(within(memberForm).getByRole('checkbox', { name: 'Planning team' }));
    await user.click(within(memberForm).getByRole('button', { name: 'Add member' }));
    await screen.findByText('Ana Ruiz added to Grade 4 math team.');

    // Someone outside the directory, by name; with no role the backend refuses in words.
    await user.click(screen.getByRole('button', { name: 'Add member to Grade 4 math team' }));
    memberForm = screen.getByRole('form', { name: 'Add a member to Grade 4 math team' });
    await user.type(within(memberForm).getByRole('textbox', { name: 'Name' }), 'Dr. Lee Park');
    await user.click(within(memberForm).getByRole('button', { name: 'Add member' }));
    expect((await within(memberForm).findByRole('alert')).textContent).toBe('Choose at least one role.');
    await user.click(within(memberForm).getByRole('checkbox', { name: 'Knowledgeable other' }));
    await user.click(within(memberForm).getByRole('button', { name: 'Add member' }));
    await screen.findByText('Dr. Lee Park added to Grade 4 math team.');

    const members = screen.getByRole('list', { name: 'Members of Grade 4 math team' });
    expect(within(members).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Ana RuizInstructor, Planning teamRemove',
      'Dr. Lee ParkKnowledgeable otherRemove',
    ]);
    const [team] = await app.api.listLessonStudyTeams({});
    expect(team!.members.map((m) => [m.name, m.personId, m.roles])).toEqual([
      ['Ana Ruiz', ana.id, ['instructor', 'planning_team']],
      ['Dr. Lee Park', null, ['knowledgeable_other']],
    ]);

    // Taking a member off the team.
    await user.click(screen.getByRole('button', { name: 'Remove Dr. Lee Park from Grade 4 math team' }));
    await screen.findByText('Dr. Lee Park is no longer on Grade 4 math team.');
    expect((await app.api.listLessonStudyTeams({}))[0]!.members.map((m) => m.name)).toEqual(['Ana Ruiz']);

    // A lite cycle through the form: it opens in the Study phase.
    await user.click(screen.getByRole('button', { name: 'New cycle' }));
    const cycleForm = screen.getByRole('form', { name: 'New cycle' });
    await user.type(within(cycleForm).getByRole('textbox', { name: 'Title' }), 'Fractions on a number line');
    await user.type(within(cycleForm).getByRole('textbox', { name: 'Research theme' }), 'Students explain their thinking');
    await user.type(within(cycleForm).getByRole('textbox', { name: 'Grade' }), '4');
    await user.click(within(cycleForm).getByRole('radio', { name: 'Lite' }));
    await user.click(within(cycleForm).getByRole('button', { name: 'Start cycle' }));

    await screen.findByRole('heading', { level: 1, name: 'Fractions on a number line' });
    expect(screen.getByText('Cycle Fractions on a number line started in the Study phase, with an empty plan as version 1.')).toBeTruthy();
    expect(screen.getByText('Lite: each teacher teaches the lesson in their own room, then the team reflects together')).toBeTruthy();
    const tabs = within(screen.getByRole('tablist', { name: 'Parts of the cycle' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Overview', 'Study', 'Plan', 'Students and seating', 'Research lesson', 'Discussion', 'Lite teachings', 'Measures', 'Report']);
    const phases = screen.getByRole('list', { name: 'Cycle phase' });
    expect(within(phases).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'step')?.textContent).toMatch(/^Study \(current phase\)since /);
    const [summary] = await app.api.listLessonStudyCycles({});
    expect([summary!.title, summary!.variant, summary!.grade, summary!.phase]).toEqual(['Fractions on a number line', 'lite', '4', 'study']);
  });

  it('refuses a team with no name in words and makes nothing', async () => {
    const app = await renderApp({ firstRunDone: true });
    await openLessonStudy(app);
    await app.user.click(screen.getByRole('button', { name: 'New team' }));
    const form = screen.getByRole('form', { name: 'New team' });
    await app.user.type(within(form).getByRole('textbox', { name: 'Team name' }), '   ');
    await app.user.click(within(form).getByRole('button', { name: 'Create team' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('The team name cannot be empty.');
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: 'Team name' }));
    expect(await app.api.listLessonStudyTeams({})).toEqual([]);
  });

  it('finds text across cycles and opens the cycle where it was found', async () => {
    const app = await renderApp({ firstRunDone: true });
    const detail = await openPlanOfNewCycle(app);
    await app.api.saveLessonStudyCycle({ id: detail.cycle.id, study: { misconceptions: 'Students count tick marks instead of spaces' } });
    await app.user.click(screen.getByRole('button', { name: 'Back to Lesson study' }));
    await app.user.type(await screen.findByRole('searchbox', { name: 'Search every cycle' }), 'tick marks');
    await app.user.click(screen.getByRole('button', { name: 'Search' }));
    const hits = await screen.findByRole('list', { name: 'Found in cycles' });
    expect(within(hits).getByRole('listitem').textContent).toContain('Grade 4 math team · Study: likely misconceptions');
    expect(within(hits).getByText('tick marks').tagName).toBe('MARK');
    await app.user.click(within(hits).getByRole('button', { name: 'Fractions on a number line' }));
    expect(await screen.findByRole('tab', { name: 'Study', selected: true })).toBeTruthy();
    expect(field('Likely misconceptions').value).toBe('Students count tick marks instead of spaces');
  });
});

describe('a cycle', () => {
  it('moves through its phases, shows only the tabs of its variant, moves between tabs by arrow keys, and saves the study as it is typed', async () => {
    const app = await renderApp({ firstRunDone: true });
    const { user } = app;
    const detail = await openPlanOfNewCycle(app);
    // A full cycle has no Lite teachings tab.
    const tabs = within(screen.getByRole('tablist', { name: 'Parts of the cycle' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Overview', 'Study', 'Plan', 'Students and seating', 'Research lesson', 'Discussion', 'Measures', 'Report']);

    await user.click(screen.getByRole('button', { name: 'Move to Plan' }));
    await screen.findByText('The cycle is now in the Plan phase.');
    const current = () => within(screen.getByRole('list', { name: 'Cycle phase' })).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'step')?.textContent;
    expect(current()).toMatch(/^Plan \(current phase\)since /);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Phase' }), 'Reflect');
    await waitFor(() => expect(current()).toMatch(/^Reflect/));
    expect((await app.api.getLessonStudyCycle({ id: detail.cycle.id })).cycle.phase).toBe('reflect');

    // By keyboard: End goes to the last tab, Home to the first, the arrows to the next.
    screen.getByRole('tab', { name: 'Plan' }).focus();
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Report', selected: true }));
    await user.keyboard('{Home}{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Study', selected: true }));
    await write(app, 'The concept', 'Fractions are numbers with a place on the line.');
    await user.type(field('Likely misconceptions'), 'Counting tick marks');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Study the topic: save status' }).textContent).toBe('Saved'), { timeout: 3000 });
    const { study } = (await app.api.getLessonStudyCycle({ id: detail.cycle.id })).cycle;
    expect([study.concept, study.misconceptions]).toEqual(['Fractions are numbers with a place on the line.', 'Counting tick marks']);

    // Overview: a meeting and a task.
    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    expect(screen.getByRole('tab', { name: 'Overview', selected: true })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Meeting title' }), 'First planning meeting');
    await user.click(screen.getByRole('button', { name: 'Add meeting' }));
    const meeting = await screen.findByRole('article', { name: /^First planning meeting/ });
    await user.click(within(meeting).getByRole('checkbox', { name: 'Rosa Diaz' }));
    await write(app, 'Agenda', 'Read chapter 5');
    await user.type(screen.getByRole('textbox', { name: 'Task' }), 'Bring the number line strips');
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Done: Bring the number line strips' }));
    await waitFor(async () => expect((await app.api.getLessonStudyCycle({ id: detail.cycle.id })).tasks.map((t) => [t.title, t.done])).toEqual([['Bring the number line strips', true]]));
    const saved = await app.api.getLessonStudyCycle({ id: detail.cycle.id });
    expect(saved.meetings.map((m) => [m.title, m.agenda, m.attendees])).toEqual([['First planning meeting', 'Read chapter 5', [saved.team.members[0]!.id]]]);
  });
});

describe('the plan editor', () => {
  it('writes a plan by keyboard, starts version 2 from it, and shows what changed in words', async () => {
    const app = await renderApp({ firstRunDone: true });
    const { user } = app;
    const { cycle } = await openPlanOfNewCycle(app);

    await write(app, 'Lesson goal', 'Place fractions on a number line and explain why.');
    await user.type(screen.getByRole('textbox', { name: 'Next lesson in the unit' }), 'Fractions as parts of a whole');
    await user.click(screen.getByRole('button', { name: 'Add lesson' }));
    await user.type(screen.getByRole('textbox', { name: 'Next lesson in the unit' }), 'Fractions on a number line');
    await user.click(screen.getByRole('button', { name: 'Add lesson' }));
    await user.click(screen.getByRole('radio', { name: 'Lesson 2 is the research lesson' }));

    // Step 1 by the button; the cursor lands in its learning activity.
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    await waitFor(() => expect(document.activeElement).toBe(field('Step 1 learning activity')));
    await user.keyboard('Launch: where does one half go?');
    await user.type(screen.getByRole('spinbutton', { name: 'Step 1 minutes' }), '5');
    await write(app, 'Step 1 key question', 'Where is one half?');
    await user.click(screen.getByRole('button', { name: 'Add response to step 1' }));
    await waitFor(() => expect(document.activeElement).toBe(field('Step 1 anticipated response 1')));
    await user.keyboard('Points at the middle');
    await user.click(screen.getByRole('button', { name: 'Add response to step 1' }));
    await user.keyboard('Counts tick marks');
    // Ctrl+Enter in step 1 adds step 2 below it, with the cursor in its learning activity.
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(document.activeElement).toBe(field('Step 2 learning activity')));
    await user.keyboard('Pose the task: place 3/4');
    await write(app, 'Step 2 key question', 'How do you know?');
    await write(app, 'Step 2 points of evaluation', 'Do students justify with equal parts?');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Unit sequence: save status' }).textContent).toBe('Saved'), { timeout: 3000 });

    const v1 = await latestPlan(app, cycle.id);
    expect(v1.goals.lesson).toBe('Place fractions on a number line and explain why.');
    expect(v1.unitSequence).toEqual([
      { title: 'Fractions as parts of a whole', research: false },
      { title: 'Fractions on a number line', research: true },
    ]);
    expect(v1.steps.map((s) => [s.minutes, s.activity, s.keyQuestion, s.anticipated, s.evaluation])).toEqual([
      [5, 'Launch: where does one half go?', 'Where is one half?', ['Points at the middle', 'Counts tick marks'], ''],
      [0, 'Pose the task: place 3/4', 'How do you know?', [], 'Do students justify with equal parts?'],
    ]);

    // Version 2: asked once more, since version 1 cannot change afterwards.
    await user.click(screen.getByRole('button', { name: 'Start version 2' }));
    const dialog = screen.getByRole('dialog', { name: 'Start version 2?' });
    expect(dialog.textContent).toContain('Version 1 becomes the plan as taught: it is kept as it is and can no longer be edited.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name of version 2' }), 'Revised after the discussion');
    await user.click(within(dialog).getByRole('button', { name: 'Start version 2' }));
    await screen.findByText('Version 2 started from a copy of version 1. Version 1 is kept as the plan as taught.');
    expect((screen.getByRole('combobox', { name: 'Plan version' }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Version 2: Revised after the discussion (being written)');

    // Change a key question (once version 2 has loaded), move the steps, add one at the end.
    await user.clear(await screen.findByRole('textbox', { name: 'Step 2 key question' }));
    await write(app, 'Step 2 key question', 'How could you convince a partner?');
    await user.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    await waitFor(() => expect(field('Step 1 learning activity').value).toBe('Pose the task: place 3/4'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move step 1 down' }));
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    await waitFor(() => expect(document.activeElement).toBe(field('Step 3 learning activity')));
    await user.keyboard('Summarise: what is a fraction on a line?');
    await user.tab();
    await waitFor(() => expect(screen.getByRole('status', { name: 'Step 3: save status' }).textContent).toBe('Saved'), { timeout: 3000 });

    await user.click(screen.getByRole('button', { name: 'Compare with previous version' }));
    const diff = await screen.findByRole('region', { name: 'Changes from version 1 to version 2' });
    const stepRows = within(within(diff).getByRole('table', { name: 'The lesson process table' })).getAllByRole('row').slice(1);
    expect(stepRows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['Changed: key question', 'Added']);
    expect(stepRows[0]!.textContent).toContain('How do you know?');
    expect(stepRows[0]!.textContent).toContain('How could you convince a partner?');
    expect(within(stepRows[0]!).getByText('How do you know?').tagName).toBe('DEL');
    expect(within(stepRows[1]!).getByText('Summarise: what is a fraction on a line?').tagName).toBe('INS');
    // The move alone is no change: step 1 of version 1 (now step 2) is not listed.
    expect(diff.textContent).not.toContain('Launch: where does one half go?');

    const v2 = await latestPlan(app, cycle.id);
    expect([v2.number, v2.label, v2.frozen, v2.steps.map((s) => s.keyQuestion)]).toEqual([2, 'Revised after the discussion', false, ['How could you convince a partner?', 'Where is one half?', '']]);
  });

  it("shows a frozen version's fields read-only, with the reason in words", async () => {
    const app = await renderApp({ firstRunDone: true });
    const { cycle, plans } = await openPlanOfNewCycle(app);
    await app.api.saveLessonPlanStep({ planId: plans[0]!.id, activity: 'Launch', anticipated: ['Points at the middle'] });
    await app.api.createLessonPlanVersion({ cycleId: cycle.id, fromPlanId: plans[0]!.id });
    // Reopen the cycle so it reads both versions.
    await app.user.click(screen.getByRole('button', { name: 'Back to Lesson study' }));
    await app.user.click(await screen.findByRole('button', { name: 'Fractions on a number line' }));
    await app.user.click(await screen.findByRole('tab', { name: 'Plan' }));
    await app.user.selectOptions(await screen.findByRole('combobox', { name: 'Plan version' }), 'Version 1 (as taught)');

    expect(await screen.findByText(/Version 1 is the plan as taught: a later version was started from it/)).toBeTruthy();
    for (const name of ['Lesson goal', 'Background and rationale', 'Step 1 learning activity', 'Step 1 anticipated response 1']) expect(field(name).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Add step' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove step 1' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Start version/ })).toBeNull();
    // Typing into it changes nothing.
    await app.user.type(field('Step 1 learning activity'), ' more');
    expect(field('Step 1 learning activity').value).toBe('Launch');
  });
});
