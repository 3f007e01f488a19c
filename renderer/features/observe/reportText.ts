// The sentences of the report screen that are worked out from the record:
// the context line under the heading, the status in words, and the warning
// about dimensions left unscored. Pure, so they are tested without a page.
import { OBSERVATION_KIND_LABELS, type Observation } from '../../../shared/observation.js';
import type { ObservationReport } from '../../../shared/observationReport.js';

/** "November 23, 2026", as the report writes the visit's day. */
export function longDate(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}

/** Day, kind, school, grade, subject and rubric, in one line. */
export function reportContext(report: ObservationReport): string {
  const o = report.observation;
  return [
    report.dateLabel,
    OBSERVATION_KIND_LABELS[o.kind],
    report.schoolName,
    o.grade && `Grade ${o.grade}`,
    o.subject,
    `${report.rubric.name}, version ${report.rubric.version}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function statusInWords(observation: Observation, supersededBy: string | null): string {
  if (supersededBy !== null) return 'Corrected: replaced by a correction';
  if (observation.status === 'submitted') return observation.submittedAt === null ? 'Submitted' : `Submitted on ${longDate(observation.submittedAt)}`;
  return observation.status === 'scheduled' ? 'Scheduled, not begun' : 'Draft';
}

/** "2 dimensions have no score: SMP 3, SMP 6.", or null when every dimension has one (or N/A). */
export function unscoredWarning(report: ObservationReport): string | null {
  const unscored = report.scores.filter((s) => s.value === null && !s.na).map((s) => s.dimension.shortName || s.dimension.name);
  if (unscored.length === 0) return null;
  const count = unscored.length === 1 ? '1 dimension has' : `${unscored.length} dimensions have`;
  return `${count} no score: ${unscored.join(', ')}.`;
}
