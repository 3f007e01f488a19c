// The layout both directory screens share: a header with the screen's tools
// and its "New …" button, any filters, the error and status messages, then
// the side-panel form beside the list.
import { Fragment, type ReactNode } from 'react';
import { ErrorAlert } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import type { DirectoryRecord } from './DirectoryTable.js';
import { UndoableNotice } from './UndoableNotice.js';
import type { DirectoryList } from './useDirectoryList.js';

export function DirectoryScreenLayout<R extends DirectoryRecord>({
  titleId,
  title,
  newLabel,
  tools,
  filters,
  error,
  list,
  form,
  children,
}: {
  titleId: string;
  title: string;
  /** The "New …" button's text, e.g. "New school". */
  newLabel: string;
  /** Shown before the "New …" button. */
  tools?: ReactNode;
  /** Shown under the header. */
  filters?: ReactNode;
  error: string | null;
  list: DirectoryList<R>;
  /** The add (null) or edit form, while the side panel is open. */
  form(record: R | null): ReactNode;
  /** The list itself, or a note saying why it is empty. */
  children: ReactNode;
}) {
  const { editing, newButtonRef, startNew, notice } = list;
  return (
    <section className="screen" aria-labelledby={titleId}>
      <header className="screen__header">
        <ScreenHeading id={titleId}>{title}</ScreenHeading>
        <div className="screen__tools">
          {tools}
          <button
            type="button"
            ref={newButtonRef}
            className="button button--primary"
            aria-keyshortcuts="N"
            onClick={startNew}
            disabled={editing !== null}
          >
            {newLabel} <kbd aria-hidden="true">N</kbd>
          </button>
        </div>
      </header>
      {filters}
      <ErrorAlert message={error} />
      <UndoableNotice notice={notice} />
      <div className={editing ? 'split split--open' : 'split'}>
        {/* Before the list in reading order: it is what the person is working on.
            Keyed, so that editing another record starts from a fresh form. */}
        {editing ? <Fragment key={editing.record?.id ?? 'new'}>{form(editing.record)}</Fragment> : null}
        <div className="split__main table-scroll">{children}</div>
      </div>
    </section>
  );
}
