// The one API contract. Every backend call is declared here once, with a zod
// schema for its input and its output. Electron's IPC bridge, the browser
// host's HTTP endpoint and the CLI all validate against these schemas, and the
// renderer gets a typed client built from the same table.
import { z } from 'zod';
import {
  ConflictChoiceSchema,
  ConflictSchema,
  IdSchema,
  PersonDraftSchema,
  PersonSchema,
  RoleSchema,
  SchoolDraftSchema,
  SchoolSchema,
  SettingsPatchSchema,
  SettingsSchema,
  StatusSchema,
} from './domain.js';
import { AppError, isApiErrorBody, type ApiErrorBody } from './errors.js';
import {
  NewDraftSchema,
  RubricDraftSchema,
  RubricFileSchema,
  RubricIdSchema,
  RubricImportResultSchema,
  RubricSummarySchema,
  StoredRubricVersionSchema,
  VersionNumberSchema,
} from './rubric/records.js';
import { RUBRIC_FILE_MAX_BYTES, RubricFileTextSchema } from './rubric/validate.js';
import {
  ATTACHMENT_MAX_BYTES,
  AttachmentInputSchema,
  AttachmentSchema,
  EpisodeSchema,
  FeedbackInputSchema,
  HistoryEntrySchema,
  NewObservationSchema,
  NOTE_MAX_CHARS,
  NoteHitSchema,
  NoteInputSchema,
  NoteSchema,
  ObservationDetailSchema,
  ObservationFilterSchema,
  ObservationSchema,
  ObservationSummarySchema,
  ScoreInputSchema,
  ScoreSchema,
  SeatingInputSchema,
  StudentInputSchema,
  StudentSchema,
} from './observation.js';
import {
  AnchorInputSchema,
  ConsensusInputSchema,
  NewRoundSchema,
  RaterStandingSchema,
  RoundDetailSchema,
  RoundEvidenceSchema,
  RoundSummarySchema,
  SheetSchema,
  SheetScoreInputSchema,
} from './calibration/schemas.js';
import { LessonStudyProgressSchema } from './insights/lessonStudyProgress.js';
import { lessonStudyMethods } from './lessonStudy/methods.js';
import { bundleMethods } from './sync/bundles.js';
import { hubMethods } from './sync/hub.js';
import { method } from './contractMethod.js';
import { DrillResultSchema, DrillSchema, InsightFilterSchema, InsightsCsvSchema, InsightsSchema } from './insights/schemas.js';

export { DEFAULT_MAX_REQUEST_BYTES } from './contractMethod.js';

const noInput = z.strictObject({});
const archiveInput = z.strictObject({ id: IdSchema, archived: z.boolean() });
const ok = z.object({ ok: z.literal(true) });
const roundRater = z.strictObject({ roundId: IdSchema, raterId: IdSchema });

