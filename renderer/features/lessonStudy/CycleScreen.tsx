// One lesson study cycle: its header (title, team, research theme, variant),
// the phase timeline, and a tab bar over its parts. The detail is read when
// the screen opens and again whenever the store announces a change to what a
// cycle shows (another device's edit arriving by sync); every edit on any tab
// returns it fresh, so all tabs agree.
import { LS_VARIANT_LABELS } from '../../../shared/lessonStudy/cycle.js';
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { CYCLE_TABLES } from '../../followedTables.js';
import { useEdited, useLoaded } from '../../ui/useLoaded.js';
import { EditorTabs, panelId, tabId } from '../rubrics/editor/EditorTabs.js';
import { CYCLE_TAB_PANELS } from './cycleTabPanels.js';
import { CYCLE_TAB_LABELS, tabsFor } from './cycleTabs.js';
import type { CycleTab } from './lessonStudyStore.js';
import { dayInWords } from './lessonStudyWords.js';
import { PhaseTimeline } from './PhaseTimeline.js';

const TITLE_ID = 'ls-cycle-title';
const PREFIX = 'ls-cycle';

export function CycleScreen({ cycleId }: { cycleId: string }) {
  const { data, error } = useLoaded((api) => api.getLessonStudyCycle({ id: cycleId }), cycleId, CYCLE_TABLES);
  const [detail, setDetail] = useEdited(data);
  if (!detail) {
    return (
      <section className="screen" aria-label="Lesson study cycle">
        <ErrorAlert message={error} />
        <BackToLessonStudy />
      </section>
    );
  }
  return <LoadedCycle detail={detail} onDetail={setDetail} />;
}

function BackToLessonStudy() {
  const lessonStudy = useStoreApi('lessonStudy');
  return (
    <button type="button" className="button button--secondary" onClick={() => lessonStudy.getState().open({ kind: 'home' })}>
      Back to Lesson study
    </button>
  );
}

function LoadedCycle({ detail, onDetail }: { detail: CycleDetail; onDetail(next: CycleDetail): void }) {
  const lessonStudy = useStoreApi('lessonStudy');
  const screen = useAppStore('lessonStudy', (s) => s.screen);
  // The store's notice: "Cycle … started" from the home, "Plan version 2 made…" from the Discussion tab, a phase moved here.
  const notice = useAppStore('lessonStudy', (s) => s.notice);
  const { cycle, team } = detail;
  const tabs = tabsFor(cycle.variant);
  const wanted = screen.kind === 'cycle' ? screen.tab : 'overview';
  const active = tabs.includes(wanted) ? wanted : 'overview';
  const Panel = CYCLE_TAB_PANELS[active];
  const select = (tab: CycleTab, sentence: string | null = null) => lessonStudy.getState().open({ kind: 'cycle', cycleId: cycle.id, tab }, sentence);

  return (
    <section className="screen ls-cycle" aria-labelledby={TITLE_ID}>
      <header className="screen__header">
        <ScreenHeading id={TITLE_ID}>{cycle.title}</ScreenHeading>
        <div className="screen__tools">
          <BackToLessonStudy />
        </div>
      </header>
      <dl className="facts ls-cycle__facts">
        <dt>Team</dt>
        <dd>{team.name}</dd>
        <dt>Research theme</dt>
        <dd>{cycle.researchTheme || 'Not written yet'}</dd>
        <dt>Variant</dt>
        <dd>{LS_VARIANT_LABELS[cycle.variant]}</dd>
        <dt>Research lesson</dt>
        <dd>{dayInWords(cycle.researchLessonOn)}</dd>
      </dl>
      <PhaseTimeline detail={detail} onDetail={onDetail} onMoved={(sentence) => select(active, sentence)} />
      <StatusNote>{notice}</StatusNote>
      <EditorTabs tabs={tabs.map((id) => ({ id, label: CYCLE_TAB_LABELS[id], problems: 0 }))} active={active} onSelect={(tab) => select(tab)} label="Parts of the cycle" prefix={PREFIX} />
      <div className="ls-cycle__panel" role="tabpanel" id={panelId(active, PREFIX)} aria-labelledby={tabId(active, PREFIX)}>
        <Panel key={active} detail={detail} onDetail={onDetail} />
      </div>
    </section>
  );
}
