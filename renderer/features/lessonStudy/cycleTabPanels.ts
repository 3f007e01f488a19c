// Which component shows each tab of a cycle: every one takes the cycle's
// detail and a way to replace it (CycleTabProps).
import type { ComponentType } from 'react';
import type { CycleTabProps } from './cycleTabProps.js';
import { DiscussionTab } from './DiscussionTab.js';
import type { CycleTab } from './lessonStudyStore.js';
import { LiteTab } from './LiteTab.js';
import { MeasuresTab } from './MeasuresTab.js';
import { OverviewTab } from './OverviewTab.js';
import { PlanTab } from './PlanTab.js';
import { ReportTab } from './ReportTab.js';
import { ResearchLessonTab } from './ResearchLessonTab.js';
import { StudentsTab } from './StudentsTab.js';
import { StudyTab } from './StudyTab.js';

export const CYCLE_TAB_PANELS: Record<CycleTab, ComponentType<CycleTabProps>> = {
  overview: OverviewTab,
  study: StudyTab,
  plan: PlanTab,
  students: StudentsTab,
  lesson: ResearchLessonTab,
  discussion: DiscussionTab,
  lite: LiteTab,
  measures: MeasuresTab,
  report: ReportTab,
};
