// How Insights puts numbers into words: counts with thousands separators,
// means to two decimals, months by name, and nothing undefined shown as a
// number.
import { NONE, percentText } from '../calibrate/resultWords.js';

export { percentText };

export function countText(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 score", "1,204 scores". */
export function countOf(n: number, word: string): string {
  return `${countText(n)} ${word}${n === 1 ? '' : 's'}`;
}

export function meanText(mean: number | null): string {
  return mean === null ? NONE : mean.toFixed(2);
}

/** "2026-11" → "Nov 2026" (months are UTC calendar months). */
export function monthText(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, m! - 1, 1)).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "Show the 12 observations", "Show the observation". */
export function showObservationsText(n: number): string {
  return n === 1 ? 'Show the observation' : `Show the ${countText(n)} observations`;
}

/** Grades in school order: kindergarten and other named grades first ("TK", "K"), then 1 to 12; no grade last. */
export function compareGrades(a: string, b: string): number {
  const rank = (g: string) => (g === '' ? Infinity : /^\d+$/.test(g) ? Number(g) : -1);
  return rank(a) - rank(b) || a.localeCompare(b);
}
