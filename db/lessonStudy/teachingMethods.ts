// The teaching side of lesson study in the backend: focal students and
// observers, the research lesson and its evidence, the post-lesson discussion,
// the lite variant, practical measures and the archived report. db/backend.ts
// spreads this beside the planning side.
import type { Backend } from '../backend.js';
import type { Store } from '../store.js';
import { saveDiscussionNote, saveDiscussionPart, setDiscussionPart, startDiscussion } from './discussion.js';
import { researchEvidence } from './evidence.js';
import { saveFocalStudent, saveObserverAssignment } from './focal.js';
import { saveLiteTeaching } from './lite.js';
import { measureRunChart, saveMeasure, saveMeasureResponse } from './measures.js';
import { cycleReport } from './report.js';
import { startResearchLesson } from './researchLesson.js';

type TeachingMethod =
  | 'saveFocalStudent'
  | 'saveObserverAssignment'
  | 'startResearchLesson'
  | 'getResearchEvidence'
  | 'startDiscussion'
  | 'saveDiscussionPart'
  | 'setDiscussionPart'
  | 'saveDiscussionNote'
  | 'saveLiteTeaching'
  | 'saveMeasure'
  | 'saveMeasureResponse'
  | 'getMeasureRunChart'
  | 'exportCycleReport';

export function teachingMethods(store: Store): Pick<Backend, TeachingMethod> {
  return {
    saveFocalStudent: (input) => saveFocalStudent(store, input),
    saveObserverAssignment: (input) => saveObserverAssignment(store, input),
    startResearchLesson: (input) => startResearchLesson(store, input),
    getResearchEvidence: ({ cycleId }) => researchEvidence(store.db, cycleId),
    startDiscussion: ({ cycleId }) => startDiscussion(store, cycleId),
    saveDiscussionPart: (input) => saveDiscussionPart(store, input),
    setDiscussionPart: (input) => setDiscussionPart(store, input),
    saveDiscussionNote: (input) => saveDiscussionNote(store, input),
    saveLiteTeaching: (input) => saveLiteTeaching(store, input),
    saveMeasure: (input) => saveMeasure(store, input),
    saveMeasureResponse: (input) => saveMeasureResponse(store, input),
    getMeasureRunChart: ({ id }) => measureRunChart(store.db, id),
    exportCycleReport: ({ id }) => cycleReport(store, id),
  };
}
