// Text from data in the exports a person opens in a viewer, on a real store
// through callMethod: the payload of tests/support/hostileText.ts (an <img>
// with onerror, a <script>, a cell separator and a line break) in every text
// field a person or a rubric file can fill. The observation's Markdown (a
// scored visit, and a research lesson whose notes name plan steps) and the
// lesson study cycle's HTML page hold no markup from it, every Markdown table
// row keeps its cells on one line, and the words are still there to read.
import { describe, expect, it } from 'vitest';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { Plan } from '../../shared/lessonStudy/plan.js';
import type { Team } from '../../shared/lessonStudy/team.js';
import type { Observation, ObservationDetail } from '../../shared/observation.js';
import { buildReport, feedbackMarkdown } from '../../shared/observationReport.js';
import type { StoredRubricVersion } from '../../shared/rubric/records.js';
import { HOSTILE, hostileVisit, RAW_MARKUP } from '../support/hostileText.js';
import { researchNote, setUpLessonStudy } from '../support/lessonStudy.js';
import { setUpBackend, type TestBackend } from '../support/observationBackend.js';

/** The Markdown export of an observation, from what the report screen loads (tests/renderer covers the screen itself). */
async function markdownOf(t: TestBackend, id: string): Promise<string> {
  const detail = await t.value<ObservationDetail>('getObservation', { id });
  const o = detail.observation;
  const { rubric } = await t.value<StoredRubricVersion>('getRubricVersion', { id: o.rubricId, version: o.rubricVersion });
  const plan = o.planId ? await t.value<Plan>('getLessonPlan', { id: o.planId }) : null;
  return feedbackMarkdown(buildReport({ detail, rubric, teacherName: HOSTILE, schoolName: HOSTILE, plan, now: Date.now() }));
}

/** A table row's cells: split at every `|` not escaped with a backslash. */
const cellCount = (row: string) => row.split(/(?<!\\)\|/).length;

/** No markup anywhere; each table's rows stay on one line, with as many cells as its header. */
function expectSafeMarkdown(md: string): void {
  expect(md).not.toMatch(RAW_MARKUP);
  const lines = md.split('\n');
  let tables = 0;
  lines.forEach((line, i) => {
    if (!line.startsWith('| --- |')) return;
    tables++;
    const header = lines[i - 1]!;
    for (let row = i + 1; row < lines.length && lines[row] !== ''; row++) {
      expect(lines[row], `row ${row} of the table under "${header}"`).toMatch(/^\| .* \|$/);
      expect(cellCount(lines[row]!), `row ${row}: ${lines[row]}`).toBe(cellCount(header));
    }
  });
  expect(tables, 'the Markdown should hold tables to check').toBeGreaterThan(0);
}

describe('exports of text from data', () => {
  it("an observation's Markdown: no markup, tables whole, every field still readable", async () => {
    const t = setUpBackend();
    const observation = await hostileVisit(t.value);
    const md = await markdownOf(t, observation.id);
    expectSafeMarkdown(md);
    // The level label of the defect, escaped where it was raw: "| 3 (<img …>) |".
    expect(md).toContain('| 3 (3&lt;img src=x onerror=alert(7)&gt;\\| &lt;script&gt;) |');
    // Readable: the payload's words in the heading, the feedback, the score table, the evidence and the episodes.
    expect(md.split('onerror=alert(7)').length - 1).toBeGreaterThanOrEqual(10);
  });

  it("a research lesson's Markdown, whose notes name hostile plan steps, and the cycle's HTML page with the payload in every field", async () => {
    const s = await setUpLessonStudy();
    const { t, cycleId, plan } = s;
    const step = plan.steps[0]!;
    await t.value<Team>('saveLessonStudyTeam', { id: s.team.id, name: HOSTILE });
    await t.value<Team>('saveTeamMember', { teamId: s.team.id, id: s.members.ken, name: HOSTILE, roles: ['observer'] });
    await t.value('saveLessonStudyCycle', {
      id: cycleId,
      title: HOSTILE,
      researchTheme: HOSTILE,
      subject: HOSTILE,
      grade: HOSTILE.slice(0, 20),
      topic: HOSTILE,
      study: { concept: HOSTILE, prior: HOSTILE, misconceptions: HOSTILE, materials: HOSTILE, standards: HOSTILE },
    });
    await t.value('saveLessonPlan', { id: plan.id, label: HOSTILE, goals: { longTerm: HOSTILE, unit: HOSTILE, lesson: HOSTILE }, standards: HOSTILE, background: HOSTILE, unitSequence: [{ title: HOSTILE, research: true }] });
    await t.value('saveLessonPlanStep', { planId: plan.id, id: step.id, activity: HOSTILE, keyQuestion: HOSTILE, anticipated: [HOSTILE], support: HOSTILE, evaluation: HOSTILE });
    await t.value('saveFocalStudent', { cycleId, code: 'S01', name: HOSTILE, strengths: HOSTILE, focalFor: HOSTILE });
    await t.value('saveMeeting', { cycleId, heldOn: '2026-11-20', title: HOSTILE, agenda: HOSTILE, notes: HOSTILE });
    await t.value('saveTask', { cycleId, title: HOSTILE });
    await t.value('saveResource', { cycleId, title: HOSTILE, link: HOSTILE, note: HOSTILE });
    await t.value('saveSettings', { userName: HOSTILE });
    const researchLesson = await t.value<Observation>('startResearchLesson', { cycleId });
    await researchNote(t, researchLesson, HOSTILE, { stepId: step.id, atMs: 30_000 });
    await t.value('saveFeedback', { id: researchLesson.id, strengths: HOSTILE, questions: HOSTILE, nextSteps: HOSTILE });
    const parts = (await t.value<CycleDetail>('startDiscussion', { cycleId })).discussion.parts;
    await t.value('saveDiscussionPart', { id: parts[0]!.id, title: HOSTILE });
    await t.value('saveDiscussionNote', { cycleId, partId: parts[0]!.id, speaker: HOSTILE, text: HOSTILE });
    await t.value('saveDiscussionNote', { cycleId, kind: 'learning', text: HOSTILE });
    await t.value('saveRevision', { cycleId, planId: plan.id, stepId: step.id, target: 'keyQuestion', text: HOSTILE, reason: HOSTILE });
    await t.value('saveLiteTeaching', { cycleId, teacherId: s.members.rosa, taughtOn: '2026-11-24', howItWent: HOSTILE, deviations: HOSTILE, reflection: HOSTILE });
    await t.value('saveMeasure', { teamId: s.team.id, title: HOSTILE, questions: [HOSTILE] });

    const md = await markdownOf(t, researchLesson.id);
    expect(md).not.toMatch(RAW_MARKUP);
    expect(md).toContain('- \\[00:30, Step 1: &lt;img src=x onerror=alert(7)&gt;\\|\\] &lt;img src=x onerror=alert(7)&gt;\\|  \n&lt;script&gt;');

    const { html } = await t.value<{ html: string }>('exportCycleReport', { id: cycleId });
    expect(html).not.toMatch(RAW_MARKUP);
    expect(html.split('&lt;img src=x onerror=alert(7)&gt;').length - 1).toBeGreaterThanOrEqual(30);
  });
});
