// The cycle report's plan: every version of the teaching-learning plan with
// its lesson process table, what changed from the version before (steps
// matched by the step they were copied from), and the revisions proposed in
// the discussion with the version that took each up.
import { REVISION_TARGET_LABELS } from '../../shared/lessonStudy/discussion.js';
import type { Plan, PlanStep } from '../../shared/lessonStudy/plan.js';
import { planDiff, type PlanDiff } from '../../shared/lessonStudy/planDiff.js';
import type { ReportContext } from './reportContext.js';
import { html, prose, section, table, type Markup } from './reportHtml.js';

function activityCell(step: PlanStep): Markup {
  return html`<p class="prose">${step.activity}</p>${step.keyQuestion ? html`<p class="prose"><strong>Key question:</strong> ${step.keyQuestion}</p>` : ''}`;
}

function processTable(plan: Plan): Markup {
  return table(
    ['Step', 'Minutes', 'Learning activity and key question', 'Anticipated student responses', 'Teacher support', 'Points of evaluation'],
    plan.steps.map((s) => [
      s.position + 1,
      s.minutes,
      activityCell(s),
      s.anticipated.length === 0 ? '—' : html`<ul>${s.anticipated.map((a) => html`<li>${a}</li>`)}</ul>`,
      html`<p class="prose">${s.support}</p>`,
      html`<p class="prose">${s.evaluation}</p>`,
    ]),
    'process',
  );
}

function diffSection(diff: PlanDiff): Markup {
  if (diff.changeCount === 0) return html`<p class="empty">No changes.</p>`;
  const stepLabel = (s: PlanStep | null) => (s ? `Step ${s.position + 1}` : '');
  const steps = diff.steps.filter((s) => s.kind !== 'unchanged');
  return html`${diff.fields.length > 0 ? table(['Plan field', 'Before', 'After'], diff.fields.map((f) => [f.label, html`<p class="prose">${f.before}</p>`, html`<p class="prose">${f.after}</p>`])) : ''}
    ${steps.length > 0
      ? html`<table><thead><tr><th scope="col">Step</th><th scope="col">Change</th><th scope="col">What changed</th></tr></thead><tbody>${steps.map(
          (s) => html`<tr class="${s.kind}"><td>${stepLabel(s.after ?? s.before)}</td><td>${s.kind === 'added' ? 'Added' : s.kind === 'removed' ? 'Removed' : 'Changed'}</td><td>${
            s.kind === 'changed'
              ? html`<ul>${s.changes.map((c) => html`<li><strong>${c.label}:</strong> <del>${c.before || '(empty)'}</del> → <ins>${c.after || '(empty)'}</ins></li>`)}</ul>`
              : html`<p class="prose">${(s.after ?? s.before)!.activity}</p>`
          }</td></tr>`,
        )}</tbody></table>`
      : ''}`;
}

function versionSection(plan: Plan, previous: Plan | undefined): Markup {
  const named = plan.label !== '' && plan.label !== `Version ${plan.number}`;
  return html`<h3>Version ${plan.number}${named ? `: ${plan.label}` : ''}${plan.frozen ? ' (a later version replaced it)' : ' (current)'}</h3>
    <dl class="facts">
      <dt>Long-term goal</dt><dd class="prose">${plan.goals.longTerm || '—'}</dd>
      <dt>Unit goal</dt><dd class="prose">${plan.goals.unit || '—'}</dd>
      <dt>Lesson goal</dt><dd class="prose">${plan.goals.lesson || '—'}</dd>
    </dl>
    <h4>Standards</h4>${prose(plan.standards)}
    <h4>Background and rationale</h4>${prose(plan.background)}
    <h4>Unit sequence</h4>${
      plan.unitSequence.length === 0
        ? html`<p class="empty">None recorded.</p>`
        : html`<ol>${plan.unitSequence.map((l) => (l.research ? html`<li><strong>${l.title} (research lesson)</strong></li>` : html`<li>${l.title}</li>`))}</ol>`
    }
    <h4>Lesson process</h4>${processTable(plan)}
    ${previous ? html`<h4>Changes from version ${previous.number}</h4>${diffSection(planDiff(previous, plan))}` : ''}`;
}

export function planSection({ plans }: ReportContext): Markup {
  return section(
    'Teaching-learning plan',
    plans.map((plan, i) => versionSection(plan, plans[i - 1])),
  );
}

export function revisionsSection(ctx: ReportContext): Markup {
  const versionOf = (id: string | null) => ctx.plans.find((p) => p.id === id)?.number;
  return section(
    'Revisions',
    table(
      ['To version', 'Step', 'Change', 'Revision', 'Reason', 'Taken up in'],
      ctx.detail.revisions.map((r) => [
        versionOf(r.planId) ?? '—',
        r.target === 'newStep' ? (r.stepId ? `After ${ctx.step(r.stepId)}` : 'At the end') : ctx.step(r.stepId) || '—',
        REVISION_TARGET_LABELS[r.target],
        html`<p class="prose">${r.text}</p>`,
        html`<p class="prose">${r.reason}</p>`,
        r.appliedPlanId ? `Version ${versionOf(r.appliedPlanId) ?? '?'}` : 'Not yet',
      ]),
    ),
  );
}
