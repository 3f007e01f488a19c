// Which component shows each tab of a cycle. A tab is offered only once its
// component is here.
import type { ComponentType } from 'react';
import type { CycleTabProps } from './cycleTabProps.js';
import type { CycleTab } from './lessonStudyStore.js';
import { OverviewTab } from './OverviewTab.js';
import { PlanTab } from './PlanTab.js';
import { StudentsTab } from './StudentsTab.js';
import { StudyTab } from './StudyTab.js';

export const CYCLE_TAB_PANELS: Partial<Record<CycleTab, ComponentType<CycleTabProps>>> = {
  overview: OverviewTab,
  study: StudyTab,
  plan: PlanTab,
  students: StudentsTab,
};
