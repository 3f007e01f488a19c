// How a day is written in tables across the app: "Nov 23, 2026", or a dash
// for an observation not yet started.

export function shortDate(epochMs: number | null): string {
  return epochMs === null ? '—' : new Date(epochMs).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "just now", "5 min ago", "3 h ago", or the day for anything older than a day. */
export function timeAgo(epochMs: number, now: number): string {
  const minutes = Math.floor((now - epochMs) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ago`;
  return shortDate(epochMs);
}

/** A wait in words: "12 s", "about 3 min". */
export function waitWords(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds < 60 ? `${seconds} s` : `about ${Math.round(seconds / 60)} min`;
}