export const contract = {
  getAppInfo: method(
    noInput,
    z.object({ version: z.string(), schemaVersion: z.number().int(), nodeId: z.string() }),
    'Version of the app and of its database.',
  ),
  getSettings: method(noInput, SettingsSchema, "This device's user, role and district."),
  saveSettings: method(SettingsPatchSchema, SettingsSchema, "Change this device's user, role or district."),
  listSchools: method(
    z.strictObject({ includeArchived: z.boolean().default(false) }),
    z.array(SchoolSchema),
    'Schools in the directory, by name.',
  ),
  saveSchool: method(SchoolDraftSchema, SchoolSchema, 'Create a school, or edit one when an id is given.'),
  setSchoolArchived: method(archiveInput, SchoolSchema, 'Archive a school, or bring it back.'),
  listPeople: method(
    z.strictObject({
      includeArchived: z.boolean().default(false),
      schoolId: IdSchema.optional(),
      role: RoleSchema.optional(),
    }),
    z.array(PersonSchema),
    'Teachers, observers and leaders in the directory, by name.',
  ),
  savePerson: method(PersonDraftSchema, PersonSchema, 'Create a person, or edit one when an id is given.'),
  setPersonArchived: method(archiveInput, PersonSchema, 'Archive a person, or bring them back.'),
  loadDemo: method(
    noInput,
    z.object({ schools: z.number().int(), people: z.number().int() }),
    'Fill an empty Fieldbook with a fictional demo district.',
  ),
  getStatus: method(noInput, StatusSchema, 'Row counts per synced table and a digest of the synced state.'),
  listConflicts: method(noInput, z.array(ConflictSchema), 'Fields edited on two devices at once that nobody has looked at yet.'),
  resolveConflict: method(
    z.strictObject({ id: z.number().int(), keep: ConflictChoiceSchema }),
    ok,
    "Settle a field edited on two devices: keep the value it shows, or use the other device's value (written as a new edit that syncs).",
  ),
  listRubrics: method(noInput, z.array(RubricSummarySchema), 'Every rubric: built-in, imported and written here, with its versions and draft.'),
  getRubricVersion: method(
    z.strictObject({ id: RubricIdSchema, version: VersionNumberSchema.optional() }),
    StoredRubricVersionSchema,
    'One published rubric version (the newest when no version is given); retired versions stay readable.',
  ),
  getRubricDraft: method(z.strictObject({ id: RubricIdSchema }), RubricDraftSchema, "A rubric's draft on this device, with its problems."),
  createRubricDraft: method(NewDraftSchema, RubricDraftSchema, 'Start a rubric from scratch, duplicate a version, or start the next version of one.'),
  saveRubricDraft: method(z.strictObject({ id: RubricIdSchema, content: z.unknown() }), RubricDraftSchema, 'Save what the editor holds, valid or not yet.'),
  discardRubricDraft: method(z.strictObject({ id: RubricIdSchema }), ok, "Throw away a rubric's draft."),
  publishRubricDraft: method(z.strictObject({ id: RubricIdSchema }), StoredRubricVersionSchema, 'Freeze a valid draft as a published version.'),
  setRubricVersionRetired: method(
    z.strictObject({ id: RubricIdSchema, version: VersionNumberSchema, retired: z.boolean() }),
    StoredRubricVersionSchema,
    'Retire a published version (it stays readable) or bring it back.',
  ),
  importRubric: method(
    z.strictObject({ text: RubricFileTextSchema }),
    RubricImportResultSchema,
    'Store a rubric file as a published version, or list its problems (the first 50, and how many more) and store nothing.',
    // JSON doubles a file's quotes, backslashes and line breaks at most.
    2 * RUBRIC_FILE_MAX_BYTES + 64 * 1024,
  ),
  listObservations: method(
    ObservationFilterSchema,
    z.object({ rows: z.array(ObservationSummarySchema), total: z.number().int() }),
    'Observations on this device, newest first, filtered by teacher, school, rubric, status or dates.',
  ),
  startObservation: method(NewObservationSchema, ObservationSchema, 'Start an observation now (its timer running), or schedule one for a date.'),
  beginObservation: method(z.strictObject({ id: IdSchema }), ObservationSchema, 'Begin a scheduled observation: it becomes a draft with its timer running.'),
  getObservation: method(z.strictObject({ id: IdSchema }), ObservationDetailSchema, 'One observation with its notes, episodes and the note being typed.'),
  setObservationTimer: method(z.strictObject({ id: IdSchema, running: z.boolean() }), ObservationSchema, "Pause or resume an observation's timer."),
  saveNote: method(NoteInputSchema, NoteSchema, 'Save a timestamped note (durable when this returns); the same id again edits it.'),
  deleteNote: method(z.strictObject({ id: IdSchema }), ok, 'Remove a note from an observation that is not yet submitted.'),
  saveNoteDraft: method(
    z.strictObject({ observationId: IdSchema, text: z.string().max(NOTE_MAX_CHARS, `A note can be at most ${NOTE_MAX_CHARS.toLocaleString('en-US')} characters`) }),
    ok,
    'Keep the note being typed, so a crash loses nothing.',
  ),
  startEpisode: method(
    z.strictObject({ observationId: IdSchema, typeId: z.string().min(1).max(64), atMs: z.number().int().min(0) }),
    EpisodeSchema,
    'Mark a new episode of the lesson, of one of the rubric’s activity types.',
  ),
  searchNotes: method(
    z.strictObject({ query: z.string().max(200), limit: z.number().int().min(1).max(200).default(50) }),
    z.array(NoteHitSchema),
    'Full-text search over every note on this device.',
  ),
  setOpenObservation: method(z.strictObject({ id: IdSchema.nullable() }), ok, 'Remember which observation is on screen, to reopen it after a crash.'),
  getOpenObservation: method(noInput, z.object({ id: IdSchema.nullable() }), 'The observation that was on screen when the app last stopped, if it is still a draft.'),
  saveScore: method(
    ScoreInputSchema,
    ScoreSchema.nullable(),
    'Score one dimension for an episode or the lesson, with notes as evidence; no level and not N/A clears the score.',
  ),
  setSeating: method(SeatingInputSchema, ObservationSchema, "Size an observation's seating chart: rows, and seats in each row."),
  saveStudent: method(StudentInputSchema, StudentSchema, 'Seat a student (by pseudonym code) on the chart, or move, rename or mark one as focal.'),
  removeStudent: method(z.strictObject({ id: IdSchema }), ok, 'Take a student no note mentions off the seating chart.'),
  addAttachment: method(
    AttachmentInputSchema,
    AttachmentSchema,
    'Copy a photo or scan into the data directory under its content hash.',
    // Base64 makes a file a third larger; the rest is room for the JSON around it.
    Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 64 * 1024,
  ),
  getAttachmentData: method(
    z.strictObject({ id: IdSchema }),
    z.object({ attachment: AttachmentSchema, dataBase64: z.string() }),
    "An attachment's file, checked against its hash.",
  ),
  removeAttachment: method(z.strictObject({ id: IdSchema }), ok, 'Remove an attachment from an observation that is not yet submitted.'),
  saveFeedback: method(FeedbackInputSchema, ObservationSchema, 'Write the teacher-facing feedback: strengths, questions to consider, next steps.'),
  submitObservation: method(
    z.strictObject({ id: IdSchema }),
    ObservationSchema,
    'Submit and freeze an observation, once every score that needs evidence has it.',
  ),
  startCorrection: method(
    z.strictObject({ id: IdSchema }),
    ObservationSchema,
    'Start a correction of a submitted observation: a new draft with a copy of everything, which supersedes it.',
  ),
  getTeacherHistory: method(
    z.strictObject({ teacherId: IdSchema }),
    z.array(HistoryEntrySchema),
    "A teacher's observations over time with the lesson score per dimension.",
  ),
  listCalibrationRounds: method(noInput, z.array(RoundSummarySchema), 'Every calibration round on this device, newest first.'),
  createCalibrationRound: method(NewRoundSchema, RoundDetailSchema, 'Set up a calibration round: the lesson, the rubric version, the raters, the facilitator and the rule.'),
  getCalibrationRound: method(z.strictObject({ id: IdSchema }), RoundDetailSchema, 'One round: who has submitted, how many anchors are set, and after reveal every score and statistic.'),
  saveCalibrationAnchor: method(AnchorInputSchema, z.object({ anchorsSet: z.number().int() }), "Set or clear a dimension's anchor score before reveal; it stays hidden until then."),
  getCalibrationSheet: method(roundRater, SheetSchema, "A rater's own sheet while they score it; sealed once submitted, until reveal."),
  saveCalibrationScore: method(SheetScoreInputSchema, SheetSchema, "Score one dimension on a rater's sheet, with the evidence for it."),
  submitCalibrationSheet: method(roundRater, z.object({ submittedAt: z.number() }), "Hand in a rater's sheet once every dimension is scored and the evidence the rubric requires is written; it is sealed until reveal."),
  getCalibrationEvidence: method(z.strictObject({ roundId: IdSchema }), RoundEvidenceSchema, 'Once every sheet is in: the evidence per dimension, with no scores and no names.'),
  revealCalibrationRound: method(z.strictObject({ id: IdSchema }), RoundDetailSchema, 'Reveal every score, the anchors and the statistics, once every sheet is in.'),
  saveCalibrationConsensus: method(ConsensusInputSchema, RoundDetailSchema, "After reveal: the group's consensus score and discussion notes for a dimension."),
  getRaterStanding: method(z.strictObject({ personId: IdSchema }), RaterStandingSchema, "A rater's rounds over time, their calibrated status and where they score away from the anchors."),
  getCalibrationBoard: method(
    // Co-observations are worth their cost on the rater board, not for the counts on Insights.
    z.strictObject({ withCoObservations: z.boolean().default(true) }),
    z.array(RaterStandingSchema),
    'Every rater with their calibrated status, drift warnings and deviation from anchors (and, unless turned off, agreement with peers on co-observations).',
  ),
  getInsights: method(InsightFilterSchema, InsightsSchema, 'Every dashboard figure for a filter, within what this device\'s user may see.'),
  getInsightObservations: method(DrillSchema, DrillResultSchema, 'The observations behind a figure: the filter, narrowed to a month or a level.'),
  getLessonStudyProgress: method(InsightFilterSchema, LessonStudyProgressSchema, 'Lesson study cycles by phase and the practical measures, for the dashboard\'s school, grade and subject.'),
  exportInsightsCsv: method(InsightFilterSchema, InsightsCsvSchema, 'The scores behind the dashboard as tidy long-format CSV, one row per lesson score.'),
  exportRubric: method(
    z.strictObject({ id: RubricIdSchema, version: VersionNumberSchema.optional() }),
    RubricFileSchema,
    'A published rubric version as a file to share.',
  ),
  ...lessonStudyMethods,
  ...bundleMethods,
  ...hubMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;

/** What every transport carries back: a value, or a typed error. */
export type CallResult = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };

