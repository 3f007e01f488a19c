// What a scorer reads before choosing a level: each level's descriptor and
// the dimension's look-fors, folded away unless asked for (or open for a
// dimension in focus). Shared by observation scoring and calibration sheets,
// so a coach reads the same guide in both.
import type { Dimension, Scale } from '../../shared/rubric/format.js';

/** A level as people read it: "2 Developing" (the bare value when the scale has no such level). */
export function levelName(scale: Scale, value: number): string {
  const level = scale.levels.find((l) => l.value === value);
  return level ? `${level.value} ${level.label}` : String(value);
}

export function ScoringGuide({ dimension, scale, open = false }: { dimension: Dimension; scale: Scale; open?: boolean }) {
  return (
    <details className="score__guide" open={open}>
      <summary>Levels and look-fors</summary>
      <dl className="score__descriptors">
        {dimension.levels.map((l) => (
          <div key={l.value}>
            <dt>{levelName(scale, l.value)}</dt>
            <dd>{l.descriptor}</dd>
          </div>
        ))}
      </dl>
      <LookFors title="Students" items={dimension.lookFors.students} />
      <LookFors title="Teacher" items={dimension.lookFors.teacher} />
    </details>
  );
}

function LookFors({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>Look-fors: {title.toLowerCase()}</h4>
      <ul aria-label={`Look-fors: ${title.toLowerCase()}`}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
