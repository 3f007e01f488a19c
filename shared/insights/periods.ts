// The periods insights group by, in UTC like every stored time: the calendar
// month, and the school year, which in the districts we serve runs from
// August to July ("2025-26" is August 2025 to July 2026).

export function monthOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 7);
}

export function schoolYearOf(epochMs: number): string {
  const d = new Date(epochMs);
  const start = d.getUTCMonth() >= 7 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The school year of a "YYYY-MM" month. */
export function schoolYearOfMonth(month: string): string {
  return schoolYearOf(Date.parse(`${month}-01T00:00:00Z`));
}
