// The editor's inputs. Each is bound to a path in the working copy (value,
// change and problems come from there) unless the caller passes its own value
// and change, for the few fields that are not a plain value at one path.
import { useState, type ReactNode } from 'react';
import { useBinding } from '../editorContext.js';
import { FieldNotes, FieldShell, controlProps, type ShellProps } from './FieldShell.js';

interface BaseProps<T> extends Omit<ShellProps, 'problems'> {
  value?: T;
  onChange?(value: T): void;
  problems?: readonly string[];
}

function useField<T>(props: BaseProps<T>, nested = false) {
  const bound = useBinding<T>(props.path, nested);
  const shell: ShellProps = { ...props, problems: props.problems ?? bound.problems };
  return { shell, value: props.value !== undefined ? props.value : bound.value, onChange: props.onChange ?? bound.onChange };
}

export function TextInput(props: BaseProps<string> & { multiline?: boolean; rows?: number; maxLength?: number }) {
  const { shell, value, onChange } = useField(props);
  const common = { ...controlProps(shell), className: 'field__control', value: value ?? '' };
  return (
    <FieldShell shell={shell}>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" maxLength={props.maxLength} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

/** A whole number, or empty: an empty field becomes emptyAs (null where the format allows "not set", else undefined so the file says it is missing). */
export function NumberInput(props: BaseProps<number | null | undefined> & { emptyAs: null | undefined; min?: number; max?: number; step?: number }) {
  const { shell, value, onChange } = useField(props);
  return (
    <FieldShell shell={{ ...shell, className: 'field--number' }}>
      <input
        {...controlProps(shell)}
        className="field__control"
        type="number"
        inputMode="decimal"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value.trim() === '' || !Number.isFinite(e.target.valueAsNumber) ? props.emptyAs : e.target.valueAsNumber)}
      />
    </FieldShell>
  );
}

export function CheckboxInput(props: BaseProps<boolean>) {
  const { shell, value, onChange } = useField(props);
  return (
    <div className="field field--checkbox">
      <label className="checkbox">
        <input {...controlProps(shell)} type="checkbox" checked={value ?? false} onChange={(e) => onChange(e.target.checked)} />
        <span>{shell.label}</span>
      </label>
      <FieldNotes shell={shell} />
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** Radio buttons in a fieldset: for a few choices a person should see side by side. */
export function RadioGroup<T extends string>(props: BaseProps<T> & { choices: readonly Choice<T>[]; name: string }) {
  const { shell, value, onChange } = useField(props);
  const control = controlProps(shell);
  return (
    <fieldset className="field radio-group" id={control.id} aria-describedby={control['aria-describedby']}>
      <legend className="field__label">{shell.label}</legend>
      {props.choices.map((choice) => (
        <label key={choice.value} className="radio-group__choice">
          <input type="radio" name={props.name} value={choice.value} checked={value === choice.value} aria-invalid={control['aria-invalid']} onChange={() => onChange(choice.value)} />
          <span>
            {choice.label}
            {choice.hint ? <span className="radio-group__hint">{choice.hint}</span> : null}
          </span>
        </label>
      ))}
      <FieldNotes shell={shell} />
    </fieldset>
  );
}

export function SelectInput<T extends string>(props: BaseProps<T> & { choices: readonly Choice<T>[] }) {
  const { shell, value, onChange } = useField(props);
  return (
    <FieldShell shell={shell}>
      <select {...controlProps(shell)} className="field__control" value={value} onChange={(e) => onChange(e.target.value as T)}>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

const NO_LINES: string[] = [];
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((line, i) => line === b[i]);

/**
 * A list edited as text, one entry per line. The text is kept as typed (a
 * blank line being started, spaces at a line's end) and only its non-empty
 * lines are stored; when the list changes from outside (an item moved into
 * this place), the text is rewritten from the list.
 */
export function LinesInput(props: BaseProps<string[]> & { rows?: number; label: ReactNode }) {
  const { shell, value, onChange } = useField(props, true);
  const lines = value ?? NO_LINES;
  const [text, setText] = useState(() => lines.join('\n'));
  const [shown, setShown] = useState(lines);
  if (shown !== lines) {
    setShown(lines);
    if (!sameLines(linesOf(text), lines)) setText(lines.join('\n'));
  }
  return (
    <FieldShell shell={{ ...shell, hint: shell.hint ?? 'One per line.' }}>
      <textarea
        {...controlProps({ ...shell, hint: shell.hint ?? 'One per line.' })}
        className="field__control"
        rows={props.rows ?? Math.min(8, Math.max(3, lines.length + 1))}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = linesOf(e.target.value);
          if (!sameLines(next, lines)) onChange(next);
        }}
      />
    </FieldShell>
  );
}
