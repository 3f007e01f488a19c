// The app once first run is done: sidebar, conflict banner, and the current
// section. It follows the URL hash (Back/Forward) and moves focus to the new
// screen's heading when the section changes.
import { lazy, Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { CalibrateSection } from '../calibrate/CalibrateSection.js';
import { PeopleScreen } from '../directory/PeopleScreen.js';
import { LessonStudySection } from '../lessonStudy/LessonStudySection.js';
import { ObserveSection } from '../observe/ObserveSection.js';
import { RubricsScreen } from '../rubrics/RubricsScreen.js';
import { SchoolsScreen } from '../directory/SchoolsScreen.js';
import { SettingsScreen } from '../settings/SettingsScreen.js';
import { SyncSection } from '../sync/SyncSection.js';
import { ConflictBanner } from './ConflictBanner.js';
import { Navigation } from './Navigation.js';
import { ReconnectNotice } from './ReconnectNotice.js';
import type { SectionId } from './sections.js';

// Insights brings the chart library; it loads when first opened, so the
// screens used all day in classrooms do not wait for it.
const InsightsScreen = lazy(() => import('../insights/InsightsScreen.js').then((m) => ({ default: m.InsightsScreen })));

/** Shown while Insights' code loads; its figures start loading meanwhile, not after. */
function OpeningInsights() {
  const insights = useStoreApi('insights');
  useEffect(() => insights.getState().prefetch(), [insights]);
  return <p role="status">Opening Insights…</p>;
}

function focusScreenHeading(main: HTMLElement | null) {
  main?.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
}

export function AppShell() {
  const section = useAppStore('navigation', (s) => s.section);
  const homeVisits = useAppStore('navigation', (s) => s.homeVisits);
  const navigation = useStoreApi('navigation');
  const conflicts = useStoreApi('conflicts');
  const observe = useStoreApi('observe');
  const hub = useStoreApi('hub');
  const mainRef = useRef<HTMLElement>(null);
  const shownSection = useRef<SectionId | null>(null);

  useEffect(() => {
    // An observation still on screen when the app stopped (a crash, a closed
    // lid) comes back by itself: the coach is likely still in the classroom.
    void observe.getState().recover().then((found) => found && navigation.getState().go('observe'));
  }, [observe, navigation]);

  useEffect(() => {
    // The host syncs with the hub on its own and says so (appContext.tsx); this is where the sidebar and the Sync screen start.
    void hub.getState().refresh();
  }, [hub]);

  useEffect(() => {
    const follow = () => navigation.getState().syncFromLocation();
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, [navigation]);

  useEffect(() => {
    // Not on the first screen of the session: only when the person moved.
    if (shownSection.current !== null && shownSection.current !== section) focusScreenHeading(mainRef.current);
    shownSection.current = section;
    // Conflicts arrive with sync; checking on every move keeps the banner current.
    void conflicts.getState().load();
  }, [section, conflicts]);

  useEffect(() => {
    // A sidebar link to the section already open brings its home back: start at its top, as a move between sections does.
    if (homeVisits > 0) focusScreenHeading(mainRef.current);
  }, [homeVisits]);

  const skipToContent = (event: MouseEvent) => {
    event.preventDefault();
    focusScreenHeading(mainRef.current);
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        Skip to content
      </a>
      <Navigation />
      <main className="shell__main" id="main-content" ref={mainRef}>
        <ReconnectNotice />
        <ConflictBanner />
        <CurrentSection section={section} />
      </main>
    </div>
  );
}

function CurrentSection({ section }: { section: SectionId }) {
  switch (section) {
    case 'observe':
      return <ObserveSection />;
    case 'calibrate':
      return <CalibrateSection />;
    case 'lesson-study':
      return <LessonStudySection />;
    case 'schools':
      return <SchoolsScreen />;
    case 'people':
      return <PeopleScreen />;
    case 'rubrics':
      return <RubricsScreen />;
    case 'insights':
      return (
        <Suspense fallback={<OpeningInsights />}>
          <InsightsScreen />
        </Suspense>
      );
    case 'settings':
      return <SettingsScreen />;
    case 'sync':
      return <SyncSection />;
  }
}
