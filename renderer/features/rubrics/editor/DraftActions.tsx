// Publish and Discard. Publishing is refused (with the reason beside the
// button) while the draft has problems, and confirmed in a dialog because a
// published version never changes again. Discarding is confirmed too.
import { FormDialog } from '../FormDialog.js';
import { problemCount } from './ProblemList.js';

const reasonId = 'rubric-edit-publish-reason';

export type DraftDialog = 'publish' | 'discard' | null;

export function DraftActions({
  version,
  problems,
  dialog,
  onDialog,
  publish,
  discard,
}: {
  version: number;
  problems: number;
  dialog: DraftDialog;
  onDialog(dialog: DraftDialog): void;
  publish(): Promise<void>;
  discard(): Promise<void>;
}) {
  return (
    <div className="editor-actions">
      <button type="button" className="button button--primary" disabled={problems > 0} aria-describedby={reasonId} onClick={() => onDialog('publish')}>
        Publish version {version}
      </button>
      <button type="button" className="button button--secondary" onClick={() => onDialog('discard')}>
        Discard draft
      </button>
      <p id={reasonId} className="editor-actions__reason small muted">
        {problems > 0 ? `Publishing is possible once the draft has no problems (${problemCount(problems).toLowerCase()} left).` : 'Ready to publish.'}
      </p>
      {dialog === 'publish' ? (
        <FormDialog
          heading={`Publish version ${version}?`}
          intro={`Publishing freezes version ${version}; later changes make version ${version + 1}.`}
          submitLabel={`Publish version ${version}`}
          submit={publish}
          onCancel={() => onDialog(null)}
        />
      ) : null}
      {dialog === 'discard' ? (
        <FormDialog
          heading="Discard this draft?"
          intro={`Every change in the draft of version ${version} is thrown away. Published versions are not touched.`}
          submitLabel="Discard draft"
          submit={discard}
          onCancel={() => onDialog(null)}
        />
      ) : null}
    </div>
  );
}
