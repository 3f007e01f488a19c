// Two versions of one rubric side by side, field by field, so a data lead can
// see exactly what a new version changed before scores are compared across
// it. Changes are marked in words as well as colour; by default only the
// changes show. A draft takes part only when it passes every check.
import { useState } from 'react';
import type { Rubric } from '../../../shared/rubric/format.js';
import type { RubricSummary } from '../../../shared/rubric/records.js';
import { diffRubrics, type DiffRow, type DiffStatus } from '../../../shared/rubric/diff.js';
import { useStoreApi } from '../../appContext.js';
import { Checkbox, SelectField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { MissingRubric, RubricFrame, useRubricSummary } from './RubricFrame.js';
import { choiceLabel, choiceShort, choicesOf, problemCount } from './rubricWords.js';
import type { VersionChoice } from './rubricsStore.js';
import { useRubricChoice, type ChosenState } from './useRubricChoice.js';

export function RubricCompareView({ id, a, b }: { id: string; a: VersionChoice; b: VersionChoice }) {
  const { rubric, loaded, loadError } = useRubricSummary(id);
  return (
    <RubricFrame titleId="rubric-compare-title" title={`Compare versions of ${rubric?.name ?? id}`} rubric={rubric} loadError={loadError} backToRubric>
      {rubric ? <Comparison rubric={rubric} a={a} b={b} /> : loaded && !loadError ? <MissingRubric id={id} /> : null}
    </RubricFrame>
  );
}

const MARKS: Record<Exclude<DiffStatus, 'same'>, string> = { changed: 'Changed', added: 'Added', removed: 'Removed' };

function Comparison({ rubric, a, b }: { rubric: RubricSummary; a: VersionChoice; b: VersionChoice }) {
  const store = useStoreApi('rubrics');
  const [onlyChanges, setOnlyChanges] = useState(true);
  const older = useRubricChoice(rubric.id, a);
  const newer = useRubricChoice(rubric.id, b);
  const options = choicesOf(rubric).map((c) => ({ value: String(c), label: choiceLabel(rubric, c) }));
  const choose = (side: 'a' | 'b', value: string) => {
    const choice: VersionChoice = value === 'draft' ? 'draft' : Number(value);
    store.getState().show({ kind: 'compare', id: rubric.id, a: side === 'a' ? choice : a, b: side === 'b' ? choice : b });
  };

  const olderSide = sideOf(rubric, a, older);
  const newerSide = sideOf(rubric, b, newer);
  const rows = olderSide.rubric && newerSide.rubric && a !== b ? diffRubrics(olderSide.rubric, newerSide.rubric) : null;

  return (
    <>
      <div className="compare-pickers">
        <SelectField label="Older" value={String(a)} onChange={(v) => choose('a', v)} options={options} />
        <SelectField label="Newer" value={String(b)} onChange={(v) => choose('b', v)} options={options} />
        <Checkbox label="Show only changes" checked={onlyChanges} onChange={setOnlyChanges} />
      </div>
      <ErrorAlert message={older.error ?? newer.error} />
      {[olderSide.problem, newerSide.problem].filter(Boolean).map((problem) => (
        <p className="notice notice--warning" key={problem}>
          {problem}
        </p>
      ))}
      {a === b ? <p className="empty-note">Pick two different versions to compare.</p> : null}
      {rows ? <DiffTable rows={rows} onlyChanges={onlyChanges} olderLabel={choiceShort(rubric, a)} newerLabel={choiceShort(rubric, b)} /> : null}
    </>
  );
}

/** One side's rubric, or why it cannot be compared (a draft with problems). */
function sideOf(rubric: RubricSummary, choice: VersionChoice, state: ChosenState): { rubric: Rubric | null; problem: string | null } {
  const { content } = state;
  if (!content) return { rubric: null, problem: null };
  if (content.kind === 'version') return { rubric: content.stored.rubric, problem: null };
  if (content.check.ok) return { rubric: content.check.rubric, problem: null };
  return {
    rubric: null,
    problem: `${choiceShort(rubric, choice)} has ${problemCount(content.check.problems.length)}; fix them in the editor to compare it.`,
  };
}

function DiffTable({ rows, onlyChanges, olderLabel, newerLabel }: { rows: readonly DiffRow[]; onlyChanges: boolean; olderLabel: string; newerLabel: string }) {
  const changes = rows.filter((r) => r.status !== 'same').length;
  const shown = onlyChanges ? rows.filter((r) => r.status !== 'same') : rows;
  return (
    <>
      <p className="compare-count" role="status">
        {changes === 0 ? 'No changes: the two versions say the same thing.' : `${changes} change${changes === 1 ? '' : 's'}`}
      </p>
      {shown.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table diff-table">
            <caption className="visually-hidden">
              {olderLabel} and {newerLabel} side by side
            </caption>
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col">Field</th>
                <th scope="col">{olderLabel}</th>
                <th scope="col">{newerLabel}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row, i) => (
                <tr key={row.key} className={`diff-row diff-row--${row.status}`}>
                  {/* The section is said once per group on screen, on every row for screen readers. */}
                  <td className={shown[i - 1]?.section === row.section ? 'diff-table__section is-repeat' : 'diff-table__section'}>
                    <span>{row.section}</span>
                  </td>
                  <th scope="row">
                    {row.label}{' '}
                    {row.status !== 'same' ? <span className={`diff-mark diff-mark--${row.status}`}>{MARKS[row.status]}</span> : null}
                  </th>
                  <DiffValue value={row.before} />
                  <DiffValue value={row.after} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

function DiffValue({ value }: { value: string | null }) {
  if (value === null) {
    return (
      <td className="diff-table__value muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Not in this version</span>
      </td>
    );
  }
  return <td className="diff-table__value">{value === '' ? <span className="muted">(empty)</span> : value}</td>;
}
