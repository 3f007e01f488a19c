// The archived cycle report on a real store, through callMethod: one
// self-contained HTML page with the plan's steps, the diff between versions,
// the research lesson's evidence by step and by focal student, and the
// discussion; every value a person typed escaped, so markup in a note comes
// out as text; named for the cycle and the day.
import { describe, expect, it } from 'vitest';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { Observation } from '../../shared/observation.js';
import { addFocalStudent, PLAN_STEPS, researchNote, setUpLessonStudy } from '../support/lessonStudy.js';

async function cycleWithEverything() {
  const s = await setUpLessonStudy();
  await addFocalStudent(s, 'S03', { seat: { row: 0, col: 1 }, name: 'Marisol Quintero', strengths: 'Draws careful diagrams' });
  const observation = await s.t.value<Observation>('startResearchLesson', { cycleId: s.cycleId });
  const [step1, step2] = s.plan.steps;
  await researchNote(s.t, observation, 'S03 folds the strip into four equal parts', { stepId: step2!.id, code: 'S03', atMs: 420_000 });
  await researchNote(s.t, observation, '<script>alert("hi")</script> & more', { stepId: step1!.id, atMs: 65_000 });
  const parts = (await s.t.value<CycleDetail>('startDiscussion', { cycleId: s.cycleId })).discussion.parts;
  await s.t.value('setDiscussionPart', { cycleId: s.cycleId, partId: parts[1]!.id });
  await s.t.value('saveDiscussionNote', { cycleId: s.cycleId, partId: parts[1]!.id, speakerId: s.members.rosa, text: 'I rushed the launch.' });
  await s.t.value('saveDiscussionNote', { cycleId: s.cycleId, kind: 'learning', text: 'Fix the unit before placing fractions.' });
  await s.t.value('saveRevision', { cycleId: s.cycleId, planId: s.plan.id, stepId: step2!.id, target: 'keyQuestion', text: 'Where is one whole?', reason: 'Students lost the unit.' });
  await s.t.value('createLessonPlanVersion', { cycleId: s.cycleId, fromPlanId: s.plan.id });
  return s;
}

describe('exportCycleReport', () => {
  it('is one self-contained page with the plan steps, the diff between versions, the evidence and the discussion', async () => {
    const s = await cycleWithEverything();
    const { fileName, html } = await s.t.value<{ fileName: string; html: string }>('exportCycleReport', { id: s.cycleId });
    expect(fileName).toBe('lesson-study-fractions-on-a-number-line-2026-11-23.html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link|<script|src=/);
    for (const step of PLAN_STEPS) {
      expect(html).toContain(step.activity);
      for (const response of step.anticipated) expect(html).toContain(response);
    }
    expect(html).toContain('Changes from version 1');
    expect(html).toContain('<del>How do you know?</del> → <ins>Where is one whole?</ins>');
    expect(html).toContain('Students lost the unit.');
    expect(html).toContain('S03 folds the strip into four equal parts');
    // The cycle has two versions, so a step is named with its version.
    expect(html).toMatch(/<h4>Version 1, Step 2: Pose the task: place 3\/4 on the line<\/h4><ul><li><span class="meta">07:00 · Ken Ito · S03<\/span>/);
    expect(html).toMatch(/<h4>S03<\/h4><ul><li><span class="meta">07:00 · Ken Ito · Version 1, Step 2: Pose the task/);
    expect(html).toContain('<strong>Rosa Diaz:</strong> <span class="prose">I rushed the launch.</span>');
    expect(html).toContain('Fix the unit before placing fractions.');
    expect(html).toContain('Draws careful diagrams');
    expect(html).toContain('Student agency');
  });

  it('escapes what people typed: a note with markup comes out as text', async () => {
    const s = await cycleWithEverything();
    await s.t.value('saveLessonStudyCycle', { id: s.cycleId, title: 'Fractions <b>bold</b> & "quoted"' });
    const { fileName, html } = await s.t.value<{ fileName: string; html: string }>('exportCycleReport', { id: s.cycleId });
    expect(html).toContain('&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; more');
    expect(html).not.toContain('<script');
    expect(html).toContain('<title>Fractions &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;: lesson study cycle</title>');
    expect(html).not.toContain('<b>bold</b>');
    expect(fileName).toBe('lesson-study-fractions-b-bold-b-quoted-2026-11-23.html');
  });

  it('refuses a cycle that is not on this device', async () => {
    const s = await setUpLessonStudy();
    expect(await s.t.refusal('exportCycleReport', { id: s.team.id })).toMatch(/lesson study cycle is not on this device/);
  });
});
