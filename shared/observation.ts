// Observation shapes: the visit, its notes, episodes, scores and seating
// chart, as the API carries them. Times inside a lesson (atMs, startMs) are
// milliseconds on the observation's own timer, which pauses; wall-clock
// times (startedAt, createdAt) are epoch milliseconds.
import { z } from 'zod';
import { IdSchema } from './domain.js';
import { RubricIdSchema, RubricVersionRefSchema } from './rubric/records.js';

export const OBSERVATION_KINDS = ['walk_through', 'formal', 'peer', 'co_observation', 'lesson_study', 'video'] as const;
export const ObservationKindSchema = z.enum(OBSERVATION_KINDS);
export type ObservationKind = z.infer<typeof ObservationKindSchema>;

export const OBSERVATION_KIND_LABELS: Record<ObservationKind, string> = {
  walk_through: 'Walk-through',
  formal: 'Formal observation',
  peer: 'Peer observation',
  co_observation: 'Co-observation',
  lesson_study: 'Lesson study research lesson',
  video: 'Video of a lesson',
};

export const OBSERVATION_STATUSES = ['scheduled', 'draft', 'submitted'] as const;
export const ObservationStatusSchema = z.enum(OBSERVATION_STATUSES);
export type ObservationStatus = z.infer<typeof ObservationStatusSchema>;

/** Tags a coach reaches for most, each on one key while tagging a note. */
export const QUICK_TAGS = [
  { id: 'student-talk', label: 'Student talk', key: 's' },
  { id: 'teacher-question', label: 'Teacher question', key: 'q' },
  { id: 'student-question', label: 'Student question', key: 'a' },
  { id: 'misconception', label: 'Misconception', key: 'm' },
  { id: 'strategy', label: 'Student strategy', key: 'g' },
  { id: 'feedback', label: 'Feedback to students', key: 'f' },
] as const;
export const QuickTagIdSchema = z.enum(QUICK_TAGS.map((t) => t.id) as [string, ...string[]]);

/** A note is a paragraph, not a document: long enough for any observation, short enough to refuse a pasted file. */
export const NOTE_MAX_CHARS = 10_000;

const label = (what: string, max: number) => z.string().trim().max(max, `${what} can be at most ${max} characters`);
const dimensionId = z.string().min(1).max(64);

export const ObservationSchema = z.object({
  id: IdSchema,
  teacherId: IdSchema.nullable(),
  teacherLabel: z.string(),
  schoolId: IdSchema.nullable(),
  grade: z.string(),
  subject: z.string(),
  rubricId: z.string(),
  rubricVersion: z.number().int(),
  focus: z.array(z.string()),
  kind: ObservationKindSchema,
  observerName: z.string(),
  status: ObservationStatusSchema,
  scheduledFor: z.string(),
  startedAt: z.number().nullable(),
  timer: z.object({ accumulatedMs: z.number(), runningSince: z.number().nullable() }),
  submittedAt: z.number().nullable(),
  supersedes: IdSchema.nullable(),
  feedback: z.object({ strengths: z.string(), questions: z.string(), nextSteps: z.string() }),
  seating: z.object({ rows: z.number().int(), cols: z.number().int() }),
  /** A lesson study research lesson: its cycle and the plan version being taught. */
  cycleId: IdSchema.nullable(),
  planId: IdSchema.nullable(),
});
export type Observation = z.infer<typeof ObservationSchema>;

export const NewObservationSchema = z
  .strictObject({
    teacherId: IdSchema.nullable().default(null),
    teacherLabel: label('The teacher or room label', 120).default(''),
    schoolId: IdSchema.nullable().default(null),
    grade: label('The grade', 20).default(''),
    subject: label('The subject', 60).default(''),
    rubric: RubricVersionRefSchema,
    focus: z.array(dimensionId).max(20).default([]),
    kind: ObservationKindSchema.default('walk_through'),
    /** A date (YYYY-MM-DD) schedules the visit for later; without one it starts now. */
    scheduledFor: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .optional(),
  })
  .refine((o) => o.teacherId !== null || o.teacherLabel !== '', { message: 'Choose a teacher or write a label such as "Room 12".', path: ['teacherLabel'] });
export type NewObservation = z.input<typeof NewObservationSchema>;

