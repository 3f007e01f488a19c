// What every tab of a cycle's screen receives: the cycle as last read, and a
// way to replace it with the fresh detail every lesson study edit returns.
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';

export interface CycleTabProps {
  detail: CycleDetail;
  onDetail(next: CycleDetail): void;
}
