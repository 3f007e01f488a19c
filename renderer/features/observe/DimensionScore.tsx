// One dimension on the Scores tab: its levels as a radio group ("2
// Developing", N/A where the scale allows it), the lesson score it rolls up
// to, then, one Tab on from the levels, the notes linked as evidence, a way to
// clear the score, and the level descriptors and look-fors to score against
// (open for focus dimensions). Keys on the levels, so a coach can score
// without reaching for the mouse: a level's digit scores and N marks N/A (see
// LevelRadios), Delete clears, L links the latest note.
import { useId, useState } from 'react';
import type { Score } from '../../../shared/observation.js';
import type { LessonScore } from '../../../shared/observationScoring.js';
import type { Dimension, Scale } from '../../../shared/rubric/format.js';
import { LevelRadios } from '../../ui/LevelRadios.js';
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
  // A level just chosen counts before its save comes back, so L pressed right after a digit links the note to it
  // (the capture screen sends its changes one at a time, in order).
  const [chosen, setChosen] = useState<{ target: string; value: number | null; na: boolean } | null>(null);
  const pending = chosen !== null && chosen.target === targetLabel && (chosen.value !== null || chosen.na) ? chosen : null;
  const current = score ?? pending;
  const evidence = score?.evidence ?? [];
  const choose = (value: number | null, na = false) => {
    setChosen({ target: targetLabel, value, na });
    onSave({ value, na, evidence: value === null && !na ? [] : evidence });
  };
  const link = (noteIds: string[]) => current && onSave({ value: current.value, na: current.na, evidence: noteIds });
  const latest = notes[0];

  /** Delete and L on a level; a level's digit and N are LevelRadios' own. */
  const onOtherKey = (key: string) => {
    if ((key === 'delete' || key === 'backspace') && current) choose(null);
    else if (key === 'l' && current && latest && !evidence.includes(latest.id)) link([...evidence, latest.id]);
    else return false;
    return true;
  };

  return (
    <section className="score" aria-labelledby={`${id}-name`}>
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
        <LevelRadios scale={scale} name={`${id}-level`} value={score?.value ?? null} na={score?.na === true} onChoose={choose} onOtherKey={onOtherKey} />
      </fieldset>
      <EvidencePicker dimension={dimension} notes={notes} evidence={evidence} scored={score !== undefined} onChange={link} />
      {/* After the evidence, so that Tab goes from the levels straight to it. */}
      <button type="button" className="button button--ghost button--small" aria-label={`Clear the score for ${dimension.name}`} disabled={!score} onClick={() => choose(null)}>
        Clear
      </button>
      <ScoringGuide dimension={dimension} scale={scale} open={focus} />
    </section>
  );
}
