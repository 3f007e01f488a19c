// The rubric editor: one draft, edited section by section, checked live with
// the same checkRubric the importer and the backend use, saved as it is
// typed, previewed as observers will see it, and published as a frozen
// version when it has no problems.
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { checkRubric } from '../../../../shared/rubric/validate.js';
import { ScreenHeading } from '../../../ui/ScreenHeading.js';
import { ErrorAlert } from '../../../ui/Notices.js';
import { DraftActions, type DraftDialog } from './DraftActions.js';
import { EditorContext, type EditorContextValue } from './editorContext.js';
import { EditorTabs, panelId, tabId, type Tab } from './EditorTabs.js';
import { focusPath, sectionOf, type SectionId } from './fieldPaths.js';
import { ProblemList } from './ProblemList.js';
import { SaveStatus } from './SaveStatus.js';
import { CalibrationSection } from './sections/CalibrationSection.js';
import { DetailsSection } from './sections/DetailsSection.js';
import { DimensionsSection } from './sections/DimensionsSection.js';
import { EpisodeTypesSection } from './sections/EpisodeTypesSection.js';
import { PreviewSection } from './sections/PreviewSection.js';
import { ProtocolSection } from './sections/ProtocolSection.js';
import { ScaleSection } from './sections/ScaleSection.js';
import { useDraft } from './useDraft.js';
import { toContent } from './workingCopy.js';

const SECTIONS: readonly { id: SectionId; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'scoring', label: 'Scale and scoring' },
  { id: 'episodes', label: 'Episode types' },
  { id: 'dimensions', label: 'Dimensions' },
  { id: 'protocol', label: 'Protocol' },
  { id: 'calibration', label: 'Calibration' },
  { id: 'preview', label: 'Preview' },
];

const TITLE_ID = 'rubric-edit-title';

export function RubricEditor({ id, onClose, onPublished }: { id: string; onClose(): void; onPublished(version: number): void }) {
  const draft = useDraft(id);
  const { working, update } = draft;
  const [section, setSection] = useState<SectionId>('details');
  const [dialog, setDialog] = useState<DraftDialog>(null);
  const [announcement, setAnnouncement] = useState('');
  // A problem chosen in the list: focused once its section has rendered.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  const check = useMemo(() => (working ? checkRubric(toContent(working)) : null), [working]);
  const problems = useMemo(() => (check && !check.ok ? check.problems : []), [check]);

  const context = useMemo<EditorContextValue | null>(
    () => (working ? { rubric: working, update, problems, announce: setAnnouncement } : null),
    [working, update, problems],
  );

  useEffect(() => {
    if (focusTarget === null) return;
    focusPath(focusTarget);
    // Cleared in the effect on purpose: the focus has to wait for the section's render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFocusTarget(null);
  }, [focusTarget, section]);

  if (draft.load.kind === 'loading') return <p className="muted">Opening the draft…</p>;
  if (draft.load.kind === 'failed' || !working || !context || !check) {
    return (
      <div className="rubric-editor">
        <ErrorAlert message={draft.load.kind === 'failed' ? draft.load.message : 'The draft could not be opened.'} />
        <button type="button" className="button button--secondary" onClick={onClose}>
          Back to the library
        </button>
      </div>
    );
  }
  const version = draft.load.draft.version;

  const goTo = (path: string) => {
    setSection(sectionOf(path));
    setFocusTarget(path);
  };

  // A change that could not be saved keeps the editor open (the status says why) rather than vanish.
  const close = async () => {
    if (await draft.flush()) onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (problems.length === 0) setDialog('publish');
      else setAnnouncement(`Publishing is possible once the draft has no problems; ${problems.length} left.`);
    } else if (event.key === 's') {
      event.preventDefault();
      void draft.flush();
    }
  };

  const tabs: Tab[] = SECTIONS.map((s) => ({ ...s, problems: s.id === 'preview' ? 0 : problems.filter((p) => sectionOf(p.path) === s.id).length }));
  const active = SECTIONS.find((s) => s.id === section)!;

  return (
    <EditorContext.Provider value={context}>
      {/* Leaving any field saves at once; Ctrl+Enter and Ctrl+S work from anywhere in the editor. */}
      <div className="rubric-editor" onKeyDown={onKeyDown} onBlur={() => void draft.flush()}>
        <header className="rubric-editor__header">
          <div>
            <ScreenHeading id={TITLE_ID}>
              Draft of {working.name.trim() || 'an unnamed rubric'} · version {version} · {id}
            </ScreenHeading>
            <p className="rubric-editor__hint small muted">
              <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> moves the focused item · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> publishes when valid · <kbd>Ctrl</kbd>+<kbd>S</kbd> saves now
            </p>
          </div>
          <div className="rubric-editor__tools">
            <SaveStatus state={draft.saveState} onRetry={() => void draft.flush()} />
            <button type="button" className="button button--secondary" onClick={() => void close()}>
              Close
            </button>
          </div>
        </header>
        <DraftActions
          version={version}
          problems={problems.length}
          dialog={dialog}
          onDialog={setDialog}
          publish={async () => onPublished(await draft.publish())}
          discard={async () => {
            await draft.discard();
            onClose();
          }}
        />
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <div className="rubric-editor__body">
          <div className="rubric-editor__main">
            <EditorTabs tabs={tabs} active={section} onSelect={setSection} />
            <div className="editor-panel" role="tabpanel" id={panelId(section)} aria-labelledby={tabId(section)} tabIndex={-1}>
              <h2 className={section === 'preview' ? undefined : 'visually-hidden'}>{active.label}</h2>
              {section === 'details' ? <DetailsSection /> : null}
              {section === 'scoring' ? <ScaleSection /> : null}
              {section === 'episodes' ? <EpisodeTypesSection /> : null}
              {section === 'dimensions' ? <DimensionsSection /> : null}
              {section === 'protocol' ? <ProtocolSection /> : null}
              {section === 'calibration' ? <CalibrationSection /> : null}
              {section === 'preview' ? <PreviewSection check={check} onGoTo={goTo} /> : null}
            </div>
          </div>
          <aside className="rubric-editor__problems" aria-label="Problems in the draft">
            <ProblemList problems={problems} onGoTo={goTo} headingId="rubric-edit-problems" />
          </aside>
        </div>
      </div>
    </EditorContext.Provider>
  );
}
