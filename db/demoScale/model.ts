// The district's measurement model: each teacher has a true level per
// dimension that grows slowly (at a pace that differs by school), each
// observer a severity (negative = harsh, positive = lenient, within half a
// level) that may drift over time, and noise. A score is the truth plus the
// observer's severity plus noise, rounded to the nearest level on the scale.
import { yearsSinceStart } from './calendar.js';

export interface ModelTeacher {
  /** True level per dimension (rubric order) at the district's start. */
  start: number[];
  /** Levels gained per year. */
  growth: number;
}

export interface ModelObserver {
  severity: number;
  /** Change of severity per year; most observers do not drift. */
  drift: number;
  /** Standard deviation of a score around truth plus severity. */
  noise: number;
}

export function trueLevel(teacher: ModelTeacher, dimension: number, ms: number): number {
  return teacher.start[dimension]! + teacher.growth * yearsSinceStart(ms);
}

export function severityAt(observer: ModelObserver, ms: number): number {
  return observer.severity + observer.drift * yearsSinceStart(ms);
}

/** The observer's score of something whose true level is `truth`: `z` is a standard normal draw. */
export function observedScore(levels: readonly number[], observer: ModelObserver, truth: number, ms: number, z: number): number {
  return nearestLevel(levels, truth + severityAt(observer, ms) + observer.noise * z);
}

/** Levels are whole numbers in steps of one (TRU's 1 to 3); values past either end take the end. */
export function nearestLevel(levels: readonly number[], value: number): number {
  const index = Math.min(levels.length - 1, Math.max(0, Math.round(value - levels[0]!)));
  return levels[index]!;
}
