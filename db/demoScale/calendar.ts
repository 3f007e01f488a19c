// When things happen in the generated district: two school years, August 2024
// to June 2026, on school days only (no weekends, Thanksgiving week, winter or
// spring break), visits during the teaching day, and the calibration days.

const TERMS: [first: string, last: string][] = [
  ['2024-08-14', '2025-06-11'],
  ['2025-08-13', '2026-06-10'],
];

const BREAKS: [first: string, last: string][] = [
  ['2024-11-25', '2024-11-29'],
  ['2024-12-23', '2025-01-03'],
  ['2025-03-31', '2025-04-04'],
  ['2025-11-24', '2025-11-28'],
  ['2025-12-22', '2026-01-02'],
  ['2026-03-30', '2026-04-03'],
];

/** Calibration days, two or three a school year: the spring one happens in some districts' years, not others. */
export const CALIBRATION_DAYS: [day: string, name: string, always: boolean][] = [
  ['2024-09-18', 'Fall 2024 calibration', true],
  ['2025-01-22', 'Winter 2025 calibration', true],
  ['2025-04-16', 'Spring 2025 calibration', false],
  ['2025-09-17', 'Fall 2025 calibration', true],
  ['2026-01-21', 'Winter 2026 calibration', true],
  ['2026-04-15', 'Spring 2026 calibration', false],
];

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Where teachers' and observers' growth and drift are measured from: the summer before the first year. */
export const DISTRICT_START_MS = Date.UTC(2024, 7, 1);
/** Directory records are stamped as entered that summer. */
export const DIRECTORY_MS = Date.UTC(2024, 6, 15, 16);
/** The teaching day in UTC for a Pacific-time district: 8:30 to 14:30 local, one calendar date in UTC. */
export const TEACHING_DAY_START_MS = 15.5 * HOUR_MS;
export const TEACHING_DAY_MS = 6 * HOUR_MS;
/** Calibration sessions start at 9:00 local. */
export const CALIBRATION_START_MS = 16 * HOUR_MS;

export const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);

export function yearsSinceStart(ms: number): number {
  return (ms - DISTRICT_START_MS) / (365 * DAY_MS);
}

/** Midnight (UTC) of every school day, in order. */
export function schoolDays(): number[] {
  const breaks = BREAKS.map(([a, b]) => [dayMs(a), dayMs(b)] as const);
  const days: number[] = [];
  for (const [first, last] of TERMS) {
    for (let ms = dayMs(first); ms <= dayMs(last); ms += DAY_MS) {
      const weekday = new Date(ms).getUTCDay();
      if (weekday === 0 || weekday === 6 || breaks.some(([a, b]) => ms >= a && ms <= b)) continue;
      days.push(ms);
    }
  }
  return days;
}
