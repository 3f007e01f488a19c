// The frame both directory lists share: a dense table whose first cell names
// the record (with an "Archived" badge) and whose last holds its Edit and
// Archive / Unarchive buttons, named after the record they act on.
import type { ReactNode } from 'react';
import { ColumnHeads } from '../../ui/ColumnHeads.js';

/** What a directory row needs to know about its record. */
export interface DirectoryRecord {
  id: string;
  name: string;
  archived: boolean;
}

export function DirectoryTable({ caption, columns, children }: { caption: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <ColumnHeads columns={columns} />
      <tbody>{children}</tbody>
    </table>
  );
}

export function DirectoryRow<R extends DirectoryRecord>({
  record,
  onEdit,
  onToggleArchived,
  children,
}: {
  record: R;
  onEdit(record: R): void;
  onToggleArchived(record: R): void;
  /** The cells between the name and the actions. */
  children: ReactNode;
}) {
  const archiveAction = record.archived ? 'Unarchive' : 'Archive';
  return (
    <tr className={record.archived ? 'is-archived' : undefined}>
      <th scope="row">
        {record.name} {record.archived ? <span className="badge badge--muted">Archived</span> : null}
      </th>
      {children}
      <td className="data-table__actions">
        <button type="button" className="button button--ghost button--small" aria-label={`Edit ${record.name}`} onClick={() => onEdit(record)}>
          Edit
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          aria-label={`${archiveAction} ${record.name}`}
          onClick={() => onToggleArchived(record)}
        >
          {archiveAction}
        </button>
      </td>
    </tr>
  );
}
