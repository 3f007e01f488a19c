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
});
export type NoteInput = z.input<typeof NoteInputSchema>;

export const EpisodeSchema = z.object({ id: IdSchema, observationId: IdSchema, typeId: z.string(), startMs: z.number().int() });
export type Episode = z.infer<typeof EpisodeSchema>;

export const ObservationDetailSchema = z.object({
  observation: ObservationSchema,
  notes: z.array(NoteSchema),
  episodes: z.array(EpisodeSchema),
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
