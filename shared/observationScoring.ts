// What an observation's scores add up to, computed the same way on the
// capture screen (live, as the coach scores) and in exports: each episode's
// length on the lesson timer, the lesson score per dimension as the rubric
// rolls it up, the evidence behind it, what still blocks submitting, and how
// often each student was heard.
import type { Episode, Note, Score, Student } from './observation.js';
import type { Dimension, Rubric } from './rubric/format.js';
import { rollUp } from './rubric/rollup.js';

export interface EpisodeSpan {
  episode: Episode;
  /** 1-based position in the lesson, for people ("episode 2"). */
  number: number;
  durationMs: number;
}

/** Each episode lasts until the next one starts; the last one until `endMs` on the lesson timer. */
export function episodeSpans(episodes: readonly Episode[], endMs: number): EpisodeSpan[] {
  const sorted = [...episodes].sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));
  return sorted.map((episode, i) => {
    const end = sorted[i + 1]?.startMs ?? Math.max(endMs, episode.startMs);
    return { episode, number: i + 1, durationMs: Math.max(0, end - episode.startMs) };
  });
}

export function scoreKey(episodeId: string | null, dimensionId: string): string {
  return `${episodeId ?? 'lesson'}:${dimensionId}`;
}

export function indexScores(scores: readonly Score[]): Map<string, Score> {
  return new Map(scores.map((s) => [scoreKey(s.episodeId, s.dimensionId), s]));
}

export interface LessonScore {
  dimension: Dimension;
  /** The rolled-up level (may be fractional for a weighted mean), or null when nothing is scored. */
  value: number | null;
  /** Marked not applicable, with no level anywhere. */
  na: boolean;
  /** Every note cited for this dimension, in lesson order. */
  evidence: string[];
}

export interface ScoredRecord {
  episodes: readonly Episode[];
  scores: readonly Score[];
  notes: readonly Note[];
}

export function scoredDimensions(rubric: Rubric): Dimension[] {
  return rubric.scoring.unit === 'none' ? [] : rubric.dimensions.filter((d) => d.scored);
}

/** Does this rubric take a lesson-level score (per lesson, or an observer's summary over episodes)? */
export function scoresLesson(rubric: Rubric): boolean {
  return rubric.scoring.unit === 'lesson' || (rubric.scoring.unit === 'episode' && rubric.scoring.rollup === 'rater_summary');
}

function asRollupScore(score: Score | undefined): number | 'na' | null {
  if (!score) return null;
  return score.na ? 'na' : score.value;
}

export function lessonScores(rubric: Rubric, record: ScoredRecord, endMs: number): LessonScore[] {
  const scoring = rubric.scoring;
  if (scoring.unit === 'none') return [];
  const byKey = indexScores(record.scores);
  const spans = episodeSpans(record.episodes, endMs);
  const noteOrder = new Map(record.notes.map((n, i) => [n.id, i]));
  return scoredDimensions(rubric).map((dimension) => {
    const lesson = byKey.get(scoreKey(null, dimension.id));
    const episodeScores = scoring.unit === 'episode' ? spans.map((s) => byKey.get(scoreKey(s.episode.id, dimension.id))) : [];
    const cited = [lesson, ...episodeScores].flatMap((s) => s?.evidence ?? []).filter((id) => noteOrder.has(id));
    const evidence = [...new Set(cited)].sort((a, b) => noteOrder.get(a)! - noteOrder.get(b)!);
    const value =
      scoring.unit === 'lesson'
        ? (lesson?.value ?? null)
        : rollUp(
            scoring.rollup,
            spans.map((s, i) => ({ durationMs: s.durationMs, score: asRollupScore(episodeScores[i]) })),
            asRollupScore(lesson),
          );
    const given = scoring.unit === 'lesson' || scoring.rollup === 'rater_summary' ? [lesson] : episodeScores;
    const na = value === null && given.some((s) => s?.na === true);
    return { dimension, value, na, evidence };
  });
}

/** Reasons an observation cannot be submitted yet, each a sentence naming what to fix. */
export function submissionProblems(rubric: Rubric, record: ScoredRecord): string[] {
  const problems: string[] = [];
  const live = new Set(record.notes.map((n) => n.id));
  const spans = new Map(episodeSpans(record.episodes, 0).map((s) => [s.episode.id, s]));
  const typeName = new Map(rubric.episodeTypes.map((t) => [t.id, t.name]));
  for (const dimension of scoredDimensions(rubric)) {
    if (!dimension.evidenceRequired) continue;
    for (const score of record.scores) {
      if (score.dimensionId !== dimension.id || score.value === null) continue;
      if (score.evidence.some((id) => live.has(id))) continue;
      const span = score.episodeId === null ? undefined : spans.get(score.episodeId);
      if (score.episodeId !== null && !span) continue;
      const where = span ? `in episode ${span.number} (${typeName.get(span.episode.typeId) ?? span.episode.typeId})` : 'for the lesson';
      problems.push(`${dimension.name}: the score ${where} needs at least one note as evidence.`);
    }
  }
  return problems;
}

export interface StudentTally {
  student: Student;
  notes: number;
}

/** How many notes mention each student, seat order: who was heard, and who was not. */
export function studentTally(students: readonly Student[], notes: readonly Note[]): StudentTally[] {
  const counts = new Map<string, number>();
  for (const note of notes) if (note.studentId) counts.set(note.studentId, (counts.get(note.studentId) ?? 0) + 1);
  return [...students]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((student) => ({ student, notes: counts.get(student.id) ?? 0 }));
}
