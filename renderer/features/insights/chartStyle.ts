// The charts' look on the design tokens (recharts takes colours as values,
// not CSS variables): the accent for means, and for levels one blue ramp
// from light (lowest) to deep (highest), so the order reads without colour
// names and survives a greyscale print. Words always come with the colours.

export const ACCENT = '#1d5b8f';
export const GRID = '#d5d9e0';
export const AXIS_TEXT = '#525c6b';
export const AXIS_TICK = { fill: AXIS_TEXT, fontSize: 12 };

const RAMP = ['#cfe0ef', '#9dc0de', '#6a9dcb', '#3d78ae', '#1d5b8f', '#123d61'];

/** One colour per level, lowest level lightest, spread over the ramp. */
export function levelColors(count: number): string[] {
  if (count <= 1) return [ACCENT];
  return Array.from({ length: count }, (_, i) => RAMP[Math.round((i * (RAMP.length - 1)) / (count - 1))]!);
}

/** Category labels beside bars are cut to fit; the full name is in the tooltip and the data table. */
export function shortLabel(label: string, max = 34): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Room for category names beside bars: as wide as the longest (about 6.5 px a character at 12 px), up to what a dimension's name needs. */
export function labelWidth(labels: readonly string[]): number {
  return Math.min(210, 16 + Math.ceil(6.5 * Math.max(0, ...labels.map((l) => l.length))));
}

/** Charts draw once, without motion: calmer, and what prints is what was read. */
export const STILL = { isAnimationActive: false } as const;
