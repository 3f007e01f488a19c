// "New team" in a side panel: the team's name and, if it belongs to one, its
// school. An empty name is refused in the backend's words and makes nothing.
import { useState } from 'react';
import type { School } from '../../../shared/domain.js';
import type { Team } from '../../../shared/lessonStudy/team.js';
import { useApi } from '../../appContext.js';
import { SelectField, TextField } from '../../ui/Fields.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';

export function TeamForm({ schools, onCancel, onSaved }: { schools: School[]; onCancel(): void; onSaved(team: Team): void }) {
  const api = useApi();
  const [name, setName] = useState('');
  const [schoolId, setSchoolId] = useState('');
  return (
    <SidePanelForm heading="New team" submitLabel="Create team" save={() => api.saveLessonStudyTeam({ name, schoolId: schoolId || null })} onSaved={onSaved} onCancel={onCancel}>
      {(invalid) => (
        <>
          <TextField label="Team name" name="name" required autoFocus hint="For example “Grade 4 math team”." value={name} invalid={invalid === 'name'} onChange={setName} />
          <SelectField
            label="School"
            name="schoolId"
            value={schoolId}
            options={[{ value: '', label: 'Several schools, or none' }, ...schools.map((s) => ({ value: s.id, label: s.name }))]}
            onChange={setSchoolId}
          />
        </>
      )}
    </SidePanelForm>
  );
}
