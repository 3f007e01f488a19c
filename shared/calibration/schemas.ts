// Calibration shapes as the API carries them. A round is one lesson (a live
// visit or a video segment) that several raters score blind against one
// rubric version, per dimension; an expert panel's anchor scores stay hidden
// until the facilitator reveals. Phases: raters score ("scoring"); once every
// sheet is in, the group discusses evidence with no score in sight
// ("evidence"); then scores, anchors and statistics are revealed ("revealed").
import { z } from 'zod';
import { IdSchema } from '../domain.js';
import { AGREEMENT_RULES } from '../rubric/format.js';
import { RubricVersionRefSchema } from '../rubric/records.js';

export const LESSON_KINDS = ['live', 'video'] as const;
export const SCORING_MODES = ['pass_the_laptop', 'own_device'] as const;
export const ROUND_PHASES = ['scoring', 'evidence', 'revealed'] as const;
export type RoundPhase = (typeof ROUND_PHASES)[number];

export const SCORING_MODE_LABELS: Record<(typeof SCORING_MODES)[number], string> = {
  pass_the_laptop: 'Pass the laptop: every rater scores on this device, one turn each',
  own_device: 'Own device: each rater scores on their laptop; sheets arrive by sync or bundle',
};

const text = (what: string, max: number) => z.string().trim().max(max, `${what} can be at most ${max} characters`);

export const RoundRuleSchema = z.strictObject({
  agreement: z.enum(AGREEMENT_RULES),
  thresholdPercent: z.number().int('Write the threshold as a whole percentage, such as 80').min(1).max(100),
  /** Rounds in a row a rater must meet the rule to count as calibrated. */
  roundsRequired: z.number().int().min(1).max(20),
});
export type RoundRule = z.infer<typeof RoundRuleSchema>;

export const NewRoundSchema = z.strictObject({
  name: text('The round name', 200).min(1, 'Give the round a name, such as "Fall calibration: Grade 4 fractions"'),
  rubric: RubricVersionRefSchema,
  lessonKind: z.enum(LESSON_KINDS),
  /** What was observed: the class and teacher, or what the video shows. */
  lesson: text('The lesson description', 500).min(1, 'Say which lesson the raters score'),
  videoName: text('The video file name', 300).default(''),
  /** The part of the video to score, such as "12:00-27:30"; empty for all of it. */
  segment: text('The segment', 100).default(''),
  facilitatorId: IdSchema,
  mode: z.enum(SCORING_MODES),
  raterIds: z.array(IdSchema).min(2, 'A round needs at least two raters').max(60, 'A round can have at most 60 raters'),
  /** Null: the rubric's own calibration rule. */
  rule: RoundRuleSchema.nullable().default(null),
});
export type NewRound = z.input<typeof NewRoundSchema>;

export const RoundRaterSchema = z.object({ personId: IdSchema, name: z.string(), submitted: z.boolean(), submittedAt: z.number().nullable() });
export type RoundRater = z.infer<typeof RoundRaterSchema>;

export const RoundSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  rubricName: z.string(),
  lesson: z.string(),
  phase: z.enum(ROUND_PHASES),
  raters: z.number().int(),
  submitted: z.number().int(),
  createdAt: z.number(),
});
export type RoundSummary = z.infer<typeof RoundSummarySchema>;

export const SheetScoreSchema = z.object({ dimensionId: z.string(), value: z.number().int().nullable(), na: z.boolean(), evidence: z.string() });
export type SheetScore = z.infer<typeof SheetScoreSchema>;

const SheetScoreFieldsSchema = z.strictObject({
  roundId: IdSchema,
  raterId: IdSchema,
  dimensionId: z.string().min(1).max(64),
  value: z.number({ error: 'A score must be a number' }).int('A score must be a whole number').nullable().default(null),
  na: z.boolean().default(false),
  evidence: text('Evidence', 5000).default(''),
});
/** `seen`: the score as the sheet showed it, unscored when it showed none (see db/apply.ts, RowChange.seen). */
export const SheetScoreInputSchema = SheetScoreFieldsSchema.extend({ seen: SheetScoreFieldsSchema.omit({ roundId: true, raterId: true, dimensionId: true }).optional() })
  .refine((s) => !(s.na && s.value !== null), { message: 'A score is either a level or N/A, not both', path: ['value'] });

export const SheetSchema = z.object({ roundId: IdSchema, raterId: IdSchema, raterName: z.string(), submitted: z.boolean(), scores: z.array(SheetScoreSchema) });
export type Sheet = z.infer<typeof SheetSchema>;

export const AnchorInputSchema = z.strictObject({
  roundId: IdSchema,
  dimensionId: z.string().min(1).max(64),
  /** Null clears the anchor. */
  value: z.number().int().nullable(),
  rationale: text('The rationale', 5000).default(''),
});

const ConsensusFieldsSchema = z.strictObject({
  roundId: IdSchema,
  dimensionId: z.string().min(1).max(64),
  value: z.number().int().nullable(),
  notes: text('Discussion notes', 10_000).default(''),
});
/** `seen`: the consensus as the form loaded it (see db/apply.ts, RowChange.seen). */
export const ConsensusInputSchema = ConsensusFieldsSchema.extend({ seen: ConsensusFieldsSchema.omit({ roundId: true, dimensionId: true }).optional() });

