// The cycle report's account of the research lesson and what followed: focal
// students (strengths first) on the seating chart and who watched them, the
// observers' evidence by plan step and by focal student, the post-lesson
// discussion with the times each part actually ran, the lite variant's
// teachings side by side, and the practical measures per occasion.
import { formatClock } from '../../shared/lessonClock.js';
import type { EvidenceNote } from '../../shared/lessonStudy/discussion.js';
import type { ReportContext } from './reportContext.js';
import { html, prose, section, table, type Markup } from './reportHtml.js';

const STATUS_LABELS: Record<string, string> = { scheduled: 'Scheduled', draft: 'In progress', submitted: 'Submitted' };

const time = (ms: number | null) => (ms === null ? '—' : new Date(ms).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' }));

function seatingChart(ctx: ReportContext): Markup {
  const { rows, cols } = ctx.detail.cycle.seating;
  if (rows === 0 || cols === 0) return html`<p class="empty">No seating chart.</p>`;
  const seated = new Map(ctx.detail.focalStudents.flatMap((s) => (s.seat ? [[`${s.seat.row}:${s.seat.col}`, ctx.student(s.id)] as const] : [])));
  return html`<table class="seating" aria-label="Seating chart"><tbody>${Array.from(
    { length: rows },
    (_, r) => html`<tr>${Array.from({ length: cols }, (_, c) => html`<td>${seated.get(`${r}:${c}`) ?? ''}</td>`)}</tr>`,
  )}</tbody></table>`;
}

export function studentsSection(ctx: ReportContext): Markup {
  const { focalStudents, assignments } = ctx.detail;
  return section(
    'Focal students',
    table(
      ['Student', 'Strengths', 'Focal for', 'Seat'],
      focalStudents.map((s) => [ctx.student(s.id), html`<p class="prose">${s.strengths}</p>`, html`<p class="prose">${s.focalFor}</p>`, s.seat ? `Row ${s.seat.row + 1}, seat ${s.seat.col + 1}` : '—']),
    ),
    html`<h3>Seating chart</h3>`,
    seatingChart(ctx),
    html`<h3>Observer assignments</h3>`,
    table(
      ['Observer', 'Watches'],
      assignments.map((a) => [ctx.member(a.observerId), [ctx.student(a.focalStudentId), a.group].filter(Boolean).join(', ')]),
    ),
  );
}

function noteList(ctx: ReportContext, notes: readonly EvidenceNote[], show: 'step' | 'student'): Markup {
  if (notes.length === 0) return html`<p class="empty">No notes.</p>`;
  return html`<ul>${notes.map((n) => {
    const about = show === 'step' ? ctx.step(n.planStepId) : ctx.student(n.focalStudentId);
    return html`<li><span class="meta">${formatClock(n.atMs)} · ${n.observerName || 'Observer'}${about ? ` · ${about}` : ''}</span> <span class="prose">${n.text}</span></li>`;
  })}</ul>`;
}

export function evidenceSection(ctx: ReportContext): Markup {
  const { observations, byStep, byStudent } = ctx.evidence;
  return section(
    'Research lesson evidence',
    table(
      ['Observer', 'Status', 'Notes'],
      observations.map((o) => [o.observerName || 'Observer', STATUS_LABELS[o.status] ?? o.status, o.notes]),
    ),
    html`<h3>By plan step</h3>`,
    byStep.map((g) => html`<h4>${g.stepId === null ? 'Not tied to a step' : ctx.step(g.stepId)}</h4>${noteList(ctx, g.notes, 'student')}`),
    html`<h3>By focal student</h3>`,
    byStudent.map((g) => html`<h4>${g.focalStudentId === null ? 'Not about a focal student' : ctx.student(g.focalStudentId)}</h4>${noteList(ctx, g.notes, 'step')}`),
  );
}

export function discussionSection(ctx: ReportContext): Markup {
  const { parts, notes } = ctx.detail.discussion;
  const actual = (start: number | null, end: number | null) => (start !== null && end !== null ? Math.round((end - start) / 60_000) : '—');
  const said = notes.filter((n) => n.kind === 'note');
  const notesOf = (partId: string | null) => {
    const these = said.filter((n) => n.partId === partId);
    return these.length === 0 ? '' : html`<ul>${these.map((n) => html`<li><strong>${n.speaker || 'Someone'}:</strong> <span class="prose">${n.text}</span></li>`)}</ul>`;
  };
  const learnings = notes.filter((n) => n.kind === 'learning');
  return section(
    'Post-lesson discussion',
    table(
      ['Part', 'Planned minutes', 'Started', 'Ended', 'Actual minutes'],
      parts.map((p) => [p.title, p.minutes, time(p.startedAt), time(p.endedAt), actual(p.startedAt, p.endedAt)]),
    ),
    parts.map((p) => html`<h3>${p.title}</h3>${notesOf(p.id) || html`<p class="empty">No notes.</p>`}`),
    said.some((n) => n.partId === null) ? html`<h3>Other notes</h3>${notesOf(null)}` : '',
    html`<h3>Key learnings</h3>`,
    learnings.length === 0 ? html`<p class="empty">None recorded.</p>` : html`<ul>${learnings.map((n) => html`<li class="prose">${n.text}</li>`)}</ul>`,
  );
}

export function liteSection(ctx: ReportContext): Markup | '' {
  const teachings = ctx.detail.liteTeachings;
  if (teachings.length === 0 && ctx.detail.cycle.variant !== 'lite') return '';
  if (teachings.length === 0) return section('Teachings in each room', html`<p class="empty">None recorded.</p>`);
  const row = (label: string, value: (t: (typeof teachings)[number]) => string) => html`<tr><th scope="row">${label}</th>${teachings.map((t) => html`<td>${prose(value(t))}</td>`)}</tr>`;
  return section(
    'Teachings in each room',
    html`<table class="side-by-side"><thead><tr><th scope="col"></th>${teachings.map((t) => html`<th scope="col">${ctx.member(t.teacherId) || 'A former member'}</th>`)}</tr></thead><tbody>
      ${row('Taught on', (t) => t.taughtOn)}${row('How it went', (t) => t.howItWent)}${row('Deviations from the plan', (t) => t.deviations)}${row('Reflection', (t) => t.reflection)}
    </tbody></table>`,
  );
}

export function measuresSection(ctx: ReportContext): Markup {
  const cycleId = ctx.detail.cycle.id;
  return section(
    'Practical measures',
    ctx.runCharts.length === 0
      ? html`<p class="empty">The team has no surveys.</p>`
      : ctx.runCharts.map(
          (chart) => html`<h3>${chart.measure.title}</h3>
            <ol>${chart.measure.questions.map((q) => html`<li>${q}</li>`)}</ol>
            <p class="meta">Answers from 1 to ${chart.measure.scaleMax}. Median of the occasions' means: ${chart.median === null ? '—' : chart.median.toFixed(2)}.</p>
            ${table(
              ['Cycle', 'PDSA cycle', 'Taken on', 'Students', 'Mean answer'],
              chart.points.map((p) => [p.cycleId === cycleId ? `${p.cycleTitle} (this cycle)` : p.cycleTitle, p.pdsaCycle, p.takenOn, p.students, p.mean.toFixed(2)]),
            )}`,
        ),
  );
}
