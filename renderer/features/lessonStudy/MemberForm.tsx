// "Add a member" to a team, in a side panel: a person from the directory or
// just a name (a knowledgeable other from a university is rarely in the
// district's directory), and their roles on the team.
import { useState } from 'react';
import { LS_ROLE_LABELS, LS_ROLES, type LsRole, type Team } from '../../../shared/lessonStudy/team.js';
import { Checkbox, SelectField, TextField } from '../../ui/Fields.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';
import { useApi } from '../../appContext.js';
import { useLoaded } from '../../ui/useLoaded.js';

export function MemberForm({ team, onCancel, onSaved }: { team: Team; onCancel(): void; onSaved(team: Team, name: string): void }) {
  const api = useApi();
  const { data: people } = useLoaded((a) => a.listPeople({}), 'people');
  const [personId, setPersonId] = useState('');
  const [typedName, setTypedName] = useState('');
  const [roles, setRoles] = useState<LsRole[]>([]);
  const person = people?.find((p) => p.id === personId) ?? null;
  const name = person?.name ?? typedName;
  const toggle = (role: LsRole, on: boolean) => setRoles((now) => (on ? LS_ROLES.filter((r) => r === role || now.includes(r)) : now.filter((r) => r !== role)));

  return (
    <SidePanelForm
      heading={`Add a member to ${team.name}`}
      submitLabel="Add member"
      save={() => api.saveTeamMember({ teamId: team.id, personId: person?.id ?? null, name, roles })}
      onSaved={(saved) => onSaved(saved, name)}
      onCancel={onCancel}
    >
      {(invalid) => (
        <>
          <SelectField
            label="Person from the directory"
            name="personId"
            autoFocus
            value={personId}
            options={[{ value: '', label: 'Someone not in the directory' }, ...(people ?? []).map((p) => ({ value: p.id, label: p.name }))]}
            onChange={setPersonId}
          />
          {person ? null : (
            <TextField label="Name" name="name" required hint="For someone not in the directory, such as a knowledgeable other." value={typedName} invalid={invalid === 'name'} onChange={setTypedName} />
          )}
          <fieldset className="field checkbox-group">
            <legend className="field__label">Roles on the team</legend>
            {LS_ROLES.map((role) => (
              <Checkbox key={role} name="roles" label={LS_ROLE_LABELS[role]} checked={roles.includes(role)} onChange={(on) => toggle(role, on)} />
            ))}
          </fieldset>
        </>
      )}
    </SidePanelForm>
  );
}
