// The "Roles" checkboxes of the person form (at least one is required). The
// chosen roles are kept in the order of ROLES, so the list reads the same
// everywhere.
import { useId } from 'react';
import { ROLES, ROLE_LABELS, type Role } from '../../../shared/domain.js';

export function RolesFieldset({ roles, onChange, invalid }: { roles: readonly Role[]; onChange(roles: Role[]): void; invalid: boolean }) {
  const legendId = useId();
  const toggleRole = (role: Role, on: boolean) => onChange(ROLES.filter((r) => (r === role ? on : roles.includes(r))));
  return (
    <fieldset className="field checkbox-group" aria-describedby={`${legendId}-hint`} aria-invalid={invalid || undefined}>
      <legend className="field__label" id={legendId}>
        Roles<span aria-hidden="true"> *</span>
      </legend>
      {ROLES.map((role) => (
        <label className="checkbox" key={role}>
          <input type="checkbox" name="roles" value={role} checked={roles.includes(role)} onChange={(event) => toggleRole(role, event.target.checked)} />
          <span>{ROLE_LABELS[role]}</span>
        </label>
      ))}
      <p className="field__hint" id={`${legendId}-hint`}>
        At least one. A principal who also observes has both roles.
      </p>
    </fieldset>
  );
}
