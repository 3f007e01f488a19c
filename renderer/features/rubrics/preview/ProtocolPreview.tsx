// The visit protocol as steps before, during and after the visit, with the
// visit length and how many focus dimensions are agreed beforehand.
import { useId } from 'react';
import type { Protocol } from '../../../../shared/rubric/format.js';
import { Heading } from './Heading.js';

function focusWords({ min, max }: Protocol['focusDimensions']): string {
  if (max === 0) return 'None';
  if (min === 0) return `Optional, up to ${max}`;
  if (min === max) return `Exactly ${min}`;
  return `${min} to ${max}`;
}

const STEPS = [
  ['before', 'Before the visit'],
  ['during', 'During the visit'],
  ['after', 'After the visit'],
] as const;

export function ProtocolPreview({ protocol, headingLevel }: { protocol: Protocol; headingLevel: number }) {
  const headingId = useId();
  const stepsWritten = STEPS.some(([key]) => protocol[key].length > 0);
  return (
    <section className="rubric-preview__protocol" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        Protocol
      </Heading>
      <dl className="facts">
        <dt>Visit length</dt>
        <dd>{protocol.lengthMinutes === null ? 'No set length' : `${protocol.lengthMinutes} minutes`}</dd>
        <dt>Focus dimensions</dt>
        <dd>{focusWords(protocol.focusDimensions)}, agreed before the visit</dd>
      </dl>
      {stepsWritten ? (
        <div className="rubric-preview__steps">
          {STEPS.map(([key, title]) =>
            protocol[key].length > 0 ? (
              <div key={key}>
                <Heading level={headingLevel + 1}>{title}</Heading>
                <ol>
                  {protocol[key].map((step, i) => (
                    <li key={i}>{step}</li>
                  ))}
                </ol>
              </div>
            ) : null,
          )}
        </div>
      ) : (
        <p className="muted">No written steps for before, during or after the visit.</p>
      )}
    </section>
  );
}
