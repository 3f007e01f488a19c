// How lesson study screens write dates, roles, variants and plan versions, so
// every table, heading and option says them the same way.
import { LS_VARIANT_LABELS, type LsVariant } from '../../../shared/lessonStudy/cycle.js';
import type { PlanSummary } from '../../../shared/lessonStudy/plan.js';
import { LS_ROLE_LABELS, type LsRole } from '../../../shared/lessonStudy/team.js';

/** "2026-03-04" as "Mar 4, 2026" (the calendar day, in local time); a dash when not set. */
export function dayInWords(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (!year || !month || !day) return '—';
  return new Date(year, month - 1, day).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "Full" or "Lite": the variant's name, before the colon of its label. */
export function variantName(variant: LsVariant): string {
  return LS_VARIANT_LABELS[variant].split(':')[0]!;
}

/** "Instructor, Planning team". */
export function rolesInWords(roles: readonly LsRole[]): string {
  return roles.map((r) => LS_ROLE_LABELS[r]).join(', ');
}

/** "Version 2", or "Version 2: Revised after the discussion" when it was named (a version's default label is "Version 2"). */
export function versionName(plan: Pick<PlanSummary, 'number' | 'label'>): string {
  const number = `Version ${plan.number}`;
  return plan.label && plan.label !== number ? `${number}: ${plan.label}` : number;
}