export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Builds the typed API object over any transport (IPC, HTTP, in-process). */
export function makeApi(send: (method: MethodName, input: unknown) => Promise<CallResult>): Api {
  const api = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of METHOD_NAMES) {
    api[name] = async (input: unknown) => {
      const result = await send(name, input ?? {});
      if (result.ok) return result.value;
      throw new AppError(result.error.code, result.error.message);
    };
  }
  return api as unknown as Api;
}

/** Checks that something a transport received has the shape of a CallResult. */
export function toCallResult(raw: unknown): CallResult {
  if (typeof raw === 'object' && raw !== null) {
    const r = raw as Record<string, unknown>;
    if (r.ok === true && 'value' in r) return { ok: true, value: r.value };
    if (r.ok === false && isApiErrorBody(r.error)) return { ok: false, error: r.error };
  }
  return { ok: false, error: { code: 'internal', message: 'Fieldbook received a reply it could not read. Please try again.' } };
}

/** One readable sentence from a zod error, naming the field. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The input is not valid.';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/**
 * What a shell hands the renderer: one function per contract method that
 * resolves to a CallResult instead of throwing, because errors do not keep
 * their fields across Electron's context bridge. The renderer wraps it with
 * makeApi to get the throwing, typed Api.
 */
export type BridgeApi = { [M in MethodName]: (input: unknown) => Promise<CallResult> };

export function makeBridge(send: (method: MethodName, input: unknown) => Promise<CallResult>): BridgeApi {
  const bridge = {} as Record<MethodName, (input: unknown) => Promise<CallResult>>;
  for (const name of METHOD_NAMES) bridge[name] = (input: unknown) => send(name, input ?? {});
  return bridge as BridgeApi;
}
