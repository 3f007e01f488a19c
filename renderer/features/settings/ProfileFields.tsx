// Who uses this device: name, role and district. Shared by the first-run
// screen and Settings so the two always ask the same thing the same way.
import { ROLES, ROLE_LABELS, type Role, type Settings } from '../../../shared/domain.js';
import { SelectField, TextField } from '../../ui/Fields.js';
import type { SettingsPatch } from './settingsStore.js';

export interface ProfileValues {
  userName: string;
  role: Role | '';
  district: string;
}

export function profileFromSettings(settings: Settings | null): ProfileValues {
  return { userName: settings?.userName ?? '', role: settings?.role ?? '', district: settings?.district ?? '' };
}

export function profileToPatch(values: ProfileValues): SettingsPatch {
  return { userName: values.userName, role: values.role === '' ? null : values.role, district: values.district };
}

const ROLE_OPTIONS = [
  { value: '', label: 'Not chosen yet' },
  ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
];

export function ProfileFields({ values, onChange }: { values: ProfileValues; onChange(values: ProfileValues): void }) {
  return (
    <>
      <TextField
        label="Your name"
        autoComplete="name"
        value={values.userName}
        onChange={(userName) => onChange({ ...values, userName })}
      />
      <SelectField
        label="Your role"
        value={values.role}
        options={ROLE_OPTIONS}
        onChange={(role) => onChange({ ...values, role: role as Role | '' })}
      />
      <TextField
        label="District"
        autoComplete="organization"
        value={values.district}
        hint="The school district you observe in."
        onChange={(district) => onChange({ ...values, district })}
      />
    </>
  );
}
