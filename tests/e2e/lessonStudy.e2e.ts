// The lesson study issue's journey (#6, first "Done when") in real Chromium
// against the browser host, on the small demo district: a team with its
// roles, a cycle, a plan of four steps typed into the lesson process table by
// keyboard, three focal students seated with observers assigned, the research
// lesson observed in Observe's lesson study mode with notes tied to steps and
// students, the evidence grouped both ways, the discussion run part by part,
// two revisions made into plan version 2 with the comparison in words, and
// the report exported and printed: the pseudonyms in it, the one real name
// written on this device not (the setting is off).
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../db/lessonStudy/reportHtml.js';
import { DISCUSSION_PROTOCOL } from '../../shared/lessonStudy/discussion.js';
import { cliFor, districtJourney, openApp, shot, type DistrictJourney } from './support/journey.js';
import {
  ACTION_ITEM,
  ASSIGNMENTS,
  CYCLE,
  FOCAL,
  INSTRUCTOR,
  KEY_LEARNING,
  MEMBERS,
  NOTES,
  OBSERVER,
  REAL_NAME,
  REVISIONS,
  SCHOOL,
  SPEAKER_NOTES,
  STEPS,
  stepTitle,
  TEAM,
  type StepText,
} from './support/lessonStudyCycle.js';

let journey: DistrictJourney;

beforeAll(async () => {
  journey = await districtJourney('lesson-study');
});

afterAll(async () => {
  await journey?.close();
});

/**
 * The browser's print dialog, stood in for: each call is recorded with what
 * was on the page to print, and the printed piece is kept on the page as the
 * dialog received it (its report in a shadow root, copied with its
 * stylesheet) so page.pdf() can print it after the app has taken its own away.
 */
const PRINT_DIALOG = `
  window.printed = [];
  window.print = () => {
    const piece = document.querySelector('body > .ls-print');
    const report = piece && piece.querySelector('[role="document"]');
    const shadow = report && report.shadowRoot;
    window.printed.push({ alone: piece !== null, text: shadow ? shadow.textContent : '' });
    if (!shadow) return;
    const kept = document.createElement('div');
    kept.className = 'ls-print e2e-printed';
    const root = kept.attachShadow({ mode: 'open' });
    root.innerHTML = shadow.innerHTML;
    root.adoptedStyleSheets = shadow.adoptedStyleSheets;
    document.body.append(kept);
  };
`;

/** The page's globals these checks read (this file is typed for Node, without the DOM). */
interface PageGlobals {
  document: { activeElement: { getAttribute(name: string): string | null } | null; querySelector(selector: string): { remove(): void } | null };
  printed: { alone: boolean; text: string }[];
}

/** The aria-label of the control with the keyboard focus. */
function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('aria-label') ?? null);
}

/** Waits for the keyboard focus to reach the control with this aria-label: the app moves it after a save. */
async function focusOn(page: Page, label: string) {
  await expect.poll(() => focusedLabel(page)).toBe(label);
}

/** A part that saves as it is typed has said "Saved" (nothing pending, nothing refused). */
async function saved(page: Page, what: string) {
  await page.getByRole('status', { name: `${what}: save status` }).filter({ hasText: /^Saved$/ }).waitFor();
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tablist', { name: 'Parts of the cycle' }).getByRole('tab', { name }).click();
  await page.getByRole('tab', { name, selected: true }).waitFor();
}

async function movePhase(page: Page, phase: string) {
  await page.getByRole('button', { name: `Move to ${phase}` }).click();
  await page.getByText(`The cycle is now in the ${phase} phase.`).waitFor();
}

async function addMember(page: Page, member: (typeof MEMBERS)[number]) {
  await page.getByRole('button', { name: `Add member to ${TEAM}` }).click();
  const form = page.getByRole('form', { name: `Add a member to ${TEAM}` });
  if (member.person) await form.getByRole('combobox', { name: 'Person from the directory' }).selectOption({ label: member.person });
  else await form.getByRole('textbox', { name: 'Name' }).fill(member.name!);
  for (const role of member.roles) await form.getByRole('checkbox', { name: role }).check();
  await form.getByRole('button', { name: 'Add member' }).click();
  await page.getByText(`${member.person ?? member.name} added to ${TEAM}.`).waitFor();
}

