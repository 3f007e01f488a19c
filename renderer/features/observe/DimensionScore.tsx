// One dimension on the Scores tab: its levels as a radio group ("2
// Developing", N/A where the scale allows it) with a way to clear, the lesson
// score it rolls up to, the notes linked as evidence, and the level
// descriptors and look-fors to score against (open for focus dimensions).
// Keys while inside it: a level's digit scores, N marks N/A, Delete clears,
// L links the latest note, so a coach can score without reaching for the mouse.
import { useId, type KeyboardEvent } from 'react';
import type { Score } from '../../../shared/observation.js';
import type { LessonScore } from '../../../shared/observationScoring.js';
import type { Dimension, Scale } from '../../../shared/rubric/format.js';
import { levelName, ScoringGuide } from '../../ui/ScoringGuide.js';
import { EvidencePicker } from './EvidencePicker.js';
import type { ListedNote } from './useCapture.js';

export interface ScoreChoice {
  value: number | null;
  na: boolean;
  evidence: string[];
}

/** A level as people read it: "2 Developing"; a rolled-up mean to one decimal. */
function scoreText(value: number | null, na: boolean, scale: Scale): string {
  if (value === null) return na ? 'N/A' : 'not scored yet';
  return scale.levels.some((l) => l.value === value) ? levelName(scale, value) : value.toFixed(1);
}

interface DimensionScoreProps {
  dimension: Dimension;
  scale: Scale;
  /** What the radio group scores: "Episode 2: Launch (from 03:10)", "Lesson summary"... */
  targetLabel: string;
  score: Score | undefined;
  lessonLabel: string;
  lesson: LessonScore;
  /** For rubrics scored per episode: this dimension's score in each episode, in lesson order. */
  byEpisode: (Score | undefined)[] | null;
  notes: ListedNote[];
  focus: boolean;
  needsEvidence: boolean;
  onSave(choice: ScoreChoice): void;
}

export function DimensionScore({ dimension, scale, targetLabel, score, lessonLabel, lesson, byEpisode, notes, focus, needsEvidence, onSave }: DimensionScoreProps) {
  const id = useId();
  const evidence = score?.evidence ?? [];
  const choose = (value: number | null, na = false) => onSave({ value, na, evidence: value === null && !na ? [] : evidence });
  const link = (noteIds: string[]) => score && onSave({ value: score.value, na: score.na, evidence: noteIds });
  const latest = notes[0];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    const level = scale.levels.find((l) => String(l.value) === key);
    if (level) choose(level.value);
    else if (key === 'n' && scale.naAllowed) choose(null, true);
    else if ((key === 'delete' || key === 'backspace') && score) choose(null);
    else if (key === 'l' && score && latest && !evidence.includes(latest.id)) link([...evidence, latest.id]);
    else return;
    event.preventDefault();
  };

  return (
    // The keys act on whichever control inside has focus; each control is still the way to do its thing by click.
    <section className="score" aria-labelledby={`${id}-name`} onKeyDown={onKeyDown}>
      <h3 id={`${id}-name`}>
        {dimension.name}
        {focus ? <span className="badge badge--muted">Focus</span> : null}
      </h3>
      <p className="score__lesson">
        {lessonLabel}: <strong>{scoreText(lesson.value, lesson.na, scale)}</strong>
      </p>
      {byEpisode && byEpisode.length > 0 ? (
        <p className="score__episodes">By episode: {byEpisode.map((s, i) => `${i + 1}: ${s ? (s.na ? 'N/A' : String(s.value)) : '–'}`).join(' · ')}</p>
      ) : null}
      {needsEvidence ? <p className="score__problem">Needs evidence: link at least one note to this score.</p> : null}
      <fieldset className="score__levels">
        <legend>{targetLabel}</legend>
        {scale.levels.map((level) => (
          <label key={level.value} className="score__level">
            <input type="radio" name={`${id}-level`} checked={score?.value === level.value} onChange={() => choose(level.value)} />
            {level.value} {level.label}
          </label>
        ))}
        {scale.naAllowed ? (
          <label className="score__level">
            <input type="radio" name={`${id}-level`} checked={score?.na === true} onChange={() => choose(null, true)} />
            N/A
          </label>
        ) : null}
        <button type="button" className="button button--ghost button--small" aria-label={`Clear the score for ${dimension.name}`} disabled={!score} onClick={() => choose(null)}>
          Clear
        </button>
      </fieldset>
      <EvidencePicker dimension={dimension} notes={notes} evidence={evidence} scored={score !== undefined} onChange={link} />
      <ScoringGuide dimension={dimension} scale={scale} open={focus} />
    </section>
  );
}
