// The unit the research lesson sits in, lesson by lesson: titles edited in
// place, lessons added, moved and removed, and one marked as the research
// lesson. Saved as it changes; read-only once the version is frozen.
import { useState } from 'react';
import type { Plan, UnitLesson } from '../../../shared/lessonStudy/plan.js';
import { useApi } from '../../appContext.js';
import { TextField } from '../../ui/Fields.js';
import { SavingPanel } from './SaveStatus.js';
import { useSavedDraft } from '../../ui/useSavedDraft.js';

export function UnitSequence({ plan, onPlan }: { plan: Plan; onPlan(plan: Plan): void }) {
  const api = useApi();
  const draft = useSavedDraft<{ lessons: UnitLesson[] }>({ lessons: plan.unitSequence }, async ({ lessons }, seen) => {
    onPlan(await api.saveLessonPlan({ id: plan.id, unitSequence: lessons, seen: { unitSequence: seen.lessons } }));
  });
  const [newTitle, setNewTitle] = useState('');
  const lessons = draft.value.lessons;
  const readOnly = plan.frozen;
  const set = (next: UnitLesson[], typed = false) => draft.change({ lessons: next }, typed);
  const edit = (at: number, patch: Partial<UnitLesson>, typed = false) => set(lessons.map((l, i) => (i === at ? { ...l, ...patch } : patch.research ? { ...l, research: false } : l)), typed);
  const move = (at: number, to: number) => {
    const next = [...lessons];
    next.splice(to, 0, next.splice(at, 1)[0]!);
    set(next);
  };
  const add = () => {
    if (!newTitle.trim()) return;
    set([...lessons, { title: newTitle.trim(), research: false }]);
    setNewTitle('');
  };

  return (
    <SavingPanel title="Unit sequence" draft={draft} className="ls-unit">
      {lessons.length === 0 ? <p className="muted">No lessons listed yet. List the unit's lessons in order and mark the research lesson.</p> : null}
      <ol className="ls-unit__lessons">
        {lessons.map((lesson, i) => (
          <li key={i} className={lesson.research ? 'ls-unit__lesson is-research' : 'ls-unit__lesson'}>
            <input
              className="field__control"
              aria-label={`Lesson ${i + 1} title`}
              value={lesson.title}
              readOnly={readOnly}
              onChange={(e) => edit(i, { title: e.target.value }, true)}
              onBlur={draft.save}
            />
            <label className="radio-group__choice">
              <input type="radio" name={`ls-research-${plan.id}`} aria-label={`Lesson ${i + 1} is the research lesson`} checked={lesson.research} disabled={readOnly} onChange={() => edit(i, { research: true })} />
              <span>Research lesson</span>
            </label>
            {readOnly ? null : (
              <span className="ls-row-tools">
                <button type="button" className="button button--ghost button--small" aria-label={`Move lesson ${i + 1} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                  Up
                </button>
                <button type="button" className="button button--ghost button--small" aria-label={`Move lesson ${i + 1} down`} disabled={i === lessons.length - 1} onClick={() => move(i, i + 1)}>
                  Down
                </button>
                <button type="button" className="button button--ghost button--small" aria-label={`Remove lesson ${i + 1}`} onClick={() => set(lessons.filter((_, j) => j !== i))}>
                  Remove
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <form
          className="ls-add-form__fields"
          aria-label="Add a lesson to the unit"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <TextField label="Next lesson in the unit" value={newTitle} onChange={setNewTitle} />
          <button type="submit" className="button button--secondary" disabled={!newTitle.trim()}>
            Add lesson
          </button>
        </form>
      )}
    </SavingPanel>
  );
}
