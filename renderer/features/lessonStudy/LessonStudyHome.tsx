// Lesson study home: the teams (members and their roles), every cycle, and a
// search across them. "New team", "New cycle" and "Add member" open in a side
// panel beside the lists. A first-time team is told what lesson study here
// does and where to begin.
import { useRef, useState } from 'react';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { CyclesTable } from './CyclesTable.js';
import { LessonStudyIntro } from './LessonStudyIntro.js';
import { LessonStudySearch } from './LessonStudySearch.js';
import type { CycleTab } from './lessonStudyStore.js';
import { MemberForm } from './MemberForm.js';
import { NewCycleForm } from './NewCycleForm.js';
import { TeamForm } from './TeamForm.js';
import { TeamsList } from './TeamsList.js';
import { useLessonStudyHome } from './useLessonStudyHome.js';

type Panel = { kind: 'team' } | { kind: 'cycle' } | { kind: 'member'; teamId: string };

export function LessonStudyHome() {
  const lessonStudy = useStoreApi('lessonStudy');
  const greeting = useAppStore('lessonStudy', (s) => s.notice);
  const [notice, setNotice] = useState(greeting);
  const { teams, cycles, schools, error, putTeam } = useLessonStudyHome();
  const [panel, setPanel] = useState<Panel | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const open = (next: Panel) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setNotice(null);
    setPanel(next);
  };
  const close = () => {
    setPanel(null);
    // Back to the button that opened the panel; the first team's button is gone with the introduction, so then the heading.
    requestAnimationFrame(() => (opener.current?.isConnected ? opener.current : document.getElementById('lesson-study-title'))?.focus());
  };
  const openCycle = (cycleId: string, tab: CycleTab = 'overview', cycleNotice: string | null = null) =>
    lessonStudy.getState().open({ kind: 'cycle', cycleId, tab }, cycleNotice);
  const memberTeam = panel?.kind === 'member' ? teams?.find((t) => t.id === panel.teamId) : undefined;
  const firstTime = teams !== null && cycles !== null && teams.length === 0 && cycles.length === 0;

  return (
    <section className="screen ls-home" aria-labelledby="lesson-study-title">
      <header className="screen__header">
        <ScreenHeading id="lesson-study-title">Lesson study</ScreenHeading>
        <div className="screen__tools">
          <button type="button" className="button button--secondary" disabled={panel !== null} onClick={() => open({ kind: 'team' })}>
            New team
          </button>
          <button type="button" className="button button--primary" disabled={panel !== null || !teams?.length} onClick={() => open({ kind: 'cycle' })}>
            New cycle
          </button>
        </div>
      </header>
      <ErrorAlert message={error} />
      <StatusNote>{notice}</StatusNote>
      <div className={panel ? 'split split--open' : 'split'}>
        {panel?.kind === 'team' ? (
          <TeamForm
            schools={schools}
            onCancel={close}
            onSaved={(team) => {
              putTeam(team);
              setNotice(`Team ${team.name} created. Add its members, then start a cycle.`);
              close();
            }}
          />
        ) : null}
        {panel?.kind === 'cycle' && teams ? (
          <NewCycleForm teams={teams} onCancel={close} onCreated={(detail) => openCycle(detail.cycle.id, 'overview', `Cycle ${detail.cycle.title} started in the Study phase, with an empty plan as version 1.`)} />
        ) : null}
        {memberTeam ? (
          <MemberForm
            team={memberTeam}
            onCancel={close}
            onSaved={(team, name) => {
              putTeam(team);
              setNotice(`${name} added to ${team.name}.`);
              close();
            }}
          />
        ) : null}
        <div className="split__main">
          {firstTime ? <LessonStudyIntro onNewTeam={() => open({ kind: 'team' })} disabled={panel !== null} /> : null}
          {cycles && !firstTime ? (
            <>
              <LessonStudySearch onOpen={openCycle} />
              <h2>Cycles</h2>
              <CyclesTable cycles={cycles} onOpen={(cycle) => openCycle(cycle.id)} />
            </>
          ) : null}
          {teams && !firstTime ? (
            <TeamsList
              teams={teams}
              schools={schools}
              onAddMember={(team) => open({ kind: 'member', teamId: team.id })}
              onChanged={(team, sentence) => {
                putTeam(team);
                setNotice(sentence);
              }}
              adding={panel !== null}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}
