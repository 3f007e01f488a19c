// One calibration round: what it is (rubric, lesson, facilitator, how raters
// score, the rule in a sentence) and where it stands (Scoring, Evidence,
// Reveal). While raters score: their turns and the anchor scores. Once every
// sheet is in: the evidence with no scores, and the reveal. After reveal:
// every score, the anchors, the statistics and the consensus.
import { useEffect, useRef, useState } from 'react';
import { SCORING_MODE_LABELS, type RoundDetail } from '../../../shared/calibration/schemas.js';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { AnchorPanel } from './AnchorPanel.js';
import { EvidenceView } from './EvidenceView.js';
import { PhaseSteps } from './PhaseSteps.js';
import { RaterTurns } from './RaterTurns.js';
import { RevealView } from './RevealView.js';
import type { RoundRubric } from './roundRubric.js';
import { lessonInWords, ruleInWords } from './roundWords.js';
import { useRound } from './useRound.js';

const TITLE_ID = 'round-title';

export function RoundScreen({ roundId }: { roundId: string }) {
  const { round, rubric, error, setRound } = useRound(roundId);
  if (!round || !rubric) {
    return (
      <section className="screen" aria-label="Calibration round">
        <ErrorAlert message={error} />
        <BackToCalibrate />
      </section>
    );
  }
  return <LoadedRound round={round} rubric={rubric} setRound={setRound} />;
}

export function BackToCalibrate() {
  const calibrate = useStoreApi('calibrate');
  return (
    <button type="button" className="button button--secondary" onClick={() => calibrate.getState().open({ kind: 'home' })}>
      Back to Calibrate
    </button>
  );
}

function LoadedRound({ round, rubric, setRound }: { round: RoundDetail; rubric: RoundRubric; setRound(round: RoundDetail): void }) {
  // The notice from the screen before ("…pass the laptop to Ben") is this screen's until something here replaces it.
  const greeting = useAppStore('calibrate', (s) => s.notice);
  const [notice, setNotice] = useState(greeting);
  // Back from a rater's turn (it left a notice): the next rater's button takes focus.
  const [backFromTurn] = useState(greeting !== null);

  // The phase moves on here only by revealing: the evidence and its button are gone, so focus goes to the top.
  const shownPhase = useRef(round.phase);
  useEffect(() => {
    if (shownPhase.current !== round.phase) document.getElementById(TITLE_ID)?.focus();
    shownPhase.current = round.phase;
  }, [round.phase]);

  return (
    <section className="screen calibrate-round" aria-labelledby={TITLE_ID}>
      <header className="screen__header">
        <ScreenHeading id={TITLE_ID}>{round.name}</ScreenHeading>
        <div className="screen__tools">
          <BackToCalibrate />
        </div>
      </header>
      <dl className="facts round-facts">
        <dt>Rubric</dt>
        <dd>
          {round.rubricName} (version {round.rubric.version})
        </dd>
        <dt>Lesson</dt>
        <dd>{lessonInWords(round)}</dd>
        <dt>Facilitator</dt>
        <dd>{round.facilitator.name}</dd>
        <dt>Scoring</dt>
        <dd>{SCORING_MODE_LABELS[round.mode]}</dd>
        <dt>Rule</dt>
        <dd>{ruleInWords(round.rule)}</dd>
      </dl>
      <PhaseSteps phase={round.phase} />
      <StatusNote>{notice}</StatusNote>
      {round.phase === 'scoring' ? (
        <div className="round-scoring">
          <RaterTurns round={round} focusNext={backFromTurn} />
          <AnchorPanel round={round} rubric={rubric} onSaved={(anchorsSet) => setRound({ ...round, anchorsSet })} />
        </div>
      ) : round.phase === 'evidence' ? (
        <EvidenceView
          round={round}
          onRevealed={(revealed) => {
            setNotice('Scores revealed.');
            setRound(revealed);
          }}
        />
      ) : (
        <RevealView round={round} onChange={setRound} />
      )}
    </section>
  );
}