/** One dimension after reveal: every rater's score beside the anchor and the group's consensus. */
export const DimensionResultSchema = z.object({
  dimensionId: z.string(),
  name: z.string(),
  scores: z.array(z.object({ raterId: IdSchema, value: z.number().nullable(), na: z.boolean() })),
  anchor: z.number().nullable(),
  anchorRationale: z.string(),
  /** Lowest and highest score given (N/A left out), null when nobody scored. */
  spread: z.object({ min: z.number(), max: z.number() }).nullable(),
  /** Raters whose score misses the anchor by more than the round's rule allows. */
  outsideRule: z.array(IdSchema),
  consensus: z.number().nullable(),
  discussion: z.string(),
});
export type DimensionResult = z.infer<typeof DimensionResultSchema>;

export const RaterRoundResultSchema = z.object({
  raterId: IdSchema,
  name: z.string(),
  /** Dimensions with both a score and an anchor. */
  n: z.number().int(),
  exact: z.number().nullable(),
  adjacent: z.number().nullable(),
  meanDeviation: z.number().nullable(),
  /** Mean exact agreement with each other rater in the round. */
  peerExact: z.number().nullable(),
  /** Whether the rater met the round's rule against the anchors; null without anchors. */
  met: z.boolean().nullable(),
});
export type RaterRoundResult = z.infer<typeof RaterRoundResultSchema>;

const statistic = z.number().nullable();
const AgreementReportSchema = z.object({
  units: z.number().int(),
  raters: z.number().int(),
  exact: statistic,
  adjacent: statistic,
  fleiss_kappa: statistic,
  gwet_ac1: statistic,
  gwet_ac2: z.object({ linear: statistic, quadratic: statistic, ordinal: statistic }),
  krippendorff_alpha: z.object({ nominal: statistic, ordinal: statistic, interval: statistic, ratio: statistic }),
  icc: z.object({ ICC1: statistic, ICC2: statistic, ICC3: statistic, ICC1k: statistic, ICC2k: statistic, ICC3k: statistic }),
  pairs: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      n: z.number().int(),
      exact: statistic,
      adjacent: statistic,
      cohen_kappa: z.object({ unweighted: statistic, linear: statistic, quadratic: statistic }),
    }),
  ),
  anchor: z.array(z.object({ rater: z.string(), n: z.number().int(), exact: statistic, adjacent: statistic, mean_deviation: statistic })).optional(),
  notes: z.record(z.string(), z.string()),
});

export const RoundResultsSchema = z.object({
  dimensions: z.array(DimensionResultSchema),
  raters: z.array(RaterRoundResultSchema),
  /** Every agreement statistic over raters × dimensions, as `fieldbook agreement` prints it. */
  statistics: AgreementReportSchema,
});
export type RoundResults = z.infer<typeof RoundResultsSchema>;

export const RoundDetailSchema = z.object({
  id: IdSchema,
  name: z.string(),
  rubric: RubricVersionRefSchema,
  rubricName: z.string(),
  lessonKind: z.enum(LESSON_KINDS),
  lesson: z.string(),
  videoName: z.string(),
  segment: z.string(),
  facilitator: z.object({ id: IdSchema, name: z.string() }),
  mode: z.enum(SCORING_MODES),
  rule: RoundRuleSchema,
  phase: z.enum(ROUND_PHASES),
  raters: z.array(RoundRaterSchema),
  /** How many dimensions have an anchor; their values stay hidden until reveal. */
  anchorsSet: z.number().int(),
  createdAt: z.number(),
  revealedAt: z.number().nullable(),
  /** Present once revealed. */
  results: RoundResultsSchema.nullable(),
});
export type RoundDetail = z.infer<typeof RoundDetailSchema>;

/** Before reveal: what raters wrote for each dimension, with no score and no name. */
export const RoundEvidenceSchema = z.array(z.object({ dimensionId: z.string(), name: z.string(), evidence: z.array(z.string()) }));
export type RoundEvidence = z.infer<typeof RoundEvidenceSchema>;

export const CALIBRATION_STATUSES = ['calibrated', 'needs_calibration', 'drifting'] as const;
export type CalibrationStatus = (typeof CALIBRATION_STATUSES)[number];

export const RaterHistoryEntrySchema = RaterRoundResultSchema.extend({
  roundId: IdSchema,
  roundName: z.string(),
  rubricName: z.string(),
  revealedAt: z.number(),
  source: z.enum(['round', 'co_observation']),
});
export type RaterHistoryEntry = z.infer<typeof RaterHistoryEntrySchema>;

export const RaterStandingSchema = z.object({
  personId: IdSchema,
  name: z.string(),
  status: z.enum(CALIBRATION_STATUSES),
  /** One sentence: why this status (the rule, the rounds, the drop). */
  reason: z.string(),
  /** The rule the status is judged by: that of the rater's latest round. */
  rule: RoundRuleSchema,
  /** Oldest first. */
  history: z.array(RaterHistoryEntrySchema),
  /** Mean signed deviation from anchor per dimension over the rater's revealed rounds. */
  deviationByDimension: z.array(z.object({ dimensionId: z.string(), name: z.string(), meanDeviation: z.number(), n: z.number().int() })),
});
export type RaterStanding = z.infer<typeof RaterStandingSchema>;

