// How a day is written in tables across the app: "Nov 23, 2026", or a dash
// for an observation not yet started.

export function shortDate(epochMs: number | null): string {
  return epochMs === null ? '—' : new Date(epochMs).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}
