// The cycle report's account of the cycle itself: what it studied and who
// took part, the phases with the day each began, the Study phase's answers and
// resources, meetings, and tasks and action items.
import { LS_PHASE_LABELS, LS_PHASES, LS_VARIANT_LABELS, STUDY_PROMPTS } from '../../shared/lessonStudy/cycle.js';
import { LS_ROLE_LABELS } from '../../shared/lessonStudy/team.js';
import type { ReportContext } from './reportContext.js';
import { html, prose, section, table, type Markup } from './reportHtml.js';

export function cycleHeader({ detail, madeOn }: ReportContext): Markup {
  const { cycle, team } = detail;
  return html`<header>
    <h1>${cycle.title}</h1>
    <p class="meta">A lesson study cycle of ${team.name || 'an unnamed team'}, archived ${madeOn} from Fieldbook.</p>
    <dl class="facts">
      <dt>Research theme</dt><dd>${cycle.researchTheme || '—'}</dd>
      <dt>Subject</dt><dd>${cycle.subject || '—'}</dd>
      <dt>Grade</dt><dd>${cycle.grade || '—'}</dd>
      <dt>Topic</dt><dd>${cycle.topic || '—'}</dd>
      <dt>Variant</dt><dd>${LS_VARIANT_LABELS[cycle.variant]}</dd>
      <dt>Research lesson</dt><dd>${cycle.researchLessonOn || 'No date set'}</dd>
    </dl>
  </header>`;
}

export function phaseTimeline({ detail }: ReportContext): Markup {
  const { phase, phaseDates } = detail.cycle;
  return section(
    'Phases',
    html`<ol class="timeline">${LS_PHASES.map(
      (p) =>
        html`<li class="${p === phase ? 'current' : ''}">${LS_PHASE_LABELS[p]}: ${phaseDates[p] ? `began ${phaseDates[p]}` : 'not reached'}${p === phase ? ' (current phase)' : ''}</li>`,
    )}</ol>`,
  );
}

export function teamSection(ctx: ReportContext): Markup {
  const { team, cycle } = ctx.detail;
  const rows = team.members.map((m) => [m.name, m.roles.map((r) => LS_ROLE_LABELS[r]).join(', '), m.id === cycle.instructorId ? 'Teaches the research lesson' : '']);
  return section(`Team: ${team.name}`, table(['Member', 'Roles', 'In this cycle'], rows));
}

export function studySection({ detail }: ReportContext): Markup {
  return section(
    'Study',
    STUDY_PROMPTS.map((p) => html`<h3>${p.label}</h3><p class="meta">${p.prompt}</p>${prose(detail.cycle.study[p.id])}`),
    html`<h3>Resources</h3>`,
    table(
      ['Resource', 'Link or reference', 'Note'],
      detail.resources.map((r) => [r.title, r.link, r.note]),
    ),
  );
}

export function meetingsSection(ctx: ReportContext): Markup {
  return section(
    'Meetings',
    ctx.detail.meetings.length === 0
      ? html`<p class="empty">None recorded.</p>`
      : ctx.detail.meetings.map(
          (m) => html`<h3>${m.heldOn}: ${m.title}</h3>
            <p class="meta">Attended by ${m.attendees.map(ctx.member).filter(Boolean).join(', ') || 'no one recorded'}</p>
            <h4>Agenda</h4>${prose(m.agenda)}<h4>Notes</h4>${prose(m.notes)}`,
        ),
  );
}

export function tasksSection(ctx: ReportContext): Markup {
  const rows = (fromDiscussion: boolean) =>
    ctx.detail.tasks.filter((t) => t.fromDiscussion === fromDiscussion).map((t) => [t.title, ctx.member(t.assigneeId) || '—', t.due || '—', t.done ? 'Done' : 'Open']);
  const headers = ['Task', 'Assigned to', 'Due', 'Status'];
  return section('Action items and tasks', html`<h3>Action items from the discussion</h3>`, table(headers, rows(true)), html`<h3>Tasks</h3>`, table(headers, rows(false)));
}
