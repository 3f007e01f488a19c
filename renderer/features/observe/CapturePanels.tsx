// Beside the notes: the lesson's episodes, its scores, the seating chart and
// attached files, one at a time as tabs (ARIA tabs pattern: arrow keys, Home
// and End move between tabs, as in the rubric editor), so the note column
// stays wide. The Scores tab counts the scores that still need evidence
// before the observation can be submitted.
import { useState } from 'react';
import { submissionProblems } from '../../../shared/observationScoring.js';
import { EditorTabs, panelId, tabId, type Tab } from '../rubrics/editor/EditorTabs.js';
import { AttachmentsPanel } from './AttachmentsPanel.js';
import { ScoringPanel } from './ScoringPanel.js';
import { SeatingChart } from './SeatingChart.js';
import { EpisodeTimeline } from './Timelines.js';
import type { CaptureData, CaptureTools } from './useCapture.js';

type TabId = 'episodes' | 'scores' | 'seating' | 'files';
const PREFIX = 'capture';

export interface CapturePanelsProps {
  data: CaptureData;
  tools: CaptureTools;
  chosenStudentId: string | null;
  onChooseStudent(id: string | null): void;
}

export function CapturePanels({ data, tools, chosenStudentId, onChooseStudent }: CapturePanelsProps) {
  const [active, setActive] = useState<TabId>('episodes');
  // A score that needs evidence is what the Scores tab counts as a problem.
  const tabs: Tab<TabId>[] = [
    { id: 'episodes', label: 'Episodes', problems: 0 },
    { id: 'scores', label: 'Scores', problems: submissionProblems(data.rubric, data).length },
    { id: 'seating', label: 'Seating', problems: 0 },
    { id: 'files', label: 'Files', problems: 0 },
  ];

  return (
    <aside className="capture__side" aria-label="Lesson record">
      <EditorTabs tabs={tabs} active={active} onSelect={setActive} label="Lesson record" prefix={PREFIX} />
      <div className="capture__panel" role="tabpanel" id={panelId(active, PREFIX)} aria-labelledby={tabId(active, PREFIX)}>
        {active === 'episodes' ? <EpisodeTimeline episodes={data.episodes} rubric={data.rubric} /> : null}
        {active === 'scores' ? <ScoringPanel data={data} tools={tools} /> : null}
        {active === 'seating' ? <SeatingChart data={data} tools={tools} chosenStudentId={chosenStudentId} onChooseStudent={onChooseStudent} /> : null}
        {active === 'files' ? <AttachmentsPanel data={data} tools={tools} /> : null}
      </div>
    </aside>
  );
}
