// The tabs of a cycle's screen, named as the team says them. The Lite
// teachings tab belongs to the lite variant only.
import type { LsVariant } from '../../../shared/lessonStudy/cycle.js';
import { CYCLE_TABS, type CycleTab } from './lessonStudyStore.js';

export const CYCLE_TAB_LABELS: Record<CycleTab, string> = {
  overview: 'Overview',
  study: 'Study',
  plan: 'Plan',
  students: 'Students and seating',
  lesson: 'Research lesson',
  discussion: 'Discussion',
  lite: 'Lite teachings',
  measures: 'Measures',
  report: 'Report',
};

/** The tabs a cycle shows: every one, but Lite teachings only in the lite variant. */
export function tabsFor(variant: LsVariant): CycleTab[] {
  return CYCLE_TABS.filter((tab) => tab !== 'lite' || variant === 'lite');
}
