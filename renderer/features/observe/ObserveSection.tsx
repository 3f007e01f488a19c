// The Observe section: home (today, recent, search) or one observation's
// capture screen, as the observe store says.
import { useAppStore } from '../../appContext.js';
import { CaptureScreen } from './CaptureScreen.js';
import { HistoryScreen } from './HistoryScreen.js';
import { ObserveHome } from './ObserveHome.js';
import { ReportScreen } from './ReportScreen.js';

export function ObserveSection() {
  const screen = useAppStore('observe', (s) => s.screen);
  if (screen.kind === 'history') return <HistoryScreen key={screen.teacherId} teacherId={screen.teacherId} />;
  if (screen.kind === 'report') return <ReportScreen key={screen.id} id={screen.id} />;
  // Keyed, so that opening another observation starts from a fresh screen.
  return screen.kind === 'capture' ? <CaptureScreen key={screen.id} id={screen.id} /> : <ObserveHome />;
}
