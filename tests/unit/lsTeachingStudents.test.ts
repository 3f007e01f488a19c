// Focal students and observer assignments on a real store, through
// callMethod: a pseudonym unique in the cycle, a free seat on the cycle's
// chart, the name kept in the local table only; observers from the team,
// watching the cycle's own focal students. Bad input changes nothing.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import { addCycle, addFocalStudent, setUpLessonStudy } from '../support/lessonStudy.js';
import { readOps } from '../support/stores.js';

const localName = (s: Awaited<ReturnType<typeof setUpLessonStudy>>, id: string) =>
  s.t.store.db.prepare('SELECT name FROM ls_student_names WHERE focal_student_id = ?').pluck().get(id) as string | undefined;

describe('saveFocalStudent', () => {
  it('adds a focal student by pseudonym with strengths and a seat, their name kept on this device', async () => {
    const s = await setUpLessonStudy();
    const detail = await addFocalStudent(s, 'S03', { name: 'Marisol Quintero', focalFor: 'Explaining placement', seat: { row: 1, col: 2 } });
    const [student] = detail.focalStudents;
    expect(student).toMatchObject({ code: 'S03', name: 'Marisol Quintero', strengths: 'S03 explains ideas with drawings', focalFor: 'Explaining placement', seat: { row: 1, col: 2 } });
    expect(localName(s, student!.id)).toBe('Marisol Quintero');
    const synced = s.t.store.db.prepare('SELECT * FROM ls_focal_students WHERE id = ?').get(student!.id);
    expect(JSON.stringify(synced)).not.toContain('Marisol');
  });

  it('edits a student; an empty name forgets it on this device', async () => {
    const s = await setUpLessonStudy();
    const added = (await addFocalStudent(s, 'S03', { name: 'Marisol Quintero' })).focalStudents[0]!;
    const edited = await s.t.value<CycleDetail>('saveFocalStudent', { cycleId: s.cycleId, id: added.id, code: 'S04', strengths: 'Asks sharp questions', name: '' });
    expect(edited.focalStudents).toEqual([expect.objectContaining({ id: added.id, code: 'S04', name: '', strengths: 'Asks sharp questions' })]);
    expect(localName(s, added.id)).toBeUndefined();
  });

  it('refuses a code already used (in any case), a taken seat and a seat off the chart, and changes nothing', async () => {
    const s = await setUpLessonStudy();
    await addFocalStudent(s, 'S03', { seat: { row: 0, col: 0 } });
    const opsBefore = readOps(s.t.store).length;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ code: 's03' }, /S03 is already a focal student of this cycle/],
      [{ code: 'S04', seat: { row: 0, col: 0 } }, /S03 already sits in row 1, seat 1/],
      [{ code: 'S04', seat: { row: 4, col: 0 } }, /Row 5, seat 1 is not on the 4 × 6 seating chart/],
      [{ code: 'Marisol Quintero' }, /a pseudonym, not a name/],
      [{ code: 'S04', name: 'Ana', id: uuidv7() }, /not a focal student of this cycle/],
    ];
    for (const [extra, message] of cases) {
      expect(await s.t.refusal('saveFocalStudent', { cycleId: s.cycleId, ...extra }), JSON.stringify(extra)).toMatch(message);
    }
    expect(readOps(s.t.store)).toHaveLength(opsBefore);
    expect(s.t.store.db.prepare('SELECT count(*) FROM ls_student_names').pluck().get()).toBe(0);
    expect((await s.t.value<CycleDetail>('getLessonStudyCycle', { id: s.cycleId })).focalStudents.map((f) => f.code)).toEqual(['S03']);
  });
});

describe('saveObserverAssignment', () => {
  it('assigns a team member to a focal student or to a group, and changes an assignment', async () => {
    const s = await setUpLessonStudy();
    const student = (await addFocalStudent(s, 'S03')).focalStudents[0]!;
    const toStudent = await s.t.value<CycleDetail>('saveObserverAssignment', { cycleId: s.cycleId, observerId: s.members.ken, focalStudentId: student.id });
    const toGroup = await s.t.value<CycleDetail>('saveObserverAssignment', { cycleId: s.cycleId, observerId: s.members.lee, group: 'Table 4' });
    expect(toGroup.assignments).toHaveLength(2);
    expect(toGroup.assignments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ observerId: s.members.ken, focalStudentId: student.id, group: '' }),
        expect.objectContaining({ observerId: s.members.lee, focalStudentId: null, group: 'Table 4' }),
      ]),
    );
    const id = toStudent.assignments[0]!.id;
    const changed = await s.t.value<CycleDetail>('saveObserverAssignment', { cycleId: s.cycleId, id, observerId: s.members.rosa, focalStudentId: student.id, group: 'Front row' });
    expect(changed.assignments.find((a) => a.id === id)).toMatchObject({ observerId: s.members.rosa, group: 'Front row' });
  });

  it('refuses an observer not on the team and a student of another cycle, and changes nothing', async () => {
    const s = await setUpLessonStudy();
    const other = await addCycle(s.t, s.team.id, s.members.rosa, 'Another cycle');
    const elsewhere = (await s.t.value<CycleDetail>('saveFocalStudent', { cycleId: other.cycleId, code: 'S09' })).focalStudents[0]!;
    const outsider = (await s.t.value<{ members: { id: string; name: string }[] }>('saveTeamMember', {
      teamId: (await s.t.value<{ id: string }>('saveLessonStudyTeam', { name: 'Another team' })).id,
      name: 'Outsider',
      roles: ['observer'],
    })).members[0]!;
    const opsBefore = readOps(s.t.store).length;
    expect(await s.t.refusal('saveObserverAssignment', { cycleId: s.cycleId, observerId: outsider.id, group: 'Table 1' })).toMatch(/not a member of this cycle’s team/);
    expect(await s.t.refusal('saveObserverAssignment', { cycleId: s.cycleId, observerId: s.members.ken, focalStudentId: elsewhere.id })).toMatch(/not a focal student of this cycle/);
    expect(await s.t.refusal('saveObserverAssignment', { cycleId: s.cycleId, observerId: s.members.ken })).toMatch(/Assign the observer to a focal student or name a group/);
    expect(readOps(s.t.store)).toHaveLength(opsBefore);
  });
});
