// The hand-computed Insights district, on a real store with a clock the test
// moves, shared by the backend test and the screen test so both check the
// same numbers.
//
// Ana scores a lesson at 2 (before any round), then both observers calibrate:
// Ana matches every anchor, Ben none. Afterwards Ana scores a lesson at 3 and
// Ben one at 1, all of Priya Raman at Alder Creek Elementary, grade 4. All
// scores: 15, mean (10 + 15 + 5) / 15 = 2, one score per level on each
// dimension. Calibrated observers only: Ana's second lesson, 5 scores at 3,
// mean 3; her first lesson was scored before she was calibrated, so it does
// not count. Fay Moss, a district leader, is the device's user at the end.
import type { Person, School } from '../../shared/domain.js';
import { addPeople, createTestRound, scoreSheet, setAnchors, TRU_DIMENSIONS } from './calibration.js';
import { noteInput, setUpBackend, startTestObservation, type TestBackend } from './observationBackend.js';

const DAY = 86_400_000;

async function observe(t: TestBackend, observer: string, teacher: Person, school: School, level: number, place: { grade: string; subject?: string } = { grade: '4' }) {
  await t.value('saveSettings', { userName: observer });
  const o = await startTestObservation(t, { teacherId: teacher.id, teacherLabel: '', schoolId: school.id, kind: 'formal', ...place });
  const note = await t.value<{ id: string }>('saveNote', noteInput(o.id, 'Students explain their comparison', { dimensions: ['mathematics'] }));
  for (const dimensionId of TRU_DIMENSIONS) await t.value('saveScore', { observationId: o.id, episodeId: null, dimensionId, value: level, evidence: [note.id] });
  await t.value('submitObservation', { id: o.id });
  t.advance(DAY);
  return o.id;
}

export async function insightsDistrict(dataDir?: string) {
  const t = setUpBackend(dataDir);
  const school = await t.value<School>('saveSchool', { name: 'Alder Creek Elementary' });
  const other = await t.value<School>('saveSchool', { name: 'Juniper Middle School' });
  const [ana, ben, fay] = await addPeople(t, ['Ana Ruiz', 'Ben Okafor', 'Fay Moss']);
  const teacher = await t.value<Person>('savePerson', { name: 'Priya Raman', roles: ['teacher'], schoolId: school.id });
  const before = await observe(t, 'Ana Ruiz', teacher, school, 2);
  const round = await createTestRound(t, [ana!, ben!], fay!);
  await setAnchors(t, round.id, [3, 2, 2, 1, 2]);
  await scoreSheet(t, round.id, ana!.id, [3, 2, 2, 1, 2]);
  await scoreSheet(t, round.id, ben!.id, [1, 3, 3, 3, 1]);
  await t.value('revealCalibrationRound', { id: round.id });
  t.advance(DAY);
  const afterAna = await observe(t, 'Ana Ruiz', teacher, school, 3);
  const afterBen = await observe(t, 'Ben Okafor', teacher, school, 1);
  await t.value('saveSettings', { userName: 'Fay Moss', role: 'district_leader', district: 'Harbor Valley Unified' });
  return { t, school, other, teacher, ids: { before, afterAna, afterBen } };
}

/**
 * Two lessons at Juniper Middle School by Fay Moss (never calibrated): grade 7
 * science and grade 8 mathematics, so the grades and subjects offered narrow
 * with the school chosen. Fay Moss, district leader, stays the device's user.
 */
export async function observeMiddleSchool(t: TestBackend, middle: School) {
  const teacher = await t.value<Person>('savePerson', { name: 'Omar Diaz', roles: ['teacher'], schoolId: middle.id });
  await observe(t, 'Fay Moss', teacher, middle, 2, { grade: '7', subject: 'Science' });
  await observe(t, 'Fay Moss', teacher, middle, 2, { grade: '8', subject: 'Mathematics' });
  return teacher;
}