/**
 * One row of the lesson process table by keyboard, from its learning activity
 * (where the app puts the cursor): back to the minutes, then across the row,
 * "Add response" with Enter for each anticipated response.
 */
async function typeStep(page: Page, n: number, step: StepText) {
  const name = `Step ${n}`;
  const type = async (label: string, text: string) => {
    await focusOn(page, label);
    await page.keyboard.type(text);
  };
  await type(`${name} learning activity`, step.activity);
  await page.keyboard.press('Shift+Tab');
  await focusOn(page, `${name} minutes`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(step.minutes);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await type(`${name} key question`, step.keyQuestion);
  for (const [k, response] of step.anticipated.entries()) {
    // Past the response before it and its Remove button, to "Add response".
    await page.keyboard.press('Tab');
    if (k > 0) await page.keyboard.press('Tab');
    await focusOn(page, `Add response to step ${n}`);
    await page.keyboard.press('Enter');
    await type(`${name} anticipated response ${k + 1}`, response);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await type(`${name} teacher support`, step.support);
  await page.keyboard.press('Tab');
  await type(`${name} points of evaluation`, step.evaluation);
}

async function addFocalStudent(page: Page, student: (typeof FOCAL)[number]) {
  await page.getByRole('button', { name: 'Add a focal student' }).click();
  const form = page.getByRole('form', { name: 'Add a focal student' });
  await form.getByRole('textbox', { name: 'Student code' }).fill(student.code);
  if (student.name) await form.getByRole('textbox', { name: 'Name, kept on this device only' }).fill(student.name);
  await form.getByRole('textbox', { name: 'Description' }).fill(student.strengths);
  await form.getByRole('textbox', { name: 'Focal for which goals' }).fill(student.focalFor);
  await form.getByRole('button', { name: 'Add student' }).click();
  await page.getByRole('table', { name: 'Focal students' }).getByRole('rowheader', { name: new RegExp(`^${student.code}`) }).waitFor();
}

const seatWords = (seat: { row: number; col: number }) => `Row ${seat.row}, seat ${seat.col}`;

async function seatStudent(page: Page, student: (typeof FOCAL)[number], byKeyboard: boolean) {
  const chart = page.getByRole('region', { name: 'Seating chart for the research lesson' });
  const chooser = chart.getByRole('combobox', { name: 'Student to seat' });
  await chooser.selectOption({ label: `${student.code} (not seated)` });
  const seat = chart.getByRole('button', { name: `${seatWords(student.seat)}, empty` });
  if (byKeyboard) {
    // Into the grid at its one tab stop (the last seat used), then arrows to the seat and Enter.
    await chooser.focus();
    await page.keyboard.press('Tab');
    const from = /^Row (\d+), seat (\d+)/.exec((await focusedLabel(page)) ?? '')!;
    const [row, col] = [Number(from[1]), Number(from[2])];
    for (let r = row; r !== student.seat.row; r += Math.sign(student.seat.row - row)) await page.keyboard.press(student.seat.row > row ? 'ArrowDown' : 'ArrowUp');
    for (let c = col; c !== student.seat.col; c += Math.sign(student.seat.col - col)) await page.keyboard.press(student.seat.col > col ? 'ArrowRight' : 'ArrowLeft');
    await focusOn(page, `${seatWords(student.seat)}, empty`);
    await page.keyboard.press('Enter');
  } else {
    await seat.click();
  }
  await chart.getByText(`${student.code} sits in ${seatWords(student.seat).toLowerCase()}.`).waitFor();
  await chart.getByRole('button', { name: `${seatWords(student.seat)}, ${student.code}` }).waitFor();
}

async function assignObserver(page: Page, { observer, code }: (typeof ASSIGNMENTS)[number]) {
  await page.getByRole('button', { name: 'Assign an observer' }).click();
  const form = page.getByRole('form', { name: 'Assign an observer' });
  await form.getByRole('combobox', { name: 'Observer' }).selectOption({ label: observer });
  await form.getByRole('radio', { name: 'A focal student' }).check();
  await form.getByRole('combobox', { name: 'Focal student' }).selectOption({ label: code });
  await form.getByRole('button', { name: 'Assign' }).click();
  await page.getByRole('table', { name: 'Observer assignments' }).getByRole('row', { name: `${observer} ${code} Remove: ${observer} watches ${code}` }).waitFor();
}

/** The capture screen's notes once this many are listed and none is still being saved. */
async function savedNotes(page: Page, count: number): Promise<string[]> {
  const notes = page.getByRole('list', { name: 'Notes' }).locator(':scope > li');
  await expect.poll(async () => [await notes.count(), await notes.and(page.locator('.is-pending')).count()]).toEqual([count, 0]);
  return notes.allTextContents();
}

/** A group of the evidence (a step or a focal student) holds this many notes, and says so. */
async function evidenceGroup(page: Page, title: string, notes: number) {
  const group = page.getByRole('region', { name: title, exact: true });
  await group.getByRole('heading', { name: `${title} (${notes} note${notes === 1 ? '' : 's'})` }).waitFor();
  expect(await group.getByRole('listitem').count()).toBe(notes);
}

describe('a lesson study team runs a research lesson cycle', () => {
  it('forms a team, plans four steps, seats focal students, observes by step and student, runs the discussion, makes version 2 and exports the report', async () => {
    const { page, errors } = await openApp(journey.browser, journey.host);
    await page.addInitScript({ content: PRINT_DIALOG });
    await page.reload();
    const cli = cliFor(journey.dataDir);

    // 1. The team, its members and roles, then the cycle.
    await page.getByRole('link', { name: 'Lesson study' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lesson study' }).waitFor();
    await page.getByRole('button', { name: 'Create your team' }).click();
    const teamForm = page.getByRole('form', { name: 'New team' });
    await teamForm.getByRole('textbox', { name: 'Team name' }).fill(TEAM);
    await teamForm.getByRole('combobox', { name: 'School' }).selectOption({ label: SCHOOL });
    await teamForm.getByRole('button', { name: 'Create team' }).click();
    await page.getByText(`Team ${TEAM} created. Add its members, then start a cycle.`).waitFor();
    for (const member of MEMBERS) await addMember(page, member);
    const members = page.getByRole('list', { name: `Members of ${TEAM}` });
    expect((await members.getByRole('listitem').allTextContents()).sort()).toEqual(MEMBERS.map((m) => `${m.person ?? m.name}${m.roles.join(', ')}Remove`).sort());

    await shot(page, 'lesson-study-home');
    await page.getByRole('button', { name: 'New cycle' }).click();
    const cycleForm = page.getByRole('form', { name: 'New cycle' });
    await cycleForm.getByRole('combobox', { name: 'Team' }).selectOption({ label: TEAM });
    await cycleForm.getByRole('textbox', { name: 'Title' }).fill(CYCLE);
    await cycleForm.getByRole('textbox', { name: 'Research theme' }).fill('Students who explain and defend their thinking');
    await cycleForm.getByRole('textbox', { name: 'Subject' }).fill('Mathematics');
    await cycleForm.getByRole('textbox', { name: 'Grade' }).fill('4');
    await cycleForm.getByRole('textbox', { name: 'Topic' }).fill('Comparing fractions on a number line');
    await cycleForm.getByRole('radio', { name: 'Full' }).check();
    await cycleForm.getByRole('button', { name: 'Start cycle' }).click();
    await page.getByRole('heading', { level: 1, name: CYCLE }).waitFor();
    await page.getByText(`Cycle ${CYCLE} started in the Study phase, with an empty plan as version 1.`).waitFor();
    await page.getByRole('combobox', { name: 'Instructor' }).selectOption({ label: INSTRUCTOR });
    await saved(page, 'About this cycle');
    await movePhase(page, 'Plan');

    // 2. The plan: goals, the unit, and the lesson process table by keyboard.
    await openTab(page, 'Plan');
    await page.getByRole('textbox', { name: 'Long-term goal' }).fill('Students explain and defend their mathematical thinking to each other.');
    await page.getByRole('textbox', { name: 'Unit goal' }).fill('Students understand a fraction as a number with a place on the number line.');
    await page.getByRole('textbox', { name: 'Lesson goal' }).fill('Students compare fractions by reasoning about their distance from 0 and 1.');
    await page.getByRole('textbox', { name: 'Standards' }).fill('4.NF.A.2 Compare two fractions with different numerators and different denominators.');
    await page.getByRole('textbox', { name: 'Background and rationale' }).fill('Our students compare fractions by their numerators and rarely explain why.');
    await page.getByRole('textbox', { name: 'Background and rationale' }).blur();
    await saved(page, 'Goals and rationale');
    for (const [i, lesson] of ['Unit fractions on a number line', 'Comparing fractions on a number line', 'Equivalent fractions'].entries()) {
      await page.getByRole('textbox', { name: 'Next lesson in the unit' }).fill(lesson);
      await page.getByRole('button', { name: 'Add lesson' }).click();
      expect(await page.getByRole('textbox', { name: `Lesson ${i + 1} title` }).inputValue()).toBe(lesson);
    }
    await page.getByRole('radio', { name: 'Lesson 2 is the research lesson' }).check();
    await saved(page, 'Unit sequence');

    await page.getByRole('button', { name: 'Add step' }).click();
    for (const [i, step] of STEPS.entries()) {
      await typeStep(page, i + 1, step);
      // Ctrl+Enter adds the next step below and puts the cursor in its learning activity.
      if (i < STEPS.length - 1) await page.keyboard.press('Control+Enter');
    }
    await page.keyboard.press('Tab');
    for (let n = 1; n <= STEPS.length; n++) await saved(page, `Step ${n}`);
    expect(await page.getByRole('table', { name: 'Lesson process table, version 1' }).getByRole('rowheader').allTextContents()).toEqual(['Step 1', 'Step 2', 'Step 3', 'Step 4']);
    // What was stored, read with the CLI: every field of every step, the responses one by one.
    const [cycleSummary] = JSON.parse(cli('api', 'listLessonStudyCycles', '{}')) as { id: string }[];
    const cycleId = cycleSummary!.id;
    const planOf = (n: number) => {
      const detail = JSON.parse(cli('api', 'getLessonStudyCycle', JSON.stringify({ id: cycleId }))) as { plans: { id: string; number: number }[] };
      return JSON.parse(cli('api', 'getLessonPlan', JSON.stringify({ id: detail.plans.find((p) => p.number === n)!.id }))) as { steps: (Omit<StepText, 'minutes'> & { minutes: number })[] };
    };
    expect(planOf(1).steps.map(({ minutes, activity, keyQuestion, anticipated, support, evaluation }) => ({ minutes: String(minutes), activity, keyQuestion, anticipated, support, evaluation }))).toEqual(STEPS);
    await page.getByRole('heading', { name: 'Lesson process table' }).scrollIntoViewIfNeeded();
    await shot(page, 'lesson-study-plan');

    // 3 and 4. Focal students on the seating chart (one by keyboard), one with a name kept here; observers assigned.
    await openTab(page, 'Students and seating');
    const size = page.getByRole('form', { name: 'Size of the seating chart' });
    await size.getByRole('spinbutton', { name: 'Rows' }).fill('4');
    await size.getByRole('spinbutton', { name: 'Seats per row' }).fill('6');
    await size.getByRole('button', { name: 'Set size' }).click();
    await page.getByText('The seating chart is now 4 rows of 6 seats.').waitFor();
    for (const student of FOCAL) await addFocalStudent(page, student);
    // On this device the name shows beside the code; it goes nowhere else.
    await page.getByRole('table', { name: 'Focal students' }).getByRole('rowheader', { name: `S07 (${REAL_NAME})` }).waitFor();
    for (const [i, student] of FOCAL.entries()) await seatStudent(page, student, i === FOCAL.length - 1);
    for (const assignment of ASSIGNMENTS) await assignObserver(page, assignment);
    await page.getByRole('region', { name: 'Seating chart for the research lesson' }).scrollIntoViewIfNeeded();
    await shot(page, 'lesson-study-students');

    // 5. The research lesson, observed in Observe's lesson study mode.
    await movePhase(page, 'Teach and observe');
    await openTab(page, 'Research lesson');
    await page.getByRole('button', { name: 'Start observing the research lesson' }).click();
    await page.getByRole('heading', { level: 1, name: INSTRUCTOR }).waitFor();
    const plan = page.getByRole('region', { name: 'Lesson plan' });
    const notesGoTo = plan.getByRole('status');
    await notesGoTo.filter({ hasText: `Notes go to ${stepTitle(0)}, following the lesson timer.` }).waitFor();
    expect(await plan.getByRole('list', { name: 'Steps of plan version 1' }).getByRole('listitem').count()).toBe(4);
    const focal = page.getByRole('region', { name: 'Focal students' });
    for (const student of FOCAL) await focal.getByRole('button', { name: `${student.code} for the next note, 0 notes` }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain(REAL_NAME);
    const note = page.getByRole('textbox', { name: 'Note' });
    let step = 0;
    for (const [i, written] of NOTES.entries()) {
      if (written.step !== step) {
        step = written.step;
        // The observer moves on ahead of the timer: Alt+Down to the next step, or a click on the last one.
        if (step < STEPS.length - 1) await page.keyboard.press('Alt+ArrowDown');
        else await plan.getByRole('button', { name: new RegExp(`^${stepTitle(step)}, `) }).click();
        await notesGoTo.filter({ hasText: `Notes go to ${stepTitle(step)}, as you chose.` }).waitFor();
      }
      if (written.by === 'button') {
        const choose = focal.getByRole('button', { name: new RegExp(`^${written.code} for the next note`) });
        await choose.click();
        expect(await choose.getAttribute('aria-pressed')).toBe('true');
      }
      await note.click();
      await page.keyboard.type(written.text);
      await page.keyboard.press('Enter');
      await savedNotes(page, i + 1);
    }
    const listed = await savedNotes(page, NOTES.length);
    for (const written of NOTES) expect(listed.find((li) => li.includes(written.text))).toContain(`Step ${written.step + 1}`);
    for (const student of FOCAL) {
      const count = NOTES.filter((n) => n.code === student.code).length;
      await focal.getByRole('button', { name: `${student.code} for the next note, ${count} note${count === 1 ? '' : 's'}` }).waitFor();
    }
    await page.getByRole('heading', { level: 1, name: INSTRUCTOR }).scrollIntoViewIfNeeded();
    await shot(page, 'lesson-study-capture');
    await page.getByRole('button', { name: `Back to ${CYCLE}` }).click();
    await page.getByRole('heading', { level: 1, name: CYCLE }).waitFor();
    await page.getByRole('tab', { name: 'Research lesson', selected: true }).waitFor();

    // 6. The evidence, by plan step and by focal student.
    const observations = page.getByRole('table', { name: 'Research lesson observations' });
    expect(await observations.getByRole('row', { name: new RegExp(`^${OBSERVER} `) }).getByRole('cell').nth(2).textContent()).toBe(String(NOTES.length));
    for (const [i] of STEPS.entries()) await evidenceGroup(page, stepTitle(i), NOTES.filter((n) => n.step === i).length);
    await page.getByRole('radio', { name: 'By focal student' }).check();
    for (const student of FOCAL) await evidenceGroup(page, student.code, NOTES.filter((n) => n.code === student.code).length);
    await evidenceGroup(page, 'About no focal student', NOTES.filter((n) => !n.code).length);

    // 7. The post-lesson discussion, part by part, with notes, a key learning, revisions and an action item.
    await movePhase(page, 'Reflect');
    await openTab(page, 'Discussion');
    await page.getByRole('button', { name: 'Set up the discussion' }).click();
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await agenda.getByRole('button', { name: 'Start: Thank the instructor' }).waitFor();
    const parts = await agenda.locator('.ls-agenda__title').allTextContents();
    // The protocol's parts in order; no one on the team is an equity commentator, so not theirs.
    expect(parts).toEqual(DISCUSSION_PROTOCOL.filter((p) => p.kind !== 'equity').map((p) => p.title));
    const notesForm = page.getByRole('form', { name: 'Notes', exact: true });
    for (const [i, part] of parts.entries()) {
      await agenda.getByRole('button', { name: i === 0 ? `Start: ${part}` : `Next part: ${part}` }).click();
      await agenda.getByRole('status').filter({ hasText: `Now: ${part}.` }).waitFor();
      const clock = agenda.getByRole('timer', { name: `Time in ${part}` });
      // The part's clock runs: its first second goes by on screen.
      await expect.poll(() => clock.textContent(), { timeout: 5000 }).toMatch(/^00:0[1-9] of \d+ minutes?, \d+ min left$/);
      if (part === 'Observers share evidence') await page.getByRole('region', { name: 'Evidence from the research lesson' }).getByRole('region', { name: stepTitle(0) }).waitFor();
      for (const said of SPEAKER_NOTES.filter((s) => s.part === part)) {
        await notesForm.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: said.speaker });
        await notesForm.getByRole('radio', { name: 'What was said' }).check();
        await notesForm.getByRole('textbox', { name: 'What was said' }).fill(said.text);
        await notesForm.getByRole('button', { name: 'Add note' }).click();
        await page.getByRole('region', { name: `Notes: ${part}` }).getByText(said.text).waitFor();
      }
      if (part === 'Observers share evidence') await shot(page, 'lesson-study-discussion');
    }
    await agenda.getByRole('button', { name: 'End the discussion' }).click();
    await agenda.getByRole('status').filter({ hasText: 'The discussion has ended.' }).waitFor();
    expect(await agenda.getByText(/^Took \d+ min \(planned \d+\)$/).count()).toBe(parts.length);

    await notesForm.getByRole('radio', { name: 'A key learning' }).check();
    await notesForm.getByRole('textbox', { name: 'Key learning' }).fill(KEY_LEARNING);
    await notesForm.getByRole('button', { name: 'Add key learning' }).click();
    await page.getByRole('list', { name: 'Key learnings' }).getByText(KEY_LEARNING).waitFor();

    const revisionForm = page.getByRole('form', { name: 'Propose a revision to version 1' });
    const revisions = page.getByRole('table', { name: 'Revisions to the plan' });
    for (const [i, revision] of REVISIONS.entries()) {
      await revisionForm.getByRole('combobox', { name: 'Change' }).selectOption({ label: revision.change });
      await revisionForm.getByRole('combobox', { name: 'Step', exact: true }).selectOption({ label: stepTitle(revision.step) });
      await revisionForm.getByRole('textbox', { name: revision.field }).fill(revision.text);
      await revisionForm.getByRole('textbox', { name: 'Reason' }).fill(revision.reason);
      await revisionForm.getByRole('button', { name: 'Add revision' }).click();
      await revisions.getByRole('row', { name: new RegExp(`^${stepTitle(revision.step)} ${revision.change}`) }).waitFor();
      expect(await revisions.getByRole('row').count()).toBe(i + 2);
    }
    const actions = page.getByRole('form', { name: 'Add an action item' });
    await actions.getByRole('textbox', { name: 'Action item' }).fill(ACTION_ITEM);
    await actions.getByRole('combobox', { name: 'Who' }).selectOption({ label: INSTRUCTOR });
    await actions.getByLabel('Due').fill('2026-06-01');
    await actions.getByRole('button', { name: 'Add action item' }).click();
    await page.getByRole('list', { name: 'Action items' }).getByRole('checkbox', { name: new RegExp(`^${ACTION_ITEM} \\(${INSTRUCTOR}, due `) }).waitFor();

    // Plan version 2 from the revisions: the Plan tab opens on it, and the comparison says what changed.
    await page.getByRole('button', { name: `Make plan version 2 from ${REVISIONS.length} revisions` }).click();
    await page.getByRole('tab', { name: 'Plan', selected: true }).waitFor();
    await page.getByText(`Plan version 2 made from ${REVISIONS.length} revisions. Compare it with version 1 to see what changed.`).waitFor();
    expect(await page.getByRole('combobox', { name: 'Plan version' }).locator('option:checked').textContent()).toBe('Version 2 (being written)');
    await page.getByRole('table', { name: 'Lesson process table, version 2' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Step 2 key question' }).inputValue()).toBe(REVISIONS[0].text);
    await page.getByRole('button', { name: 'Compare with previous version' }).click();
    const diff = page.getByRole('region', { name: 'Changes from version 1 to version 2' });
    await diff.getByText(`${REVISIONS.length} changes.`).waitFor();
    const changed = diff.getByRole('table', { name: 'The lesson process table' }).getByRole('row');
    expect(await changed.count()).toBe(REVISIONS.length + 1);
    for (const revision of REVISIONS) {
      const row = changed.filter({ has: page.getByRole('rowheader', { name: `Step ${revision.step + 1}`, exact: true }) });
      expect(await row.getByRole('cell').first().textContent()).toBe(revision.diffWords);
      expect(await row.locator('ins').allTextContents()).toContainEqual(expect.stringContaining(revision.text));
    }
    await diff.scrollIntoViewIfNeeded();
    await shot(page, 'lesson-study-plan-diff');
    expect(planOf(2).steps[1]!.keyQuestion).toBe(REVISIONS[0].text);
    await movePhase(page, 'Revise and reteach');

    // 8. The report: exported as HTML with the pseudonyms and not the name kept on this device; printed alone.
    await openTab(page, 'Report');
    await page.getByText('Focal students appear by their codes only: their real names are not included.', { exact: false }).waitFor();
    const preview = page.getByRole('document', { name: 'Preview of the cycle report' });
    await preview.getByText(REVISIONS[0].text).first().waitFor();
    await shot(page, 'lesson-study-report');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the report (HTML)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^lesson-study-fractions-on-a-number-line-\d{4}-\d{2}-\d{2}\.html$/);
    await page.getByText(`Exported the report to ${download.suggestedFilename()}.`).waitFor();
    const report = fs.readFileSync((await download.path())!, 'utf8');
    const has = (text: string) => expect(report).toContain(escapeHtml(text));
    for (const written of STEPS) [written.activity, written.keyQuestion, ...written.anticipated, written.support, written.evaluation].forEach(has);
    for (const written of NOTES) has(written.text);
    for (const said of SPEAKER_NOTES) has(said.text);
    [KEY_LEARNING, ACTION_ITEM, TEAM, INSTRUCTOR].forEach(has);
    for (const student of FOCAL) has(student.strengths);
    for (const student of FOCAL) expect(report).toContain(`<td>${student.code}</td>`);
    const changes = report.slice(report.indexOf('<h4>Changes from version 1</h4>'));
    expect(changes.length).toBeLessThan(report.length);
    for (const revision of REVISIONS) expect(changes).toContain(escapeHtml(revision.text));
    expect(changes).toContain('<strong>Key question:</strong>');
    expect(report).not.toContain(REAL_NAME);
    expect(report).not.toContain('Quintero');

    // Printing: the browser's dialog gets the report alone (the app is left off the paper), and it prints to a PDF.
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    const printed = await page.evaluate(() => (globalThis as unknown as PageGlobals).printed);
    expect(printed).toHaveLength(1);
    expect(printed[0]!.alone).toBe(true);
    for (const written of STEPS) expect(printed[0]!.text).toContain(written.activity);
    expect(printed[0]!.text).not.toContain(REAL_NAME);
    await page.getByRole('button', { name: 'Print or save as PDF' }).and(page.locator(':enabled')).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await page.locator('.e2e-printed').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelector('.e2e-printed')?.remove());

    expect(errors).toEqual([]);
  });
});
