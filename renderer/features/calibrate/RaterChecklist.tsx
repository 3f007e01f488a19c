// The raters of a new round, as a group of checkboxes named by person. Raters
// take turns in the order they are ticked, and the order is shown. People who
// only teach are left out unless asked for: most raters lead or coach.
import { useState } from 'react';
import type { Person } from '../../../shared/domain.js';
import { Checkbox } from '../../ui/Fields.js';
import { teachesOnly } from './useRoundChoices.js';

export function RaterChecklist({ people, chosen, onChange }: { people: Person[]; chosen: string[]; onChange(raterIds: string[]): void }) {
  const [withTeachers, setWithTeachers] = useState(false);
  const listed = people.filter((p) => withTeachers || !teachesOnly(p) || chosen.includes(p.id));
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <div className="field">
      <fieldset className="checkbox-group rater-checklist">
        <legend className="field__label">Raters</legend>
        {listed.map((person) => (
          <Checkbox key={person.id} name="raterIds" label={person.name} checked={chosen.includes(person.id)} onChange={(on) => toggle(person.id, on)} />
        ))}
      </fieldset>
      <Checkbox label="List teachers too" checked={withTeachers} onChange={setWithTeachers} />
      <p className="field__hint" aria-live="polite">
        {chosen.length === 0 ? 'Tick at least two raters.' : `Turn order: ${chosen.map((id) => nameOf.get(id) ?? 'someone').join(', ')}.`}
      </p>
    </div>
  );
}
