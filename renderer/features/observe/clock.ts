// Times inside a lesson are shown as mm:ss on the observation's own timer,
// which pauses; dates are the device's local calendar day.
import type { Observation } from '../../../shared/observation.js';

export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** The timer's reading now: what ran before the last pause, plus the current run. */
export function elapsedMs(timer: Observation['timer'], now: number = Date.now()): number {
  return Math.max(0, Math.round(timer.accumulatedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince))));
}

/** Today as YYYY-MM-DD in local time (the day a coach means by "today"). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function formatStarted(startedAt: number | null): string {
  if (startedAt === null) return '—';
  return new Date(startedAt).toLocaleString('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}
