// The focus dimensions of a visit: checkboxes for the rubric's dimensions, no
// more than its protocol allows (the rest are disabled once the limit is met).
import { useEffect, useState } from 'react';
import type { Rubric } from '../../../shared/rubric/format.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import type { RubricOption } from './useObserveChoices.js';

export function FocusPicker({ rubric, focus, onChange }: { rubric: RubricOption; focus: string[]; onChange(focus: string[]): void }) {
  const api = useApi();
  const [content, setContent] = useState<{ key: string; rubric: Rubric } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = `${rubric.id}@${rubric.version}`;

  useEffect(() => {
    let current = true;
    api.getRubricVersion({ id: rubric.id, version: rubric.version }).then(
      (stored) => current && setContent({ key, rubric: stored.rubric }),
      (err: unknown) => current && setError(messageOf(err)),
    );
    return () => {
      current = false;
    };
  }, [api, rubric.id, rubric.version, key]);

  if (error) return <ErrorAlert message={error} />;
  if (!content || content.key !== key) return null;
  const max = content.rubric.protocol.focusDimensions.max;
  if (max === 0) return null;
  const toggle = (id: string, on: boolean) => onChange(on ? [...focus, id] : focus.filter((f) => f !== id));
  return (
    <fieldset className="field observe-focus">
      <legend className="field__label">Focus dimensions (up to {max})</legend>
      {content.rubric.dimensions.map((d) => {
        const checked = focus.includes(d.id);
        return (
          <label key={d.id} className="checkbox">
            <input type="checkbox" checked={checked} disabled={!checked && focus.length >= max} onChange={(e) => toggle(d.id, e.target.checked)} />
            <span>{d.name}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
