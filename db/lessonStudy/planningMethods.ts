// The planning side of lesson study in the backend: teams, cycles, their
// meetings, tasks and resources, the plan and its versions, revisions and
// search. db/backend.ts spreads this beside the teaching side.
import type { Backend } from '../backend.js';
import type { Store } from '../store.js';
import { createCycle, listCycles, saveCycle } from './cycles.js';
import { readCycleDetail } from './detail.js';
import { removeItem, saveMeeting, saveResource, saveTask } from './items.js';
import { readPlan } from './planReads.js';
import { createPlanVersion } from './planVersions.js';
import { moveStep, removeStep, savePlan, saveStep } from './plans.js';
import { saveRevision } from './revisions.js';
import { searchLessonStudy } from './search.js';
import { listTeams, removeTeamMember, saveTeam, saveTeamMember } from './teams.js';

type PlanningMethod =
  | 'listLessonStudyTeams'
  | 'saveLessonStudyTeam'
  | 'saveTeamMember'
  | 'removeTeamMember'
  | 'listLessonStudyCycles'
  | 'createLessonStudyCycle'
  | 'getLessonStudyCycle'
  | 'saveLessonStudyCycle'
  | 'removeLessonStudyItem'
  | 'saveMeeting'
  | 'saveTask'
  | 'saveResource'
  | 'getLessonPlan'
  | 'saveLessonPlan'
  | 'saveLessonPlanStep'
  | 'moveLessonPlanStep'
  | 'removeLessonPlanStep'
  | 'createLessonPlanVersion'
  | 'saveRevision'
  | 'searchLessonStudy';

export function planningMethods(store: Store): Pick<Backend, PlanningMethod> {
  return {
    listLessonStudyTeams: () => listTeams(store.db),
    saveLessonStudyTeam: (input) => saveTeam(store, input),
    saveTeamMember: (input) => saveTeamMember(store, input),
    removeTeamMember: ({ id }) => removeTeamMember(store, id),
    listLessonStudyCycles: ({ teamId }) => listCycles(store.db, teamId),
    createLessonStudyCycle: (input) => createCycle(store, input),
    getLessonStudyCycle: ({ id }) => readCycleDetail(store.db, id),
    saveLessonStudyCycle: (patch) => saveCycle(store, patch),
    removeLessonStudyItem: (input) => removeItem(store, input),
    saveMeeting: (input) => saveMeeting(store, input),
    saveTask: (input) => saveTask(store, input),
    saveResource: (input) => saveResource(store, input),
    getLessonPlan: ({ id }) => readPlan(store.db, id),
    saveLessonPlan: (patch) => savePlan(store, patch),
    saveLessonPlanStep: (input) => saveStep(store, input),
    moveLessonPlanStep: (input) => moveStep(store, input),
    removeLessonPlanStep: ({ id }) => removeStep(store, id),
    createLessonPlanVersion: (input) => createPlanVersion(store, input),
    saveRevision: (input) => saveRevision(store, input),
    searchLessonStudy: ({ query, limit }) => searchLessonStudy(store.db, query, limit),
  };
}
