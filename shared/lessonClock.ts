// Lesson time: the observation's own timer, which pauses, read as
// milliseconds and shown as mm:ss, the same in the capture screen, the
// backend and every export.
import type { Observation } from './observation.js';

/** The timer's reading at `now`: what ran before the last pause, plus the current run. */
export function timerReading(timer: Observation['timer'], now: number): number {
  return Math.max(0, Math.round(timer.accumulatedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince))));
}

export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
