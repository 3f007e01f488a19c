// Calibrate home: the rounds on this device, "New round" (N) in a side panel
// beside them, and the board of raters with their calibrated status. A new
// round opens at once, ready for anchors and the first rater's turn.
import { useRef, useState } from 'react';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { useKeyShortcut } from '../../ui/useKeyShortcut.js';
import { CALIBRATION_TABLES } from '../../followedTables.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { NewRoundForm } from './NewRoundForm.js';
import { RaterBoard } from './RaterBoard.js';
import { RoundsTable } from './RoundsTable.js';

export function CalibrateHome() {
  const calibrate = useStoreApi('calibrate');
  const notice = useAppStore('calibrate', (s) => s.notice);
  const { data: rounds, error } = useLoaded((api) => api.listCalibrationRounds({}), 'rounds', CALIBRATION_TABLES);
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);

  useKeyShortcut('n', () => setCreating(true), !creating);

  const closeForm = () => {
    setCreating(false);
    requestAnimationFrame(() => newButton.current?.focus());
  };
  const openRound = (roundId: string) => calibrate.getState().open({ kind: 'round', roundId });

  return (
    <section className="screen" aria-labelledby="calibrate-title">
      <header className="screen__header">
        <ScreenHeading id="calibrate-title">Calibrate</ScreenHeading>
        <div className="screen__tools">
          <button type="button" ref={newButton} className="button button--primary" aria-keyshortcuts="N" disabled={creating} onClick={() => setCreating(true)}>
            New round <kbd aria-hidden="true">N</kbd>
          </button>
        </div>
      </header>
      <ErrorAlert message={error} />
      <StatusNote>{notice}</StatusNote>
      <div className={creating ? 'split split--open' : 'split'}>
        {creating ? <NewRoundForm onCancel={closeForm} onCreated={(round) => openRound(round.id)} /> : null}
        <div className="split__main calibrate-home">
          <h2>Rounds</h2>
          {rounds ? <RoundsTable rounds={rounds} onOpen={(round) => openRound(round.id)} /> : null}
          <RaterBoard />
        </div>
      </div>
    </section>
  );
}
