// One rubric: pick any of its versions (retired ones too) or its draft, see
// what identifies that version (fingerprint, date, origin, retired), read it
// as an observer will, and act on it: duplicate, start a new version, edit
// the draft, export, retire or bring back, compare.
import { useState } from 'react';
import type { RubricSummary } from '../../../shared/rubric/records.js';
import { useApi, useAppStore, useStoreApi } from '../../appContext.js';
import { SelectField } from '../../ui/Fields.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { downloadText } from './downloadText.js';
import { ProblemList } from './ImportProblems.js';
import { NewRubricDialog } from './NewRubricDialog.js';
import { RubricPreview } from './preview/RubricPreview.js';
import { MissingRubric, RubricFrame, useRubricSummary } from './RubricFrame.js';
import {
  BUILT_IN_NOTE,
  ORIGIN_LABELS,
  RETIRED_NOTE,
  choiceLabel,
  choicesOf,
  dateOf,
  defaultChoice,
  fingerprintOf,
  problemCount,
} from './rubricWords.js';
import type { VersionChoice } from './rubricsStore.js';
import { useRubricChoice, type ChosenContent } from './useRubricChoice.js';

export function RubricVersionView({ id, version }: { id: string; version: VersionChoice | null }) {
  const { rubric, loaded, loadError } = useRubricSummary(id);
  return (
    <RubricFrame titleId="rubric-version-title" title={rubric?.name ?? id} rubric={rubric} loadError={loadError}>
      {rubric ? <VersionDetails rubric={rubric} requested={version} /> : loaded && !loadError ? <MissingRubric id={id} /> : null}
    </RubricFrame>
  );
}

function VersionDetails({ rubric, requested }: { rubric: RubricSummary; requested: VersionChoice | null }) {
  const api = useApi();
  const store = useStoreApi('rubrics');
  const notice = useAppStore('rubrics', (s) => s.notice);
  const choices = choicesOf(rubric);
  // A version asked for that is not there (a draft just published) falls back to the default.
  const choice = requested !== null && choices.includes(requested) ? requested : defaultChoice(rubric);
  const [revision, setRevision] = useState(0);
  const { content, error } = useRubricChoice(rubric.id, choice, revision);
  const [actionError, setActionError] = useState<string | null>(null);
  const [duplicating, setDuplicating] = useState(false);

  const pick = (next: VersionChoice) => {
    setActionError(null);
    store.getState().show({ kind: 'version', id: rubric.id, version: next });
  };
  const openEditor = () => store.getState().show({ kind: 'editor', id: rubric.id });

  /** Runs an action; its refusal is shown as the backend's sentence. */
  const act = async (work: () => Promise<void>) => {
    setActionError(null);
    try {
      await work();
    } catch (err) {
      setActionError(messageOf(err));
    }
  };

  const startNewVersion = () =>
    act(async () => {
      await api.createRubricDraft({ mode: 'revise', id: rubric.id });
      await store.getState().load();
      openEditor();
    });

  const exportVersion = (version: number) =>
    act(async () => {
      const file = await api.exportRubric({ id: rubric.id, version });
      downloadText(file.fileName, file.text);
      store.getState().show({ kind: 'version', id: rubric.id, version }, `Exported version ${version} as ${file.fileName}.`);
    });

  const setRetired = (version: number, retired: boolean) =>
    act(async () => {
      await api.setRubricVersionRetired({ id: rubric.id, version, retired });
      await store.getState().load();
      setRevision((r) => r + 1);
      store
        .getState()
        .show(
          { kind: 'version', id: rubric.id, version },
          retired ? `Version ${version} retired. It stays readable and keeps its scores.` : `Version ${version} is back in use.`,
        );
    });

  const compare = () => {
    if (choice === null) return;
    const [a, b] = comparePair(choices, choice);
    store.getState().show({ kind: 'compare', id: rubric.id, a, b });
  };

  const published = content?.kind === 'version' ? content.stored : null;

  return (
    <>
      <div className="rubric-version__bar">
        {choices.length > 0 ? (
          <SelectField
            label="Version"
            value={String(choice)}
            onChange={(value) => pick(value === 'draft' ? 'draft' : Number(value))}
            options={choices.map((c) => ({ value: String(c), label: choiceLabel(rubric, c) }))}
          />
        ) : null}
        {content ? <VersionFacts content={content} /> : null}
      </div>

      <div className="rubric-actions" role="group" aria-label="Actions on this rubric">
        {rubric.draft ? (
          <button type="button" className="button button--primary" onClick={openEditor}>
            Edit draft
          </button>
        ) : !rubric.builtIn && rubric.versions.length > 0 ? (
          <button type="button" className="button button--primary" onClick={() => void startNewVersion()}>
            New version
          </button>
        ) : null}
        {published ? (
          <>
            <button type="button" className="button button--secondary" onClick={() => setDuplicating(true)}>
              Duplicate…
            </button>
            <button type="button" className="button button--secondary" onClick={() => void exportVersion(published.version)}>
              Export
            </button>
            <button type="button" className="button button--secondary" onClick={() => void setRetired(published.version, !published.retired)}>
              {published.retired ? 'Bring back' : 'Retire version'}
            </button>
          </>
        ) : null}
        {choices.length >= 2 ? (
          <button type="button" className="button button--secondary" onClick={compare}>
            Compare versions
          </button>
        ) : null}
      </div>
      <div className="rubric-actions__notes small muted">
        {rubric.builtIn ? <p>{BUILT_IN_NOTE}</p> : null}
        {published ? <p>{RETIRED_NOTE}</p> : null}
      </div>

      <ErrorAlert message={actionError ?? error} />
      <StatusNote>{notice}</StatusNote>

      {duplicating && published ? (
        <NewRubricDialog
          heading={`Duplicate ${published.name}`}
          intro={`The copy is a new rubric with its own id: a draft at version 1, starting from version ${published.version} of ${published.name}, which does not change.`}
          submitLabel="Duplicate and edit"
          initialName={`${published.name} (copy)`}
          create={async (name, newId) => {
            await api.createRubricDraft({ mode: 'duplicate', from: { id: rubric.id, version: published.version }, id: newId, name });
            await store.getState().load();
            store.getState().show({ kind: 'editor', id: newId });
          }}
          onCancel={() => setDuplicating(false)}
        />
      ) : null}

      {content ? <ChosenPreview content={content} onEdit={openEditor} /> : null}
    </>
  );
}

