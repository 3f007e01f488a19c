// A labelled set of radios (styled like the rubric editor's, whose radios
// belong to its own field frame) for a choice between a few named options: the
// legend names the group, each radio is named by its short label, and a
// longer explanation (if any) is tied to its radio as a description, so
// "Pass the laptop" stays a short name a person can find by voice or search.
import { useId } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  /** Also what a refused form names to focus the group. */
  name: string;
  value: V;
  options: readonly RadioOption<V>[];
  onChange(value: V): void;
}) {
  const id = useId();
  return (
    <fieldset className="field radio-group">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <div key={option.value}>
          <label className="radio-group__choice">
            <input
              type="radio"
              name={name}
              checked={value === option.value}
              aria-describedby={option.hint ? `${id}-${option.value}` : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
          {option.hint ? (
            <p className="radio-group__hint" id={`${id}-${option.value}`}>
              {option.hint}
            </p>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
