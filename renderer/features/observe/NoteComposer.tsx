// The note field of the capture screen, built for typing without looking
// away from the class: Enter saves (Shift+Enter is a new line), Alt+1..9
// tags a rubric dimension, Alt+<letter> a quick tag, Alt+E then a letter
// starts an episode, "@S07" names a student on the seating chart (as does
// choosing one on the chart). The chosen tags and student show under the
// field; a legend lists the keys. In a research lesson each note also names
// the plan step it is about, asked for at the moment it is saved.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { NoteInputSchema, QUICK_TAGS, type Student } from '../../../shared/observation.js';
import type { Rubric } from '../../../shared/rubric/format.js';
import { useDraftAutosave } from './useDraftAutosave.js';
import type { NoteToSave } from './useCapture.js';
import { TagChips } from './Timelines.js';
import { mentionedStudent } from './studentCodes.js';

/** The digit or letter of a key press, from the physical key when Alt changed the character (macOS). */
function plainKey(event: KeyboardEvent): string {
  const code = /^(?:Digit|Key)(.)$/.exec(event.code);
  return (code ? code[1]! : event.key).toLowerCase();
}

/** The list with the id added, or taken out if it was there. */
export function toggle(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

export function NoteComposer({
  observationId,
  rubric,
  initialText,
  students,
  chosenStudent,
  onClearStudent,
  stepIdNow,
  onSave,
  onStartEpisode,
}: {
  observationId: string;
  rubric: Rubric;
  initialText: string;
  students: readonly Student[];
  /** The student picked on the seating chart for the next note. */
  chosenStudent: Student | null;
  onClearStudent(): void;
  /** The plan step a note saved now is about; null outside a research lesson. */
  stepIdNow(): string | null;
  /** Resolves true when stored; false keeps the text (the screen shows why). */
  onSave(note: NoteToSave): Promise<boolean>;
  onStartEpisode(typeId: string): void;
}) {
  const [text, setText] = useState(initialText);
  const [dimensions, setDimensions] = useState<string[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [episodeKeys, setEpisodeKeys] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const legendId = useId();
  const problemId = useId();
  useDraftAutosave(observationId, text, true);
  // "@S07" typed in the note wins over a student picked on the chart.
  const mentioned = mentionedStudent(text, students);
  const student = mentioned ?? chosenStudent;

  useEffect(() => {
    field.current?.focus();
  }, []);

  const submit = async () => {
    // The shared rule, checked here too, so an oversized note is never listed as saving.
    const check = NoteInputSchema.shape.text.safeParse(text);
    if (!check.success) {
      setProblem(`${check.error.issues[0]?.message ?? 'This note cannot be saved'}.`);
      return;
    }
    setProblem(null);
    const note = { text, dimensions, tags, studentId: student?.id ?? null, planStepId: stepIdNow() };
    setText('');
    setDimensions([]);
    setTags([]);
    if (!(await onSave(note))) {
      // Refused: the text comes back unless the coach has started the next note.
      setText((now) => (now === '' ? note.text : now));
      setDimensions(note.dimensions);
      setTags(note.tags);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // After Alt+E the next key (Alt held or not) picks the episode type; any other key, Escape included, cancels.
    if (episodeKeys && !['Alt', 'Shift', 'Control', 'Meta'].includes(event.key)) {
      event.preventDefault();
      setEpisodeKeys(false);
      const type = rubric.episodeTypes.find((t) => t.key === plainKey(event));
      if (type) onStartEpisode(type.id);
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void submit();
      return;
    }
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const key = plainKey(event);
    const digit = Number(key);
    if (/^[1-9]$/.test(key) && rubric.dimensions[digit - 1]) {
      event.preventDefault();
      setDimensions((d) => toggle(d, rubric.dimensions[digit - 1]!.id));
    } else if (key === 'e' && rubric.episodeTypes.length > 0) {
      event.preventDefault();
      setEpisodeKeys(true);
    } else {
      const tag = QUICK_TAGS.find((t) => t.key === key);
      if (!tag) return;
      event.preventDefault();
      setTags((t) => toggle(t, tag.id));
    }
  };

  return (
    <div className="composer">
      <label className="field__label" htmlFor={`${legendId}-note`}>
        Note
      </label>
      <textarea
        id={`${legendId}-note`}
        ref={field}
        className="field__control"
        value={text}
        aria-describedby={problem ? `${problemId} ${legendId}` : legendId}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {problem ? (
        <p className="notice notice--error" role="alert" id={problemId}>
          {problem}
        </p>
      ) : null}
      <TagChips rubric={rubric} dimensions={dimensions} tags={tags} label="Tags for this note" />
      {student ? (
        <p className="composer__student">
          Student: <strong>{student.code}</strong>
          {mentioned ? (
            <span className="muted"> (named with @ in the note)</span>
          ) : (
            <button type="button" className="button button--ghost button--small" aria-label={`Clear student ${student.code}`} onClick={onClearStudent}>
              ×
            </button>
          )}
        </p>
      ) : null}
      <KeyLegend id={legendId} rubric={rubric} episodeKeys={episodeKeys} />
      <div className="composer__episodes" role="group" aria-label="New episode">
        {rubric.episodeTypes.map((t) => (
          <button key={t.id} type="button" className="button button--secondary" onClick={() => onStartEpisode(t.id)}>
            {t.name}
            {t.key ? <kbd aria-hidden="true">{t.key.toUpperCase()}</kbd> : null}
          </button>
        ))}
      </div>
    </div>
  );
}

function KeyLegend({ id, rubric, episodeKeys }: { id: string; rubric: Rubric; episodeKeys: boolean }) {
  if (episodeKeys) {
    return (
      <p className="composer__legend" id={id} role="status">
        New episode: press {rubric.episodeTypes.filter((t) => t.key).map((t) => `${t.key!.toUpperCase()} for ${t.name}`).join(', ')}; Escape cancels.
      </p>
    );
  }
  return (
    <ul className="composer__legend" id={id} aria-label="Keys">
      <li>
        <kbd>Enter</kbd>save, <kbd>Shift+Enter</kbd>new line
      </li>
      {rubric.dimensions.slice(0, 9).map((d, i) => (
        <li key={d.id}>
          <kbd>Alt+{i + 1}</kbd>
          {d.shortName}
        </li>
      ))}
      {QUICK_TAGS.map((t) => (
        <li key={t.id}>
          <kbd>Alt+{t.key.toUpperCase()}</kbd>
          {t.label}
        </li>
      ))}
      <li>
        <kbd>@S07</kbd>a student on the seating chart
      </li>
      {rubric.episodeTypes.length > 0 ? (
        <li>
          <kbd>Alt+E</kbd>new episode
        </li>
      ) : null}
    </ul>
  );
}
