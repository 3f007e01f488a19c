// One rater's blind sheet, during their turn: the round's lesson, each
// dimension to score with its evidence, saved as it goes, and "Submit sheet",
// refused while a dimension is unscored or evidence the rubric requires is
// empty, and confirmed because a submitted sheet is sealed until reveal.
// Nothing here names another rater or shows an anchor: the laptop is in this
// rater's hands.
import { useEffect, useState } from 'react';
import type { RoundDetail, Sheet } from '../../../shared/calibration/schemas.js';
import { sheetProblems } from '../../../shared/calibration/sheetProblems.js';
import type { Api } from '../../../shared/contract.js';
import { useApi, useStoreApi } from '../../appContext.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import type { SaveState } from '../../ui/useAutosave.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { FormDialog } from '../rubrics/FormDialog.js';
import { loadRoundRubric, type RoundRubric } from './roundRubric.js';
import { lessonInWords } from './roundWords.js';
import { SheetDimension } from './SheetDimension.js';
import { entryOf, useSheetAutosave } from './useSheetAutosave.js';

const TITLE_ID = 'sheet-title';
const SAVE_WORDS: Record<SaveState, string> = { unchanged: '', changed: 'Not saved yet', saving: 'Saving…', saved: 'Saved' };

interface SheetData {
  sheet: Sheet;
  round: RoundDetail;
  rubric: RoundRubric;
}

async function loadSheet(api: Api, roundId: string, raterId: string): Promise<SheetData> {
  const [sheet, round] = await Promise.all([api.getCalibrationSheet({ roundId, raterId }), api.getCalibrationRound({ id: roundId })]);
  return { sheet, round, rubric: await loadRoundRubric(api, round.rubric) };
}

/** What the round screen says once a sheet is in: whose turn is next, or that every sheet is in. */
async function handOverNotice(api: Api, roundId: string, raterId: string, raterName: string): Promise<string> {
  const round = await api.getCalibrationRound({ id: roundId });
  const at = round.raters.findIndex((r) => r.personId === raterId);
  // The next in turn order after this rater, wrapping round to anyone skipped earlier.
  const next = [...round.raters.slice(at + 1), ...round.raters.slice(0, at)].find((r) => !r.submitted);
  if (!next) return `${raterName}'s sheet is in. Every sheet is in: talk through the evidence, then reveal the scores.`;
  return round.mode === 'pass_the_laptop' ? `${raterName}'s sheet is in. Pass the laptop to ${next.name}.` : `${raterName}'s sheet is in.`;
}

export function SheetScreen({ roundId, raterId }: { roundId: string; raterId: string }) {
  const { data, error } = useLoaded((api) => loadSheet(api, roundId, raterId), `${roundId}:${raterId}`);
  if (!data) {
    return (
      <section className="screen" aria-label="Rater's sheet">
        <ErrorAlert message={error} />
        <BackToRound roundId={roundId} />
      </section>
    );
  }
  return <LoadedSheet data={data} />;
}

function BackToRound({ roundId }: { roundId: string }) {
  const calibrate = useStoreApi('calibrate');
  return (
    <button type="button" className="button button--secondary" onClick={() => calibrate.getState().open({ kind: 'round', roundId })}>
      Back to the round
    </button>
  );
}

function LoadedSheet({ data: { sheet, round, rubric } }: { data: SheetData }) {
  const api = useApi();
  const calibrate = useStoreApi('calibrate');
  const autosave = useSheetAutosave(sheet.roundId, sheet.raterId, sheet.scores);
  // Once Submit was pressed too early, what is still to do stays listed (and shrinks) until it is done: in the backend's words, which refuse it too.
  const [triedEarly, setTriedEarly] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const entries = rubric.dimensions.map((d) => entryOf(autosave.entries, d.id));
  const problems = sheetProblems(rubric.dimensions, (dimensionId) => entryOf(autosave.entries, dimensionId));
  const scored = entries.filter((e) => e.value !== null || e.na).length;
  const withEvidence = entries.filter((e) => e.evidence.trim() !== '').length;
  const levels = rubric.scale.levels.map((l) => l.value);

  // The turn starts at the top of the sheet, for keyboard and screen-reader users alike.
  useEffect(() => {
    document.getElementById(TITLE_ID)?.focus();
  }, []);

  const askToSubmit = () => {
    if (problems.length > 0) setTriedEarly(true);
    else setConfirming(true);
  };

  const submit = async () => {
    await autosave.flush();
    await api.submitCalibrationSheet({ roundId: sheet.roundId, raterId: sheet.raterId });
    calibrate.getState().open({ kind: 'round', roundId: sheet.roundId }, await handOverNotice(api, sheet.roundId, sheet.raterId, sheet.raterName));
  };

  return (
    <section className="screen calibrate-sheet" aria-labelledby={TITLE_ID}>
      <header className="screen__header">
        <ScreenHeading id={TITLE_ID}>{sheet.raterName}&apos;s sheet</ScreenHeading>
        <div className="screen__tools">
          <BackToRound roundId={sheet.roundId} />
        </div>
      </header>
      <p className="calibrate-sheet__lesson">
        {round.name}: {lessonInWords(round)}
      </p>
      <p className="calibrate-sheet__private">
        This sheet is private: nobody else&apos;s scores and no anchors show here. Once submitted it is sealed, and nobody can open it again until the facilitator reveals the
        scores.
      </p>
      <p className="scoring__keys">
        On a dimension&apos;s levels: <kbd>{`${levels[0]}–${levels[levels.length - 1]}`}</kbd> score{rubric.scale.naAllowed ? <>, <kbd>N</kbd> N/A</> : null}; <kbd>Tab</kbd> goes on to
        its evidence, which saves as you type.
      </p>
      <p className="calibrate-sheet__saved" role="status">
        {SAVE_WORDS[autosave.state]}
      </p>
      <ErrorAlert message={autosave.error} />
      {rubric.dimensions.map((dimension) => (
        <SheetDimension
          key={dimension.id}
          dimension={dimension}
          scale={rubric.scale}
          entry={entryOf(autosave.entries, dimension.id)}
          onChange={(patch, typed) => autosave.change(dimension.id, patch, typed)}
          onLeaveEvidence={() => void autosave.flush().catch(() => undefined)}
        />
      ))}
      <div className="calibrate-sheet__submit">
        <p className="muted">
          {scored} of {rubric.dimensions.length} dimensions scored, {withEvidence} with evidence.
        </p>
        <ErrorAlert message={triedEarly && problems.length > 0 ? problems.join(' ') : null} />
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={askToSubmit}>
            Submit sheet
          </button>
        </div>
      </div>
      {confirming ? (
        <FormDialog
          heading={`Submit ${sheet.raterName}'s sheet?`}
          intro="A submitted sheet is sealed until the reveal: nobody can open or change it, you included."
          submitLabel="Submit"
          submit={submit}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
