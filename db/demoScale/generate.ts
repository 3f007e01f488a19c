// `fieldbook demo --observations N`: a fictional district of any size for
// testing and benchmarks, the same for the same seed. Everything is written
// through the apply path (writeChanges), like any edit: first the directory
// and the calibration rounds in one transaction, then the observations in
// date order, one transaction per batch, so memory stays flat at any N.
import { AppError } from '../../shared/errors.js';
import { writeChanges, type ApplyContext, type RowChange } from '../apply.js';
import { calibrationRubric } from '../calibration/rounds.js';
import { DEFAULT_RULE } from '../calibration/rows.js';
import { DEMO_DISTRICT, requireEmptyStore } from '../demo.js';
import { writeSettings } from '../settings.js';
import { schoolDays, TEACHING_DAY_MS, TEACHING_DAY_START_MS } from './calendar.js';
import { calibrationRounds } from './calibration.js';
import { lessonStudyDemo } from './lessonStudy.js';
import { buildDistrict, type District, type Observer, type Teacher } from './district.js';
import { visitChanges, type VisitKind, type VisitScoring } from './observations.js';
import { Rng } from './random.js';
import { NOTE_PHRASES } from './words.js';

export const DEMO_MAX_OBSERVATIONS = 1_000_000;
export const DEMO_DEFAULT_SEED = 2024;
/** Observations per transaction: large enough that commits are cheap, small enough that a batch's ops sit in memory comfortably. */
export const DEMO_BATCH = 500;
export const DEMO_RUBRIC = { id: 'tru-math', version: 1 } as const;

/** Of all observations, about 5% are halves of co-observation pairs; of the rest, a third are formal. */
const PAIR_SHARE = 0.05 / (2 - 0.05);
const FORMAL_SHARE = 0.35;
/** Most visits are by the teacher's own principal or coach; the rest by district staff. */
const OWN_SCHOOL_SHARE = 0.8;

export interface DemoScaleOptions {
  observations: number;
  /** DEMO_DEFAULT_SEED unless given. */
  seed?: number;
  /** Called after each batch is committed. */
  progress?: (done: number, total: number) => void;
}

export interface DemoScaleResult {
  schools: number;
  teachers: number;
  observers: number;
  people: number;
  observations: number;
  scores: number;
  rounds: number;
  cycles: number;
}

export function checkObservationCount(count: number, shown: string = String(count)): number {
  if (!Number.isSafeInteger(count) || count < 1 || count > DEMO_MAX_OBSERVATIONS) {
    throw new AppError('invalid_input', `The number of demo observations must be a whole number from 1 to 1,000,000; ${shown} is not.`);
  }
  return count;
}

/** Picks an index with chance proportional to its weight (binary search over the running totals). */
function weightedPicker(rng: Rng, weights: readonly number[]): () => number {
  const totals: number[] = [];
  let sum = 0;
  for (const w of weights) totals.push((sum += w));
  return () => {
    const target = rng.next() * sum;
    let lo = 0;
    let hi = totals.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (totals[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

function visitScoring(ctx: ApplyContext): VisitScoring & { rule: typeof DEFAULT_RULE } {
  const { rubric, scale, dimensions } = calibrationRubric(ctx.db, DEMO_RUBRIC.id, DEMO_RUBRIC.version);
  const ids = dimensions.map((d) => d.id);
  // The phrase bank is TRU Math's: a rubric with other dimensions would get notes about nothing.
  if (ids.some((id) => !NOTE_PHRASES[id])) throw new AppError('invalid_input', `The demo district is written for ${DEMO_RUBRIC.id} and its five dimensions.`);
  return {
    rubricId: DEMO_RUBRIC.id,
    rubricVersion: DEMO_RUBRIC.version,
    dimensions: ids,
    episodeTypes: rubric.episodeTypes.map((t) => t.id),
    levels: scale.levels.map((l) => l.value),
    rule: rubric.calibration ?? DEFAULT_RULE,
  };
}

/** Who visits: usually someone from the teacher's school; a co-observation adds a second, different observer. */
function observersFor(rng: Rng, district: District, teacher: Teacher, pair: boolean): Observer[] {
  const own = district.schools.find((s) => s.id === teacher.schoolId)!.observers;
  const first = own.length > 0 && rng.chance(OWN_SCHOOL_SHARE) ? rng.pick(own) : rng.pick(district.districtObservers);
  if (!pair) return [first];
  return [first, rng.pick([...own, ...district.districtObservers].filter((o) => o !== first))];
}

export function generateDemoDistrict(ctx: ApplyContext, options: DemoScaleOptions): DemoScaleResult {
  const total = checkObservationCount(options.observations);
  const rng = new Rng(options.seed ?? DEMO_DEFAULT_SEED);
  const scoring = visitScoring(ctx);
  const district = buildDistrict(rng, total, scoring.dimensions.length);
  const calibration = calibrationRounds(rng, district, scoring);
  // Its own generator, so adding lesson study left every observation of a seed as it was.
  const lessonStudy = lessonStudyDemo(new Rng((options.seed ?? DEMO_DEFAULT_SEED) + 1), district);
  ctx.db.transaction(() => {
    requireEmptyStore(ctx.db);
    writeChanges(ctx, [...district.changes, ...calibration.changes, ...lessonStudy.changes]);
    writeSettings(ctx.db, { district: DEMO_DISTRICT });
  })();

  // Visits fill the school days evenly, in time order through each teaching day.
  const days = schoolDays();
  const pickTeacher = weightedPicker(rng, district.teachers.map((t) => t.weight));
  let done = 0;
  let scores = 0;
  let batch: RowChange[] = [];
  let inBatch = 0;
  while (done < total) {
    const position = (done * days.length) / total;
    const day = Math.floor(position);
    const startedAt = days[day]! + TEACHING_DAY_START_MS + Math.floor((position - day) * TEACHING_DAY_MS);
    const teacher = district.teachers[pickTeacher()]!;
    const pair = done + 2 <= total && rng.chance(PAIR_SHARE);
    const kind: VisitKind = pair ? 'co_observation' : rng.chance(FORMAL_SHARE) ? 'formal' : 'walk_through';
    const observers = observersFor(rng, district, teacher, pair);
    for (const change of visitChanges(rng, scoring, { teacher, observers, kind, startedAt })) {
      batch.push(change);
      if (change.table === 'scores') scores++;
    }
    done += observers.length;
    inBatch += observers.length;
    if (inBatch >= DEMO_BATCH || done === total) {
      writeChanges(ctx, batch);
      options.progress?.(done, total);
      batch = [];
      inBatch = 0;
    }
  }
  return {
    schools: district.schools.length,
    teachers: district.teachers.length,
    observers: district.observers.length,
    people: district.changes.filter((c) => c.table === 'people').length,
    observations: total,
    scores,
    rounds: calibration.rounds,
    cycles: lessonStudy.cycles,
  };
}
