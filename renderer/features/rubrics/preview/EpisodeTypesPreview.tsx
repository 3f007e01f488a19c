// The episode types an observer marks as the lesson moves on, with the one
// key that starts each, as a table the observer can scan before a visit.
import { useId } from 'react';
import type { EpisodeType } from '../../../../shared/rubric/format.js';
import { Heading } from './Heading.js';

export function EpisodeTypesPreview({ episodeTypes, headingLevel }: { episodeTypes: readonly EpisodeType[]; headingLevel: number }) {
  const headingId = useId();
  if (episodeTypes.length === 0) return null;
  const grouped = episodeTypes.some((e) => e.group);
  return (
    <section className="rubric-preview__episodes" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        Episode types
      </Heading>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Episode types and the keys that start them</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Episode type</th>
              {grouped ? <th scope="col">Group</th> : null}
              <th scope="col">When to use it</th>
            </tr>
          </thead>
          <tbody>
            {episodeTypes.map((episode) => (
              <tr key={episode.id}>
                <td>{episode.key ? <kbd>{episode.key}</kbd> : <span className="muted">No key</span>}</td>
                <th scope="row">{episode.name}</th>
                {grouped ? <td>{episode.group}</td> : null}
                <td>{episode.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
