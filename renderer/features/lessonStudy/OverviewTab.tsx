// A cycle's Overview tab: what the cycle is (edited in place), the team's
// meetings, and the tasks and action items.
import type { CycleTabProps } from './cycleTabProps.js';
import { CycleFields } from './CycleFields.js';
import { MeetingsSection } from './MeetingsSection.js';
import { TasksSection } from './TasksSection.js';

export function OverviewTab(props: CycleTabProps) {
  return (
    <div className="ls-tab ls-overview">
      <CycleFields {...props} />
      <MeetingsSection {...props} />
      <TasksSection {...props} />
    </div>
  );
}
