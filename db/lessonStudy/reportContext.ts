// What the archived cycle report is written from: the cycle's detail, every
// plan version in full, the research lesson's evidence and the team's run
// charts, with the ways the report names people and steps. A focal student is
// named by pseudonym; their real name (kept on this device only) is added
// only when this device's settings allow names in exports.
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { ResearchEvidence } from '../../shared/lessonStudy/discussion.js';
import type { RunChart } from '../../shared/lessonStudy/measures.js';
import type { Plan } from '../../shared/lessonStudy/plan.js';
import { stepName } from '../../shared/lessonStudy/stepTiming.js';

export interface ReportData {
  detail: CycleDetail;
  /** Every version in full, oldest first. */
  plans: Plan[];
  evidence: ResearchEvidence;
  runCharts: RunChart[];
  namesShown: boolean;
  /** The day the report was made, YYYY-MM-DD. */
  madeOn: string;
}

export interface ReportContext extends ReportData {
  /** A team member's name, or '' for none. */
  member(id: string | null): string;
  /** A focal student's pseudonym, with their name when names are shown; '' for none. */
  student(id: string | null): string;
  /** "Step 2: Pose the task", with the version when the cycle has several. */
  step(id: string | null): string;
}

export function reportContext(data: ReportData): ReportContext {
  const members = new Map(data.detail.team.members.map((m) => [m.id, m.name]));
  const students = new Map(data.detail.focalStudents.map((s) => [s.id, data.namesShown && s.name !== '' ? `${s.code} (${s.name})` : s.code]));
  const several = data.plans.length > 1;
  const steps = new Map(data.plans.flatMap((p) => p.steps.map((s) => [s.id, several ? `Version ${p.number}, ${stepName(s)}` : stepName(s)] as const)));
  const lookup = (map: Map<string, string>) => (id: string | null) => (id === null ? '' : (map.get(id) ?? ''));
  return { ...data, member: lookup(members), student: lookup(students), step: lookup(steps) };
}
