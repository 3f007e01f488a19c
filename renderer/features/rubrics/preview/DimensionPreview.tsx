// One dimension as the observer reads it: what it is about, things to notice
// in students and in the teacher (prompts for attention, not a checklist, so
// they are plain lists), guiding questions and the level descriptors.
import { useId } from 'react';
import type { Dimension, Scale } from '../../../../shared/rubric/format.js';
import { Heading } from './Heading.js';

function ListBlock({ title, items, headingLevel, ordered = false }: { title: string; items: readonly string[]; headingLevel: number; ordered?: boolean }) {
  if (items.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <div className="rubric-dimension__block">
      <Heading level={headingLevel}>{title}</Heading>
      <List>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </List>
    </div>
  );
}

export function DimensionPreview({ dimension, scale, headingLevel }: { dimension: Dimension; scale: Scale | null; headingLevel: number }) {
  const headingId = useId();
  const sub = headingLevel + 1;
  const scored = dimension.scored && scale !== null;
  return (
    <section className="rubric-dimension" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} className="rubric-dimension__name">
        {dimension.name}
      </Heading>
      <p className="rubric-dimension__marks">
        {dimension.shortName !== dimension.name ? <span className="muted small">Short name: {dimension.shortName}</span> : null}
        {scored ? null : <span className="badge badge--muted">Evidence only</span>}
        {scored && dimension.evidenceRequired ? <span className="badge">Evidence required</span> : null}
      </p>
      {scored && dimension.evidenceRequired ? <p className="small muted">A score on this dimension needs at least one note tagged to it as evidence.</p> : null}
      {scored ? null : <p className="small muted">Not scored: collect evidence and notes for it.</p>}
      {dimension.description ? <p>{dimension.description}</p> : null}
      <div className="rubric-dimension__lookfors">
        <ListBlock title="Things to notice in students" items={dimension.lookFors.students} headingLevel={sub} />
        <ListBlock title="Things to notice in the teacher" items={dimension.lookFors.teacher} headingLevel={sub} />
      </div>
      <ListBlock title="Guiding questions" items={dimension.guidingQuestions} headingLevel={sub} />
      {scored ? <LevelTable dimension={dimension} scale={scale} /> : null}
    </section>
  );
}

function LevelTable({ dimension, scale }: { dimension: Dimension; scale: Scale }) {
  return (
    <div className="table-scroll">
      <table className="data-table rubric-levels">
        <caption>Levels of {dimension.name}</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Label</th>
            <th scope="col">What it looks like</th>
          </tr>
        </thead>
        <tbody>
          {scale.levels.map((level) => (
            <tr key={level.value}>
              <th scope="row" className="rubric-levels__value">
                {level.value}
              </th>
              <td className="rubric-levels__label">{level.label}</td>
              <td>{dimension.levels.find((d) => d.value === level.value)?.descriptor ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
