// The Calibrate section: home, a round, a rater's blind sheet, or a rater's
// history, as the calibrate store says. Keyed, so each opens fresh.
import { useAppStore } from '../../appContext.js';
import { CalibrateHome } from './CalibrateHome.js';
import { RaterScreen } from './RaterScreen.js';
import { RoundScreen } from './RoundScreen.js';
import { SheetScreen } from './SheetScreen.js';

export function CalibrateSection() {
  const screen = useAppStore('calibrate', (s) => s.screen);
  switch (screen.kind) {
    case 'round':
      return <RoundScreen key={screen.roundId} roundId={screen.roundId} />;
    case 'sheet':
      return <SheetScreen key={`${screen.roundId}:${screen.raterId}`} roundId={screen.roundId} raterId={screen.raterId} />;
    case 'rater':
      return <RaterScreen key={screen.personId} personId={screen.personId} />;
    default:
      return <CalibrateHome />;
  }
}
