// The frame every editor field shares: a visible label tied to the control,
// a hint, and the field's own live problems right under it. The control is
// told its id (derived from its path, so a problem in the list can focus it),
// whether it is invalid, and which hint and error describe it.
import type { ReactNode } from 'react';
import { FieldLabel } from '../../../../ui/Fields.js';
import { errorId, fieldId, hintId, type Path } from '../fieldPaths.js';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
}

export interface ShellProps {
  path: Path;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  problems: readonly string[];
  /** A control with no path of its own (a descriptor not written yet) is named here and described by its list's problem. */
  id?: string;
  describedBy?: string;
  invalid?: boolean;
  className?: string;
}

export function FieldProblems({ path, problems }: { path: Path | string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <p className="field__error" id={errorId(path)}>
      <span className="field__error-mark" aria-hidden="true">
        !{' '}
      </span>
      {problems.map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}.`).join(' ')}
    </p>
  );
}

/** The hint and the problems under a control, with the ids its aria-describedby names. */
export function FieldNotes({ shell }: { shell: ShellProps }) {
  return (
    <>
      {shell.hint ? (
        <p className="field__hint" id={hintId(shell.path)}>
          {shell.hint}
        </p>
      ) : null}
      <FieldProblems path={shell.path} problems={shell.problems} />
    </>
  );
}

export function controlProps(shell: ShellProps): ControlProps {
  const described = [shell.hint ? hintId(shell.path) : null, shell.problems.length > 0 ? errorId(shell.path) : null, shell.describedBy ?? null].filter(Boolean);
  return {
    id: shell.id ?? fieldId(shell.path),
    'aria-invalid': shell.problems.length > 0 || shell.invalid ? true : undefined,
    'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
    'aria-required': shell.required ? true : undefined,
  };
}

export function FieldShell({ shell, children }: { shell: ShellProps; children: ReactNode }) {
  const id = shell.id ?? fieldId(shell.path);
  return (
    <div className={`field${shell.className ? ` ${shell.className}` : ''}`}>
      <FieldLabel htmlFor={id} required={shell.required}>
        {shell.label}
      </FieldLabel>
      {children}
      <FieldNotes shell={shell} />
    </div>
  );
}
