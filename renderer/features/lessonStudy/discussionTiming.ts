// Where the post-lesson discussion stands, from its parts' start and end
// times: the part running now, the part that comes next, and a part's time
// against what was planned, in words ("04:10 of 10 minutes, 6 min left",
// "12:30 of 10 minutes, over by 2 min").
import { formatClock } from '../../../shared/lessonClock.js';
import type { DiscussionPart } from '../../../shared/lessonStudy/discussion.js';
import { minutesInWords } from './teachingWords.js';

const MINUTE = 60_000;

export function runningPart(parts: readonly DiscussionPart[]): DiscussionPart | null {
  return parts.find((p) => p.startedAt !== null && p.endedAt === null) ?? null;
}

/** After the running part, the one below it; with none running, the first not yet started. */
export function nextPart(parts: readonly DiscussionPart[]): DiscussionPart | null {
  const running = runningPart(parts);
  if (running) return parts[parts.indexOf(running) + 1] ?? null;
  return parts.find((p) => p.startedAt === null) ?? null;
}

export function timingInWords(elapsedMs: number, plannedMinutes: number): string {
  const left = plannedMinutes * MINUTE - elapsedMs;
  const versus = `${formatClock(elapsedMs)} of ${minutesInWords(plannedMinutes)}`;
  if (left >= 0) return `${versus}, ${Math.ceil(left / MINUTE)} min left`;
  const over = Math.floor(-left / MINUTE);
  return `${versus}, over by ${over === 0 ? 'less than 1' : over} min`;
}

/** A finished part: "Took 12 min (planned 10)". */
export function tookInWords(part: DiscussionPart): string {
  if (part.startedAt === null || part.endedAt === null) return '';
  return `Took ${Math.round((part.endedAt - part.startedAt) / MINUTE)} min (planned ${part.minutes})`;
}
