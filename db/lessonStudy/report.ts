// The whole cycle as one self-contained HTML page, for the archive or for
// printing to PDF: the cycle and its team, the study, every plan version with
// what changed between them, the focal students and the research lesson's
// evidence, the discussion, revisions, tasks, lite teachings and measures.
// Focal students appear by pseudonym; their real names only when this
// device's settings allow names in exports.
import type { ApplyContext } from '../apply.js';
import { readSettings } from '../settings.js';
import { readCycleDetail } from './detail.js';
import { researchEvidence } from './evidence.js';
import { measureRunChart } from './measures.js';
import { readPlan } from './planReads.js';
import { cycleHeader, meetingsSection, phaseTimeline, studySection, tasksSection, teamSection } from './reportCycle.js';
import { reportContext } from './reportContext.js';
import { html, page } from './reportHtml.js';
import { discussionSection, evidenceSection, liteSection, measuresSection, studentsSection } from './reportLesson.js';
import { planSection, revisionsSection } from './reportPlan.js';

/** Lower-case words joined by dashes, for a file name: "Fractions & ratios!" → "fractions-ratios". */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return (words ?? ['cycle']).join('-').slice(0, 60).replace(/-$/, '');
}

export function cycleReport(ctx: ApplyContext, cycleId: string): { fileName: string; html: string } {
  const detail = readCycleDetail(ctx.db, cycleId);
  const madeOn = new Date(ctx.now()).toISOString().slice(0, 10);
  const report = reportContext({
    detail,
    plans: detail.plans.map((p) => readPlan(ctx.db, p.id)),
    evidence: researchEvidence(ctx.db, cycleId),
    runCharts: detail.measures.map((m) => measureRunChart(ctx.db, m.id)),
    namesShown: readSettings(ctx.db).studentNamesInExports,
    madeOn,
  });
  const body = html`${cycleHeader(report)}<main>
    ${phaseTimeline(report)}${teamSection(report)}${studySection(report)}${meetingsSection(report)}${planSection(report)}
    ${studentsSection(report)}${evidenceSection(report)}${discussionSection(report)}${revisionsSection(report)}${tasksSection(report)}
    ${liteSection(report)}${measuresSection(report)}
  </main>`;
  return { fileName: `lesson-study-${slug(detail.cycle.title)}-${madeOn}.html`, html: page(`${detail.cycle.title}: lesson study cycle`, body) };
}
