// Text that must never come out of an export as markup or break its tables:
// an <img> whose onerror runs script, a <script>, a table's cell separator
// and a line break, in every text field a person or a rubric file can fill.
// A visit made of it through any API caller (the backend in-process, or the
// renderer's api), for the export tests.
import { uuidv7 } from '../../shared/ids.js';
import type { Note, Observation } from '../../shared/observation.js';
import type { RubricInput } from '../../shared/rubric/format.js';
import { sampleRubric } from './rubrics.js';

/** 39 characters: it fits a scale level's label (40). */
export const HOSTILE = '<img src=x onerror=alert(7)>|\n<script>';
/** 20 characters: it fits a dimension's short name (24). */
export const HOSTILE_SHORT = '<script>|\n<img src=x>';
/** What an export must not hold anywhere: the markup of the payloads. */
export const RAW_MARKUP = /<img|<script/i;

export const HOSTILE_RUBRIC = { id: 'hostile-rubric', version: 1 };

/** A rubric scored per episode with the payload in every text it has. */
export function hostileRubric(): RubricInput {
  const descriptors = [1, 2, 3].map((value) => ({ value, descriptor: `${value}: ${HOSTILE}` }));
  const dimension = (id: string, n: number) => ({
    id,
    name: `${HOSTILE} ${n}`,
    shortName: `${HOSTILE_SHORT}${n}`,
    description: HOSTILE,
    lookFors: { students: [HOSTILE], teacher: [HOSTILE] },
    guidingQuestions: [HOSTILE],
    levels: descriptors,
  });
  return sampleRubric({
    ...HOSTILE_RUBRIC,
    name: HOSTILE,
    subject: HOSTILE,
    description: HOSTILE,
    attribution: { source: HOSTILE, licence: HOSTILE, notes: HOSTILE },
    scoring: { unit: 'episode', rollup: 'max', scale: { levels: [1, 2, 3].map((value) => ({ value, label: `${value}${HOSTILE}` })) } },
    episodeTypes: [{ id: 'launch', name: HOSTILE, group: HOSTILE, description: HOSTILE }],
    dimensions: [dimension('reasoning', 1), dimension('precision', 2)],
    protocol: { before: [HOSTILE], during: [HOSTILE], after: [HOSTILE] },
  });
}

type Call = <T>(method: string, input?: unknown) => Promise<T>;

/** A scored visit on the hostile rubric by a hostile observer, to a hostile teacher at a hostile school, with a note and feedback of it. */
export async function hostileVisit(call: Call): Promise<Observation> {
  await call('saveSettings', { userName: HOSTILE });
  await call('importRubric', { text: JSON.stringify(hostileRubric()) });
  const school = await call<{ id: string }>('saveSchool', { name: HOSTILE });
  const teacher = await call<{ id: string }>('savePerson', { name: HOSTILE, roles: ['teacher'], schoolId: school.id });
  const observation = await call<Observation>('startObservation', {
    teacherId: teacher.id,
    schoolId: school.id,
    grade: HOSTILE.slice(0, 20),
    subject: HOSTILE,
    rubric: HOSTILE_RUBRIC,
    kind: 'formal',
  });
  const episode = await call<{ id: string }>('startEpisode', { observationId: observation.id, typeId: 'launch', atMs: 0 });
  const note = await call<Note>('saveNote', { observationId: observation.id, id: uuidv7(), text: HOSTILE, atMs: 65_000, episodeId: episode.id, dimensions: ['reasoning'] });
  for (const dimensionId of ['reasoning', 'precision']) {
    await call('saveScore', { observationId: observation.id, episodeId: episode.id, dimensionId, value: 3, evidence: [note.id] });
  }
  await call('saveFeedback', { id: observation.id, strengths: HOSTILE, questions: HOSTILE, nextSteps: HOSTILE });
  return observation;
}
