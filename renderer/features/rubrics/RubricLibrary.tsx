// The Rubrics section's home: every rubric on this device (built-in, imported
// and written here) with its published versions and draft, and the two ways
// to add one: write a new rubric, or import a rubric file.
import { useRef, useState } from 'react';
import type { RubricSummary } from '../../../shared/rubric/records.js';
import { useApi, useAppStore, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { useKeyShortcut } from '../../ui/useKeyShortcut.js';
import { ImportProblems } from './ImportProblems.js';
import { ImportRubricButton, type ImportOutcome } from './ImportRubricButton.js';
import { KindBadges } from './KindBadges.js';
import { NewRubricDialog } from './NewRubricDialog.js';
import { draftLine, latestVersion } from './rubricWords.js';

export function RubricLibrary() {
  const api = useApi();
  const store = useStoreApi('rubrics');
  const rubrics = useAppStore('rubrics', (s) => s.rubrics);
  const loaded = useAppStore('rubrics', (s) => s.loaded);
  const loadError = useAppStore('rubrics', (s) => s.loadError);
  const notice = useAppStore('rubrics', (s) => s.notice);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const startNew = () => {
    setOutcome(null);
    setCreating(true);
  };
  useKeyShortcut('n', startNew, !creating);
  useKeyShortcut('i', () => fileInput.current?.click(), !creating);

  const create = async (name: string, id: string) => {
    await api.createRubricDraft({ mode: 'blank', id, name });
    await store.getState().load();
    store.getState().show({ kind: 'editor', id });
  };

  const finishImport = (result: ImportOutcome) => {
    setOutcome(result);
    setImporting(false);
    if (result.kind === 'result' && result.result.outcome === 'stored') void store.getState().load();
  };

  const open = (rubric: RubricSummary) => store.getState().show({ kind: 'version', id: rubric.id, version: null });

  return (
    <section className="screen" aria-labelledby="rubrics-title">
      <header className="screen__header">
        <ScreenHeading id="rubrics-title">Rubrics</ScreenHeading>
        <div className="screen__tools">
          <ImportRubricButton
            inputRef={fileInput}
            importText={(text) => api.importRubric({ text })}
            onStart={() => {
              setImporting(true);
              setOutcome(null);
            }}
            onOutcome={finishImport}
          />
          <button type="button" className="button button--primary" aria-keyshortcuts="N" onClick={startNew} disabled={creating}>
            New rubric
          </button>
        </div>
      </header>
      <p className="rubrics-lead muted">
        Observers score with a published version of a rubric, and a published version never changes: a change is a new version, so scores
        already given keep the wording they were given under.
      </p>
      <p className="keyboard-hint small muted" aria-hidden="true">
        <kbd>N</kbd> new rubric · <kbd>I</kbd> import
      </p>
      <ErrorAlert message={loadError} />
      {outcome?.kind === 'error' ? <ErrorAlert message={`${outcome.fileName} was not imported. ${messageOf(outcome.error)}`} /> : null}
      {outcome?.kind === 'result' && outcome.result.outcome === 'invalid' ? (
        <ImportProblems fileName={outcome.fileName} problems={outcome.result.problems} />
      ) : null}
      <StatusNote>{importing ? 'Importing…' : importedLine(outcome) ?? notice}</StatusNote>
      {creating ? (
        <NewRubricDialog
          heading="New rubric"
          intro="Start from an empty rubric with one dimension and a four-level scale. It stays a draft on this device until you publish it."
          submitLabel="Create and edit"
          create={create}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {!loaded ? null : rubrics.length === 0 ? (
        <p className="empty-note">No rubrics yet. Use “New rubric” to write one, or import a rubric file.</p>
      ) : (
        <div className="table-scroll">
          <RubricTable rubrics={rubrics} onOpen={open} />
        </div>
      )}
    </section>
  );
}

function importedLine(outcome: ImportOutcome | null): string | null {
  if (outcome?.kind !== 'result') return null;
  const { result } = outcome;
  if (result.outcome === 'stored') return `Imported ${result.name} version ${result.version}.`;
  if (result.outcome === 'unchanged') return `Already had ${result.name} version ${result.version}; nothing changed.`;
  return null;
}

function RubricTable({ rubrics, onOpen }: { rubrics: readonly RubricSummary[]; onOpen(rubric: RubricSummary): void }) {
  return (
    <table className="data-table rubric-table">
      <caption className="visually-hidden">Rubrics on this device</caption>
      <thead>
        <tr>
          <th scope="col">Rubric</th>
          <th scope="col">Subject</th>
          <th scope="col">Kind</th>
          <th scope="col">Published</th>
          <th scope="col">Draft</th>
        </tr>
      </thead>
      <tbody>
        {rubrics.map((rubric) => (
          <tr key={rubric.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onOpen(rubric)}>
                {rubric.name}
              </button>
              <span className="rubric-table__id mono muted">{rubric.id}</span>
            </th>
            <td>{rubric.subject}</td>
            <td>
              <KindBadges rubric={rubric} />
            </td>
            <td>
              <PublishedCell rubric={rubric} />
            </td>
            <td>{rubric.draft ? draftLine(rubric.draft) : <span className="muted">None</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PublishedCell({ rubric }: { rubric: RubricSummary }) {
  const latest = latestVersion(rubric);
  if (!latest) return <span className="muted">Not published yet</span>;
  const count = rubric.versions.length;
  const retired = rubric.versions.filter((v) => v.retired).length;
  const extra = [count > 1 ? `${count} versions` : '', retired > 0 ? `${retired} retired` : ''].filter(Boolean).join(', ');
  return (
    <>
      v{latest.version}
      {latest.retired ? ' (retired)' : ''}
      {extra ? <span className="muted"> · {extra}</span> : null}
    </>
  );
}