export const NoteSchema = z.object({
  id: IdSchema,
  observationId: IdSchema,
  atMs: z.number().int(),
  createdAt: z.number(),
  text: z.string(),
  dimensions: z.array(z.string()),
  tags: z.array(z.string()),
  studentId: IdSchema.nullable(),
  episodeId: IdSchema.nullable(),
  /** In a research lesson: the step of the plan the note is about. */
  planStepId: IdSchema.nullable(),
});
export type Note = z.infer<typeof NoteSchema>;

export const NoteInputSchema = z.strictObject({
  observationId: IdSchema,
  /** Given by the client so a retried save is the same note, not a second one. */
  id: IdSchema,
  text: z
    .string()
    .trim()
    .min(1, 'A note cannot be empty')
    .max(NOTE_MAX_CHARS, `A note can be at most ${NOTE_MAX_CHARS.toLocaleString('en-US')} characters; split it into several notes`),
  atMs: z.number().int().min(0),
  dimensions: z.array(dimensionId).max(20).default([]),
  tags: z.array(QuickTagIdSchema).max(QUICK_TAGS.length).default([]),
  studentId: IdSchema.nullable().default(null),
  episodeId: IdSchema.nullable().default(null),
  planStepId: IdSchema.nullable().default(null),
});
export type NoteInput = z.input<typeof NoteInputSchema>;

export const EpisodeSchema = z.object({ id: IdSchema, observationId: IdSchema, typeId: z.string(), startMs: z.number().int() });
export type Episode = z.infer<typeof EpisodeSchema>;

/** A score for one dimension, for one episode or (episodeId null) for the whole lesson. */
export const ScoreSchema = z.object({
  id: IdSchema,
  observationId: IdSchema,
  episodeId: IdSchema.nullable(),
  dimensionId: z.string(),
  /** A level value of the rubric's scale, or null when N/A or not scored. */
  value: z.number().int().nullable(),
  na: z.boolean(),
  /** Notes of this observation that justify the score. */
  evidence: z.array(IdSchema),
});
export type Score = z.infer<typeof ScoreSchema>;

const ScoreFieldsSchema = z.strictObject({
  observationId: IdSchema,
  episodeId: IdSchema.nullable().default(null),
  dimensionId: dimensionId,
  value: z.number({ error: 'A score must be a number' }).int('A score must be a whole number').nullable().default(null),
  na: z.boolean().default(false),
  evidence: z.array(IdSchema).max(200).default([]),
});
/** `seen`: the score as the screen showed it, unscored when it showed none (see db/apply.ts, RowChange.seen). */
export const ScoreInputSchema = ScoreFieldsSchema.extend({ seen: ScoreFieldsSchema.omit({ observationId: true, episodeId: true, dimensionId: true }).optional() })
  .refine((s) => !(s.na && s.value !== null), { message: 'A score is either a level or N/A, not both', path: ['value'] });
export type ScoreInput = z.input<typeof ScoreInputSchema>;

/** Students are pseudonym codes on this observation's seating chart, never names. */
export const STUDENT_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,11}$/;
export const SEATING_MAX = 12;

export const StudentSchema = z.object({
  id: IdSchema,
  observationId: IdSchema,
  code: z.string(),
  row: z.number().int(),
  col: z.number().int(),
  focal: z.boolean(),
});
export type Student = z.infer<typeof StudentSchema>;