/** What to compare first: the chosen version against the one before it (or after, for the oldest). */
function comparePair(choices: readonly VersionChoice[], choice: VersionChoice): [VersionChoice, VersionChoice] {
  // choices run newest first, the draft leading.
  const at = choices.indexOf(choice);
  const older = choices[at + 1];
  if (older !== undefined) return [older, choice];
  return [choice, choices[at - 1] ?? choice];
}

function VersionFacts({ content }: { content: ChosenContent }) {
  if (content.kind === 'draft') {
    const { draft, check } = content;
    return (
      <dl className="facts rubric-facts">
        <dt>Status</dt>
        <dd>Draft of version {draft.version}, not published; only this device has it</dd>
        <dt>Last saved</dt>
        <dd>{dateOf(draft.updatedAt)}</dd>
        <dt>Starts from</dt>
        <dd>{draft.basedOn === null ? 'Nothing published yet' : `Version ${draft.basedOn}`}</dd>
        <dt>Checks</dt>
        <dd>{check.ok ? 'Ready to publish' : problemCount(check.problems.length)}</dd>
      </dl>
    );
  }
  const { stored } = content;
  return (
    <dl className="facts rubric-facts">
      <dt>Fingerprint</dt>
      <dd>
        <span className="mono" title={`SHA-256 ${stored.contentHash}`}>
          {fingerprintOf(stored.contentHash)}
        </span>
        <span className="visually-hidden"> (full SHA-256 fingerprint {stored.contentHash})</span>
      </dd>
      <dt>Published</dt>
      <dd>{dateOf(stored.publishedAt)}</dd>
      <dt>Origin</dt>
      <dd>{ORIGIN_LABELS[stored.origin]}</dd>
      <dt>Status</dt>
      <dd>{stored.retired ? <span className="badge badge--muted">Retired</span> : 'In use'}</dd>
    </dl>
  );
}

function ChosenPreview({ content, onEdit }: { content: ChosenContent; onEdit(): void }) {
  if (content.kind === 'version') {
    return (
      <div className="panel rubric-version__preview">
        <RubricPreview rubric={content.stored.rubric} />
      </div>
    );
  }
  const { check } = content;
  if (check.ok) {
    return (
      <div className="panel rubric-version__preview">
        <p className="small muted">Preview of the draft, as observers will see it once it is published.</p>
        <RubricPreview rubric={check.rubric} />
      </div>
    );
  }
  return (
    <div className="panel rubric-version__preview">
      <h2>The draft has {problemCount(check.problems.length)} to fix</h2>
      <p className="muted">It can be previewed and published once every one is fixed.</p>
      <ProblemList problems={check.problems} />
      <button type="button" className="button button--secondary" onClick={onEdit}>
        Fix in the editor
      </button>
    </div>
  );
}
