// One visit to a classroom, as the observer's app would have recorded it once
// submitted: the observation (TRU Math, two focus dimensions), two or three
// episodes, two or three timestamped notes, an episode score for each focus
// dimension and a lesson score for every dimension (the rubric's summary
// score, episode_id null). A co-observation is two such records of the same
// lesson by two observers: the lesson's true levels are shared, each
// observer's severity and noise are their own.
import { QUICK_TAGS, type ObservationKind } from '../../shared/observation.js';
import type { RowChange } from '../apply.js';
import type { Observer, Teacher } from './district.js';
import { observedScore, trueLevel } from './model.js';
import type { Rng } from './random.js';
import { NEXT_STEPS, NOTE_PHRASES, QUESTIONS, STRENGTHS } from './words.js';

export interface VisitScoring {
  rubricId: string;
  rubricVersion: number;
  dimensions: readonly string[];
  /** Episode types; the first is the launch, which most lessons open with. */
  episodeTypes: readonly string[];
  levels: readonly number[];
}

export type VisitKind = Extract<ObservationKind, 'formal' | 'walk_through' | 'co_observation'>;

export interface Visit {
  teacher: Teacher;
  /** One observer, or two for a co-observation. */
  observers: readonly Observer[];
  kind: VisitKind;
  startedAt: number;
}

const MINUTE_MS = 60_000;
const LENGTH_MINUTES: Record<VisitKind, [number, number]> = { formal: [40, 55], walk_through: [10, 20], co_observation: [35, 50] };
const FOCUS_DIMENSIONS = 2;
/** How far one lesson, and one episode within it, strays from the teacher's usual level. */
const LESSON_SPREAD = 0.3;
const EPISODE_SPREAD = 0.35;

interface Lesson {
  timerMs: number;
  focus: number[];
  truth: number[];
  episodes: { typeId: string; startMs: number; truth: number[] }[];
}

function planLesson(rng: Rng, scoring: VisitScoring, visit: Visit): Lesson {
  const [shortest, longest] = LENGTH_MINUTES[visit.kind];
  const timerMs = rng.int(shortest * 60, longest * 60) * 1000;
  const truth = scoring.dimensions.map((_, d) => trueLevel(visit.teacher, d, visit.startedAt) + rng.normal() * LESSON_SPREAD);
  const count = rng.int(2, 3);
  const starts = [0, ...Array.from({ length: count - 1 }, () => Math.round(rng.uniform(0.15, 0.85) * timerMs)).sort((a, b) => a - b)];
  let previous = '';
  const episodes = starts.map((startMs, i) => {
    const typeId = i === 0 && rng.chance(0.7) ? scoring.episodeTypes[0]! : rng.pick(scoring.episodeTypes.filter((t) => t !== previous));
    previous = typeId;
    return { typeId, startMs, truth: truth.map((t) => t + rng.normal() * EPISODE_SPREAD) };
  });
  const focus = rng.pickDistinct(scoring.dimensions.map((_, d) => d), FOCUS_DIMENSIONS).sort((a, b) => a - b);
  return { timerMs, focus, truth, episodes };
}

function recordChanges(rng: Rng, scoring: VisitScoring, visit: Visit, lesson: Lesson, observer: Observer): RowChange[] {
  const { teacher, startedAt, kind } = visit;
  const submittedAt = startedAt + lesson.timerMs + rng.int(5, 180) * MINUTE_MS;
  const observationId = rng.id(startedAt);
  const formal = kind !== 'walk_through';
  const changes: RowChange[] = [
    {
      table: 'observations',
      row: observationId,
      values: {
        teacher_id: teacher.id,
        teacher_label: teacher.name,
        school_id: teacher.schoolId,
        grade: teacher.grade,
        subject: teacher.subject,
        rubric_id: scoring.rubricId,
        rubric_version: scoring.rubricVersion,
        focus: JSON.stringify(lesson.focus.map((d) => scoring.dimensions[d])),
        kind,
        observer_name: observer.name,
        status: 'submitted',
        scheduled_for: '',
        started_at: startedAt,
        timer_ms: lesson.timerMs,
        timer_since: null,
        submitted_at: submittedAt,
        strengths: rng.pick(STRENGTHS),
        questions: formal ? rng.pick(QUESTIONS) : '',
        next_steps: formal ? rng.pick(NEXT_STEPS) : '',
        seat_rows: 0,
        seat_cols: 0,
        deleted: 0,
      },
    },
  ];
  const episodeIds = lesson.episodes.map((episode) => {
    const id = rng.id(startedAt + episode.startMs);
    changes.push({ table: 'episodes', row: id, values: { observation_id: observationId, type_id: episode.typeId, start_ms: episode.startMs, deleted: 0 } });
    return id;
  });
  // Notes mostly on the focus dimensions, each in the episode it was typed in.
  const notes = Array.from({ length: rng.int(2, 3) }, () => ({
    atMs: rng.int(0, lesson.timerMs - 1),
    dimension: rng.chance(0.8) ? rng.pick(lesson.focus) : rng.int(0, scoring.dimensions.length - 1),
  })).sort((a, b) => a.atMs - b.atMs);
  const noteRows = notes.map((note) => {
    const id = rng.id(startedAt + note.atMs);
    const episode = lesson.episodes.filter((e) => e.startMs <= note.atMs).length - 1;
    const dimensionId = scoring.dimensions[note.dimension]!;
    const tags = rng.chance(0.5) ? [rng.pick(QUICK_TAGS).id] : [];
    changes.push({
      table: 'notes',
      row: id,
      values: {
        observation_id: observationId,
        at_ms: note.atMs,
        created_at: startedAt + note.atMs,
        text: rng.pick(NOTE_PHRASES[dimensionId]!),
        dimensions: JSON.stringify([dimensionId]),
        tags: JSON.stringify(tags),
        student_id: null,
        episode_id: episodeIds[episode]!,
        deleted: 0,
      },
    });
    return { id, episode, dimension: note.dimension };
  });
  const score = (episode: number | null, d: number, truth: number) => {
    const evidence = noteRows.filter((n) => n.dimension === d && (episode === null || n.episode === episode)).map((n) => n.id);
    changes.push({
      table: 'scores',
      row: rng.id(submittedAt),
      values: {
        observation_id: observationId,
        episode_id: episode === null ? null : episodeIds[episode]!,
        dimension_id: scoring.dimensions[d]!,
        value: observedScore(scoring.levels, observer, truth, startedAt, rng.normal()),
        na: 0,
        evidence: JSON.stringify(evidence),
        deleted: 0,
      },
    });
  };
  lesson.episodes.forEach((episode, e) => lesson.focus.forEach((d) => score(e, d, episode.truth[d]!)));
  lesson.truth.forEach((truth, d) => score(null, d, truth));
  return changes;
}

/** The rows of one visit: one observation, or the two of a co-observation. */
export function visitChanges(rng: Rng, scoring: VisitScoring, visit: Visit): RowChange[] {
  const lesson = planLesson(rng, scoring, visit);
  return visit.observers.flatMap((observer) => recordChanges(rng, scoring, visit, lesson, observer));
}
