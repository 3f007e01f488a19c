// Naming a rubric that does not exist yet, from scratch ("New rubric") or as
// a copy of a version ("Duplicate…"): a name, and an id that follows the name
// as a slug until the person edits it. The id rule is said up front and
// checked before anything is sent, so the common mistakes get a plain answer.
import { useState } from 'react';
import { AppError } from '../../../shared/errors.js';
import { TextField } from '../../ui/Fields.js';
import { FormDialog } from './FormDialog.js';
import { ID_RULE, slugOf } from './rubricWords.js';

const RUBRIC_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function NewRubricDialog({
  heading,
  intro,
  submitLabel,
  initialName = '',
  create,
  onCancel,
}: {
  heading: string;
  intro?: string;
  submitLabel: string;
  initialName?: string;
  /** Creates the draft (and moves on); throws the backend's refusal. */
  create(name: string, id: string): Promise<void>;
  onCancel(): void;
}) {
  const [name, setName] = useState(initialName);
  const [id, setId] = useState(() => slugOf(initialName));
  // The id follows the name until the person types an id of their own.
  const [idEdited, setIdEdited] = useState(false);

  const changeName = (value: string) => {
    setName(value);
    if (!idEdited) setId(slugOf(value));
  };

  const submit = async () => {
    // Refused the way the backend refuses a field ("field: sentence"), so the form marks and focuses it.
    if (name.trim() === '') throw new AppError('invalid_input', 'name: Give the rubric a name.');
    if (!RUBRIC_ID.test(id)) throw new AppError('invalid_input', `id: The id "${id}" cannot be used. ${ID_RULE}`);
    await create(name.trim(), id);
  };

  return (
    <FormDialog heading={heading} intro={intro} submitLabel={submitLabel} submit={submit} onCancel={onCancel}>
      {(invalidField) => (
        <>
          <TextField label="Name" name="name" value={name} onChange={changeName} required invalid={invalidField === 'name'} maxLength={120} autoComplete="off" />
          <TextField
            label="Id"
            name="id"
            value={id}
            onChange={(value) => {
              setIdEdited(true);
              setId(value);
            }}
            required
            invalid={invalidField === 'id'}
            hint={`The rubric's permanent name in files and exports. ${ID_RULE}`}
            spellCheck={false}
            autoComplete="off"
          />
        </>
      )}
    </FormDialog>
  );
}
