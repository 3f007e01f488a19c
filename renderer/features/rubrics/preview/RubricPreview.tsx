// A rubric exactly as an observer meets it while observing and scoring: what
// it is and how it is scored, the visit protocol, the episode types with
// their keys, every dimension with its look-fors, questions and levels, and
// who wrote it. It is read-only and shows a valid rubric only (the editor
// checks a draft before handing it here).
import { useId } from 'react';
import type { Rubric } from '../../../../shared/rubric/format.js';
import { DimensionPreview } from './DimensionPreview.js';
import { EpisodeTypesPreview } from './EpisodeTypesPreview.js';
import { Heading } from './Heading.js';
import { AGREEMENT_LABELS, NOTES_FOLLOW_LABELS, ROLLUP_LABELS, UNIT_LABELS, scaleLine } from './labels.js';
import { ProtocolPreview } from './ProtocolPreview.js';

export function RubricPreview({ rubric, headingLevel = 2 }: { rubric: Rubric; /** The level of the rubric's name; the rest nests below it. */ headingLevel?: number }) {
  const titleId = useId();
  const scale = rubric.scoring.unit === 'none' ? null : rubric.scoring.scale;
  const sub = headingLevel + 1;
  return (
    <article className="rubric-preview" aria-labelledby={titleId}>
      <header className="rubric-preview__header">
        <Heading level={headingLevel} id={titleId} className="rubric-preview__title">
          {rubric.name}
        </Heading>
        {rubric.template ? (
          <p className="rubric-preview__template">
            <span className="badge">Template to adapt</span> A starting point to duplicate and adjust, not a rubric to score with as it is.
          </p>
        ) : null}
        <dl className="facts rubric-preview__facts">
          <dt>Subject</dt>
          <dd>{rubric.subject}</dd>
          {rubric.gradeBand ? (
            <>
              <dt>Grade band</dt>
              <dd>{rubric.gradeBand}</dd>
            </>
          ) : null}
          <dt>Scoring</dt>
          <dd>{UNIT_LABELS[rubric.scoring.unit]}</dd>
          {scale ? (
            <>
              <dt>Scale</dt>
              <dd>{scaleLine(scale.levels)}</dd>
              <dt>N/A allowed</dt>
              <dd>{scale.naAllowed ? 'Yes: a dimension that could not be seen can be marked N/A' : 'No'}</dd>
            </>
          ) : null}
          {rubric.scoring.unit === 'episode' ? (
            <>
              <dt>Lesson score</dt>
              <dd>{ROLLUP_LABELS[rubric.scoring.rollup]}</dd>
            </>
          ) : null}
          <dt>Notes follow</dt>
          <dd>{NOTES_FOLLOW_LABELS[rubric.notesFollow]}</dd>
          {rubric.calibration ? (
            <>
              <dt>Calibrated after</dt>
              <dd>
                {AGREEMENT_LABELS[rubric.calibration.agreement]} on {rubric.calibration.thresholdPercent}% of scores, {rubric.calibration.roundsRequired}{' '}
                {rubric.calibration.roundsRequired === 1 ? 'round' : 'rounds in a row'}
              </dd>
            </>
          ) : null}
        </dl>
        {rubric.description ? <p className="rubric-preview__description">{rubric.description}</p> : null}
      </header>

      <ProtocolPreview protocol={rubric.protocol} headingLevel={sub} />
      <EpisodeTypesPreview episodeTypes={rubric.episodeTypes} headingLevel={sub} />

      <section className="rubric-preview__dimensions" aria-labelledby={`${titleId}-dimensions`}>
        <Heading level={sub} id={`${titleId}-dimensions`}>
          Dimensions
        </Heading>
        {rubric.dimensions.map((dimension) => (
          <DimensionPreview key={dimension.id} dimension={dimension} scale={scale} headingLevel={sub + 1} />
        ))}
      </section>

      <footer className="rubric-preview__attribution" aria-labelledby={`${titleId}-attribution`}>
        <Heading level={sub} id={`${titleId}-attribution`}>
          Attribution
        </Heading>
        <dl className="facts">
          <dt>Source</dt>
          <dd>{rubric.attribution.source}</dd>
          <dt>Licence</dt>
          <dd>{rubric.attribution.licence}</dd>
          {rubric.attribution.url ? (
            <>
              <dt>Web address</dt>
              <dd>
                <a href={rubric.attribution.url} target="_blank" rel="noreferrer noopener">
                  {rubric.attribution.url}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        {rubric.attribution.notes ? <p className="small muted">{rubric.attribution.notes}</p> : null}
      </footer>
    </article>
  );
}
