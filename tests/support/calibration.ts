// A calibration round on a real store, set up the way a facilitator would:
// people in the directory, a TRU Math round, anchors, and sheets to score.
import type { RoundDetail } from '../../shared/calibration/schemas.js';
import type { Person } from '../../shared/domain.js';
import { TRU, type TestBackend } from './observationBackend.js';

export const TRU_DIMENSIONS = ['mathematics', 'cognitive-demand', 'equitable-access', 'agency-ownership-identity', 'formative-assessment'] as const;

export async function addPeople(t: TestBackend, names: readonly string[]): Promise<Person[]> {
  const people: Person[] = [];
  for (const name of names) people.push(await t.value<Person>('savePerson', { name, roles: ['principal'] }));
  return people;
}

export async function createTestRound(t: TestBackend, raters: readonly Person[], facilitator: Person, extra: Record<string, unknown> = {}): Promise<RoundDetail> {
  return t.value<RoundDetail>('createCalibrationRound', {
    name: 'Fall calibration',
    rubric: TRU,
    lessonKind: 'video',
    lesson: 'Grade 4 fractions, Room 12',
    videoName: 'fractions.mp4',
    segment: '12:00-27:30',
    facilitatorId: facilitator.id,
    mode: 'pass_the_laptop',
    raterIds: raters.map((r) => r.id),
    ...extra,
  });
}

/** Scores every dimension of a rater's sheet (values in TRU_DIMENSIONS order) and submits it. */
export async function scoreSheet(t: TestBackend, roundId: string, raterId: string, values: readonly number[], evidence = (d: string) => `Evidence for ${d}`): Promise<void> {
  for (const [i, dimensionId] of TRU_DIMENSIONS.entries()) {
    await t.value('saveCalibrationScore', { roundId, raterId, dimensionId, value: values[i], evidence: evidence(dimensionId) });
  }
  await t.value('submitCalibrationSheet', { roundId, raterId });
}

export async function setAnchors(t: TestBackend, roundId: string, values: readonly number[]): Promise<void> {
  for (const [i, dimensionId] of TRU_DIMENSIONS.entries()) await t.value('saveCalibrationAnchor', { roundId, dimensionId, value: values[i] });
}
