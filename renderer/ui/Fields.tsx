// Labelled form fields. Every control gets a visible <label> tied to it, hints
// are linked with aria-describedby, and "required" is both shown (a mark) and
// announced (aria-required) without changing the field's accessible name.
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  hintId: string;
  required?: boolean;
  children: ReactNode;
}

/** A field's visible label, tied to its control, with the required mark that screen readers get from aria-required instead. */
export function FieldLabel({ htmlFor, required, children }: { htmlFor: string; required?: boolean; children: ReactNode }) {
  return (
    <label className="field__label" htmlFor={htmlFor}>
      {children}
      {required ? (
        <span className="field__required" aria-hidden="true">
          {' '}
          *
        </span>
      ) : null}
    </label>
  );
}

function FieldFrame({ id, label, hint, hintId, required, children }: FieldFrameProps) {
  return (
    <div className="field">
      <FieldLabel htmlFor={id} required={required}>
        {label}
      </FieldLabel>
      {children}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  /** The last save was refused because of this field. */
  invalid?: boolean;
};

/** What a text control needs to be tied to its frame: its id, the required and invalid states, the hint. */
function textControl(id: string, hint: string | undefined, required: boolean | undefined, invalid: boolean | undefined) {
  return {
    id,
    className: 'field__control',
    'aria-required': required || undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
}

export function TextField({ label, value, onChange, hint, required, invalid, ...rest }: TextFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={`${id}-hint`} required={required}>
      <input {...rest} {...textControl(id, hint, required, invalid)} type={rest.type ?? 'text'} value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> & {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  invalid?: boolean;
};

/** Several lines of text (a description, a reflection), framed like a TextField. */
export function TextAreaField({ label, value, onChange, hint, required, invalid, ...rest }: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={`${id}-hint`} required={required}>
      <textarea {...rest} {...textControl(id, hint, required, invalid)} rows={rest.rows ?? 3} value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> & {
  label: string;
  value: string;
  onChange(value: string): void;
  options: readonly { value: string; label: string }[];
  hint?: string;
};

export function SelectField({ label, value, onChange, options, hint, ...rest }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={hintId}>
      <select
        {...rest}
        id={id}
        className="field__control"
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** Lets a refused form focus the first box of a group the backend named (e.g. "raterIds"). */
  name?: string;
  /** What ticking it does, below it and linked to it. */
  hint?: string;
}

export function Checkbox({ label, checked, onChange, name, hint }: CheckboxProps) {
  const hintId = `${useId()}-hint`;
  const box = (
    <label className="checkbox">
      <input type="checkbox" name={name} checked={checked} aria-describedby={hint ? hintId : undefined} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
  if (!hint) return box;
  return (
    <div className="checkbox-field">
      {box}
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
    </div>
  );
}
