// The lesson study part of the API contract: teams, cycles, the plan and its
// versions, focal students, the research lesson, the post-lesson discussion,
// the lite variant, practical measures, search and the archived report.
// Spread into the one contract table in shared/contract.ts.
import { z } from 'zod';
import { method } from '../contractMethod.js';
import { IdSchema } from '../domain.js';
import { ObservationSchema } from '../observation.js';
import { CyclePatchSchema, CycleSummarySchema, MeetingInputSchema, NewCycleSchema, ResourceInputSchema, TaskInputSchema } from './cycle.js';
import { CycleDetailSchema, CycleReportSchema, LessonStudyHitSchema, LessonStudySearchSchema, RemoveLsItemSchema, StartResearchLessonSchema } from './detail.js';
import { DiscussionNoteInputSchema, DiscussionPartInputSchema, ResearchEvidenceSchema, RevisionInputSchema, SetDiscussionPartSchema } from './discussion.js';
import { AssignmentInputSchema, FocalStudentInputSchema } from './focal.js';
import { LiteTeachingInputSchema } from './lite.js';
import { MeasureInputSchema, MeasureResponseInputSchema, MeasureSchema, RunChartSchema } from './measures.js';
import { MoveStepSchema, NewPlanVersionSchema, PlanPatchSchema, PlanSchema, StepInputSchema } from './plan.js';
import { MemberInputSchema, TeamInputSchema, TeamSchema } from './team.js';

const byId = z.strictObject({ id: IdSchema });
const cycleId = z.strictObject({ cycleId: IdSchema });

export const lessonStudyMethods = {
  listLessonStudyTeams: method(z.strictObject({}), z.array(TeamSchema), 'Every lesson study team on this device, by name, with its members.'),
  saveLessonStudyTeam: method(TeamInputSchema, TeamSchema, 'Create a lesson study team, or rename one when an id is given.'),
  saveTeamMember: method(MemberInputSchema, TeamSchema, 'Add a member to a team with their roles, or change one when an id is given.'),
  removeTeamMember: method(byId, TeamSchema, 'Take a member off a team; their past notes and roles in cycles keep their name.'),
  listLessonStudyCycles: method(z.strictObject({ teamId: IdSchema.optional() }), z.array(CycleSummarySchema), 'Lesson study cycles, newest first, for one team or all.'),
  createLessonStudyCycle: method(NewCycleSchema, CycleDetailSchema, 'Start a cycle in the Study phase, with an empty plan as version 1.'),
  getLessonStudyCycle: method(byId, CycleDetailSchema, 'One cycle with everything its screens show.'),
  saveLessonStudyCycle: method(CyclePatchSchema, CycleDetailSchema, "Change a cycle's fields, its phase, its study answers or its seating chart."),
  removeLessonStudyItem: method(RemoveLsItemSchema, CycleDetailSchema, "Remove a meeting, task, resource, focal student, assignment, discussion note, revision, lite teaching or survey answer; returns the item's cycle."),
  saveMeeting: method(MeetingInputSchema, CycleDetailSchema, 'Record a meeting with its agenda, attendees and notes, or edit one.'),
  saveTask: method(TaskInputSchema, CycleDetailSchema, 'Add a task or action item, or edit one (mark it done).'),
  saveResource: method(ResourceInputSchema, CycleDetailSchema, 'Attach a reading, video or chapter to the Study phase, or edit one.'),
  getLessonPlan: method(byId, PlanSchema, 'One version of the teaching-learning plan with its lesson process table.'),
  saveLessonPlan: method(PlanPatchSchema, PlanSchema, "Change a plan version's goals, standards, background or unit sequence."),
  saveLessonPlanStep: method(StepInputSchema, PlanSchema, 'Add a step to the lesson process table, or edit one.'),
  moveLessonPlanStep: method(MoveStepSchema, PlanSchema, 'Move a step to another place in the lesson process table.'),
  removeLessonPlanStep: method(byId, PlanSchema, 'Remove a step from a plan version that is still being written.'),
  createLessonPlanVersion: method(NewPlanVersionSchema, PlanSchema, 'Start the next plan version from a copy of one, taking up the revisions made to it.'),
  saveFocalStudent: method(FocalStudentInputSchema, CycleDetailSchema, 'Add a focal student by pseudonym with a strengths-first description and a seat, or edit one.'),
  saveObserverAssignment: method(AssignmentInputSchema, CycleDetailSchema, 'Assign an observer to a focal student or a group, or change an assignment.'),
  startResearchLesson: method(StartResearchLessonSchema, ObservationSchema, "Start this device's observation of the research lesson, following the plan's steps, with the focal students seated."),
  getResearchEvidence: method(cycleId, ResearchEvidenceSchema, "Every observer's research lesson notes, grouped by plan step and by focal student."),
  startDiscussion: method(cycleId, CycleDetailSchema, "Set up the post-lesson discussion's agenda from the protocol (once; again returns it as it is)."),
  saveDiscussionPart: method(DiscussionPartInputSchema, CycleDetailSchema, "Rename a part of the discussion agenda or change its minutes."),
  setDiscussionPart: method(SetDiscussionPartSchema, CycleDetailSchema, 'Start a part of the discussion (the running part ends), or stop the running part.'),
  saveDiscussionNote: method(DiscussionNoteInputSchema, CycleDetailSchema, 'Record what a speaker said, or a key learning, or edit one.'),
  saveRevision: method(RevisionInputSchema, CycleDetailSchema, 'Propose a change to a step of the plan (or a new step) for its next version.'),
  saveLiteTeaching: method(LiteTeachingInputSchema, CycleDetailSchema, "Record one teacher's teaching of the lesson in their own room and their reflection."),
  saveMeasure: method(MeasureInputSchema, z.array(MeasureSchema), "Create a team's practical measure survey, or edit one; returns the team's surveys."),
  saveMeasureResponse: method(MeasureResponseInputSchema, CycleDetailSchema, "Record a focal student's survey answers for one occasion."),
  getMeasureRunChart: method(byId, RunChartSchema, "A survey's run chart: the mean answer per occasion across the team's cycles, with the median."),
  searchLessonStudy: method(LessonStudySearchSchema, z.array(LessonStudyHitSchema), 'Search the text of every cycle: plans, study, meetings, discussion and revisions.'),
  exportCycleReport: method(byId, CycleReportSchema, 'The whole cycle as one HTML report for the archive or for printing to PDF.'),
} as const;
