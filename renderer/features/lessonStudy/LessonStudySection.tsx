// The Lesson study section: the home (teams, cycles, search) or one cycle on
// one of its tabs, as the lesson study store says. Keyed by cycle, so each
// cycle opens fresh.
import { useAppStore } from '../../appContext.js';
import { CycleScreen } from './CycleScreen.js';
import { LessonStudyHome } from './LessonStudyHome.js';

export function LessonStudySection() {
  const screen = useAppStore('lessonStudy', (s) => s.screen);
  return screen.kind === 'cycle' ? <CycleScreen key={screen.cycleId} cycleId={screen.cycleId} /> : <LessonStudyHome />;
}
