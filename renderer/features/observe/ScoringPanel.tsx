// The Scores tab: every scored dimension of the rubric, scored on the
// rubric's own scale for the lesson or for one episode at a time (the
// episode under way unless the coach picks another), with the lesson score
// rolled up as the rubric says and kept current while the lesson runs, and
// the notes that justify each score. What still blocks submitting is listed
// at the top in the backend's own words.
import { useState } from 'react';
import type { Score } from '../../../shared/observation.js';
import { episodeSpans, indexScores, lessonScores, scoreKey, scoredDimensions, scoresLesson, submissionProblems } from '../../../shared/observationScoring.js';
import { formatClock, timerReading } from '../../../shared/lessonClock.js';
import type { Rubric } from '../../../shared/rubric/format.js';
import { useApi } from '../../appContext.js';
import { SelectField } from '../../ui/Fields.js';
import { DimensionScore, type ScoreChoice } from './DimensionScore.js';
import { currentEpisode, type CaptureData, type CaptureTools } from './useCapture.js';
import { useNow } from '../../ui/useNow.js';

const LESSON = 'lesson';

const shownScore = (score: Score | undefined): ScoreChoice => (score ? { value: score.value, na: score.na, evidence: score.evidence } : { value: null, na: false, evidence: [] });

/** How the lesson score is arrived at, as its label says. */
function lessonLabel(rubric: Rubric): string {
  if (rubric.scoring.unit !== 'episode') return 'Lesson score';
  return {
    rater_summary: 'Lesson summary',
    duration_weighted_mean: 'Lesson score (episodes weighted by length)',
    max: 'Lesson score (highest episode)',
  }[rubric.scoring.rollup];
}

export function ScoringPanel({ data, tools: { change } }: { data: CaptureData; tools: CaptureTools }) {
  const api = useApi();
  const { rubric, observation } = data;
  // Episode lengths, and so a time-weighted lesson score, grow while the lesson runs.
  const now = useNow(observation.timer.runningSince !== null, 5000);
  const [chosenTarget, setChosenTarget] = useState<string | null>(null);
  // An observation guide, or a rubric whose dimensions are all left unscored (a research lesson's, say): nothing to score.
  if (rubric.scoring.unit === 'none' || scoredDimensions(rubric).length === 0) return <p className="empty-note">{rubric.name} is an observation guide: it is not scored.</p>;

  const { scale } = rubric.scoring;
  const perEpisode = rubric.scoring.unit === 'episode';
  const spans = episodeSpans(data.episodes, timerReading(observation.timer, now));
  const typeName = new Map(rubric.episodeTypes.map((t) => [t.id, t.name]));
  const targets = [
    ...(perEpisode ? spans.map((s) => ({ value: s.episode.id, label: `Episode ${s.number}: ${typeName.get(s.episode.typeId) ?? s.episode.typeId} (from ${formatClock(s.episode.startMs)})` })) : []),
    ...(scoresLesson(rubric) ? [{ value: LESSON, label: lessonLabel(rubric) }] : []),
  ];
  const fallback = perEpisode ? (currentEpisode(data.episodes)?.id ?? LESSON) : LESSON;
  const target = targets.find((t) => t.value === (chosenTarget ?? fallback)) ?? targets[0];
  if (!target) return <p className="empty-note">Scores here are given per episode. Start an episode (Alt+E in the note field) to score it.</p>;
  const episodeId = target.value === LESSON ? null : target.value;

  const byKey = indexScores(data.scores);
  const lesson = lessonScores(rubric, data, timerReading(observation.timer, now));
  const problems = submissionProblems(rubric, data);
  const savedNotes = data.notes.filter((n) => !n.pending);

  // With the score as shown (unscored when none was), so another device's change of the rest is kept, and of the same field listed.
  const save = (dimensionId: string, choice: ScoreChoice) =>
    void change(
      () => api.saveScore({ observationId: observation.id, episodeId, dimensionId, ...choice, seen: shownScore(byKey.get(scoreKey(episodeId, dimensionId))) }),
      (d, score) => ({ ...d, scores: [...d.scores.filter((s) => scoreKey(s.episodeId, s.dimensionId) !== scoreKey(episodeId, dimensionId)), ...(score ? [score] : [])] }),
    );
  const needsEvidence = (score: Score | undefined) => score !== undefined && submissionProblems(rubric, { ...data, scores: [score] }).length > 0;
  const levels = scale.levels.filter((l) => l.value < 10).map((l) => l.value);

  return (
    <div className="scoring">
      {problems.length > 0 ? (
        <div className="scoring__problems">
          <p>Before submitting:</p>
          <ul aria-label="Before submitting">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {targets.length > 1 ? <SelectField label="Score for" value={target.value} options={targets} onChange={setChosenTarget} /> : null}
      <p className="scoring__keys">
        On a dimension&apos;s levels: {levels.length > 0 ? <kbd>{`${levels[0]}–${levels[levels.length - 1]}`}</kbd> : null} score
        {scale.naAllowed ? (
          <>
            , <kbd>N</kbd> N/A
          </>
        ) : null}
        , <kbd>Delete</kbd> clears, <kbd>L</kbd> links the latest note; <kbd>Tab</kbd> goes on to its evidence.
      </p>
      {scoredDimensions(rubric).map((dimension) => {
        const score = byKey.get(scoreKey(episodeId, dimension.id));
        return (
          <DimensionScore
            key={dimension.id}
            dimension={dimension}
            scale={scale}
            targetLabel={target.label}
            score={score}
            lessonLabel={lessonLabel(rubric)}
            lesson={lesson.find((l) => l.dimension.id === dimension.id)!}
            byEpisode={perEpisode ? spans.map((s) => byKey.get(scoreKey(s.episode.id, dimension.id))) : null}
            notes={savedNotes}
            focus={observation.focus.includes(dimension.id)}
            needsEvidence={needsEvidence(score)}
            onSave={(choice) => save(dimension.id, choice)}
          />
        );
      })}
    </div>
  );
}
