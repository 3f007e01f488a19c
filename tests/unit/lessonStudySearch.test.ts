// Searching lesson study text through the backend: every kind of text a cycle
// holds is found and named in words, matching ignores case, "%" and "_" are
// plain characters, and focal students (with the names kept on this device)
// are never searched.
import { describe, expect, it } from 'vitest';
import type { LessonStudyHit } from '../../shared/lessonStudy/detail.js';
import type { Plan } from '../../shared/lessonStudy/plan.js';
import { addCycle, addFocalStudent, setUpLessonStudy } from '../support/lessonStudy.js';

describe('searchLessonStudy', () => {
  it('finds a word in every kind of text a cycle holds and says where, newest cycle first', async () => {
    const s = await setUpLessonStudy();
    const { t, cycleId } = s;
    const word = 'Tangram';
    await t.value('saveLessonStudyCycle', { id: cycleId, topic: `${word} fractions`, study: { misconceptions: `Thinks a ${word} piece is always a quarter` } });
    await t.value('saveMeeting', { cycleId, heldOn: '2026-11-30', title: 'Planning 1', agenda: `Try the ${word} task`, notes: `${word} pieces ordered` });
    await t.value('saveResource', { cycleId, title: `${word} puzzles chapter` });
    await t.value('saveLessonPlan', { id: s.plan.id, goals: { lesson: `Use ${word} pieces` }, unitSequence: [{ title: `${word} day`, research: true }] });
    await t.value('saveLessonPlanStep', { planId: s.plan.id, id: s.plan.steps[2]!.id, activity: 'Compare strategies', anticipated: [`Uses the ${word.toLowerCase()} square`] });
    await t.value('saveDiscussionNote', { cycleId, text: `The ${word} made halves visible`, kind: 'learning' });
    await t.value('saveRevision', { cycleId, planId: s.plan.id, stepId: s.plan.steps[0]!.id, target: 'support', text: 'Show one piece', reason: `${word} sets ran short` });
    await t.value('saveLiteTeaching', { cycleId, teacherId: s.members.ken, taughtOn: '2026-12-02', reflection: `My class loved the ${word}` });
    const v2 = await t.value<Plan>('createLessonPlanVersion', { cycleId, fromPlanId: s.plan.id });
    expect(v2.number).toBe(2);

    const hits = await t.value<LessonStudyHit[]>('searchLessonStudy', { query: word.toUpperCase() });
    expect(hits.every((h) => h.cycleId === cycleId && h.cycleTitle === 'Fractions on a number line' && h.teamName === 'Grade 5 math team')).toBe(true);
    expect(hits.map((h) => h.where)).toEqual([
      'Topic',
      'Study: likely misconceptions',
      'Agenda of the meeting “Planning 1”',
      'Notes of the meeting “Planning 1”',
      'Resource',
      'Plan version 1, lesson goal',
      'Plan version 1, unit sequence',
      'Plan version 2, lesson goal',
      'Plan version 2, unit sequence',
      'Plan version 1, step 3',
      'Plan version 2, step 3',
      'Key learning',
      'Reason for a revision',
      'Lite teaching: reflection',
    ]);
    expect(hits.find((h) => h.where === 'Plan version 2, step 3')!.snippet).toBe('Uses the tangram square');

    t.advance(1000);
    const newer = await addCycle(t, s.team.id, s.members.rosa, `${word} cycle`);
    const [first] = await t.value<LessonStudyHit[]>('searchLessonStudy', { query: word, limit: 1 });
    expect(first).toEqual({ cycleId: newer.cycleId, cycleTitle: `${word} cycle`, teamName: 'Grade 5 math team', where: 'Cycle title', snippet: `${word} cycle` });
  });

  it('cuts a snippet about 60 characters either side of the first match, on one line', async () => {
    const s = await setUpLessonStudy();
    const before = 'a'.repeat(100);
    const after = 'b'.repeat(100);
    await s.t.value('saveMeeting', { cycleId: s.cycleId, heldOn: '2026-11-30', title: 'Long', notes: `${before}\nneedle\n${after} needle` });
    const [hit] = await s.t.value<LessonStudyHit[]>('searchLessonStudy', { query: 'needle' });
    expect(hit!.snippet).toBe(`…${'a'.repeat(59)} needle ${'b'.repeat(59)}…`);
  });

  it('reads "%" and "_" as plain characters', async () => {
    const s = await setUpLessonStudy();
    await s.t.value('saveResource', { cycleId: s.cycleId, title: '50% of students' });
    await s.t.value('saveResource', { cycleId: s.cycleId, title: 'file_name notes' });
    const search = (query: string) => s.t.value<LessonStudyHit[]>('searchLessonStudy', { query });
    expect((await search('0%')).map((h) => h.snippet)).toEqual(['50% of students']);
    expect(await search('%%')).toEqual([]);
    expect((await search('e_n')).map((h) => h.snippet)).toEqual(['file_name notes']);
    expect(await search('s_s')).toEqual([]);
    expect(await search('\\%')).toEqual([]);
  });

  it('never searches focal students, by code, description or the name kept on this device, and refuses a one-letter search', async () => {
    const s = await setUpLessonStudy();
    await addFocalStudent(s, 'S07', { name: 'Jamie Quintero', strengths: 'Quintessential explainer' });
    expect(await s.t.value('searchLessonStudy', { query: 'Quinte' })).toEqual([]);
    expect(await s.t.value('searchLessonStudy', { query: 'S07' })).toEqual([]);
    expect(await s.t.refusal('searchLessonStudy', { query: 'Q' })).toMatch(/at least two characters/);
  });
});
