// Dates as a coach reads them: the device's local calendar day. (Lesson
// time, mm:ss on the observation's timer, is in shared/lessonClock.ts.)

/** Today as YYYY-MM-DD in local time (the day a coach means by "today"). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function formatStarted(startedAt: number | null): string {
  if (startedAt === null) return '—';
  return new Date(startedAt).toLocaleString('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}