const StudentFieldsSchema = z.strictObject({
  observationId: IdSchema,
  /** Absent to add a student; present to move, rename or mark one. */
  id: IdSchema.optional(),
  code: z
    .string()
    .trim()
    .regex(STUDENT_CODE, 'A student code is 1 to 12 letters, digits or dashes, such as S07: a pseudonym, not a name'),
  row: z.number().int().min(0).max(SEATING_MAX - 1),
  col: z.number().int().min(0).max(SEATING_MAX - 1),
  focal: z.boolean().default(false),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const StudentInputSchema = StudentFieldsSchema.extend({ seen: StudentFieldsSchema.omit({ observationId: true, id: true }).optional() });
export type StudentInput = z.input<typeof StudentInputSchema>;

const SeatingFieldsSchema = z.strictObject({
  observationId: IdSchema,
  rows: z.number().int().min(0).max(SEATING_MAX, `A seating chart has at most ${SEATING_MAX} rows`),
  cols: z.number().int().min(0).max(SEATING_MAX, `A seating chart has at most ${SEATING_MAX} seats in a row`),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const SeatingInputSchema = SeatingFieldsSchema.extend({ seen: SeatingFieldsSchema.omit({ observationId: true }).optional() });

/** Photos and scans of student work: a phone photo is a few MB; a scanned packet stays under this. */
export const ATTACHMENT_MAX_BYTES = 15 * 1024 * 1024;
export const ATTACHMENT_NAME_MAX = 200;

export const AttachmentSchema = z.object({
  id: IdSchema,
  observationId: IdSchema,
  noteId: IdSchema.nullable(),
  name: z.string(),
  /** Read from the file's first bytes, never taken from the sender. */
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const AttachmentInputSchema = z.strictObject({
  observationId: IdSchema,
  noteId: IdSchema.nullable().default(null),
  /** Shown to people only: the file is stored under its content hash. */
  name: z.string().trim().min(1, 'The file needs a name').max(ATTACHMENT_NAME_MAX, `A file name can be at most ${ATTACHMENT_NAME_MAX} characters`),
  dataBase64: z.string().max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4, `A file can be at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`),
});
export type AttachmentInput = z.input<typeof AttachmentInputSchema>;

const FEEDBACK_MAX_CHARS = 10_000;
const feedbackText = (what: string) => z.string().max(FEEDBACK_MAX_CHARS, `${what} can be at most ${FEEDBACK_MAX_CHARS.toLocaleString('en-US')} characters`);
const FeedbackFieldsSchema = z.strictObject({
  id: IdSchema,
  strengths: feedbackText('Strengths'),
  questions: feedbackText('Questions to consider'),
  nextSteps: feedbackText('Next steps'),
});
/** `seen`: the feedback as the screen loaded it (see db/apply.ts, RowChange.seen). */
export const FeedbackInputSchema = FeedbackFieldsSchema.extend({ seen: FeedbackFieldsSchema.omit({ id: true }).optional() });

export const ObservationDetailSchema = z.object({
  observation: ObservationSchema,
  notes: z.array(NoteSchema),
  episodes: z.array(EpisodeSchema),
  scores: z.array(ScoreSchema),
  students: z.array(StudentSchema),
  attachments: z.array(AttachmentSchema),
  /** The correction that replaced this observation, if one was started. */
  supersededBy: IdSchema.nullable(),
  /** The note that was being typed when the app last stopped, if any. */
  noteDraft: z.string(),
});
export type ObservationDetail = z.infer<typeof ObservationDetailSchema>;

export const ObservationSummarySchema = z.object({
  id: IdSchema,
  teacher: z.string(),
  school: z.string(),
  grade: z.string(),
  subject: z.string(),
  rubricName: z.string(),
  kind: ObservationKindSchema,
  status: ObservationStatusSchema,
  scheduledFor: z.string(),
  startedAt: z.number().nullable(),
  noteCount: z.number().int(),
  supersededBy: IdSchema.nullable(),
});
export type ObservationSummary = z.infer<typeof ObservationSummarySchema>;

export const ObservationFilterSchema = z.strictObject({
  teacherId: IdSchema.optional(),
  schoolId: IdSchema.optional(),
  rubricId: RubricIdSchema.optional(),
  status: ObservationStatusSchema.optional(),
  from: z.number().optional(),
  to: z.number().optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});

export const NoteHitSchema = z.object({
  noteId: IdSchema,
  observationId: IdSchema,
  teacher: z.string(),
  startedAt: z.number().nullable(),
  atMs: z.number().int(),
  /** The note's text with the matched words between « and ». */
  snippet: z.string(),
});
export type NoteHit = z.infer<typeof NoteHitSchema>;

/** One observation in a teacher's history: when, against what, and the lesson score per dimension. */
export const HistoryEntrySchema = z.object({
  id: IdSchema,
  startedAt: z.number().nullable(),
  kind: ObservationKindSchema,
  status: ObservationStatusSchema,
  rubricId: z.string(),
  rubricVersion: z.number().int(),
  rubricName: z.string(),
  scores: z.array(z.object({ dimensionId: z.string(), shortName: z.string(), value: z.number().nullable(), na: z.boolean() })),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
