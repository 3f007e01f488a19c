// Rubric format v1: the one definition of what a rubric file may say. The
// editor, the importer, the CLI and the built-in library all validate with
// these schemas; docs/rubric-format.schema.json is generated from them and
// docs/rubric-format.md explains them for the districts that write rubrics.
// Checks that span fields (one descriptor per scale level, unique ids, what
// an unscored guide may not have) live in checkRubric below, so that every
// broken rule is reported at its own path.
import { z } from 'zod';

export const RUBRIC_FORMAT = 'fieldbook-rubric/1';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
// Messages name no field: the path in front of each one does.
const slug = () => z.string().regex(SLUG, 'must be 1 to 64 lowercase letters, digits or dashes, starting and ending with a letter or digit');
const text = (max: number) => z.string().trim().min(1, 'cannot be empty').max(max, `can be at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `can be at most ${max} characters`).default('');
const lines = () => z.array(text(1000)).max(50, 'can have at most 50 entries').default([]);

export const ScaleLevelSchema = z.strictObject({
  value: z.number().int('a level value must be a whole number').min(0).max(100),
  label: text(40),
});

export const ScaleSchema = z.strictObject({
  levels: z.array(ScaleLevelSchema).min(2, 'a scale needs at least two levels').max(10, 'a scale can have at most ten levels'),
  naAllowed: z.boolean().default(false),
});
export type Scale = z.infer<typeof ScaleSchema>;

export const ROLLUPS = ['duration_weighted_mean', 'max', 'rater_summary'] as const;
export const RollupSchema = z.enum(ROLLUPS);
export type Rollup = z.infer<typeof RollupSchema>;

export const ScoringSchema = z.discriminatedUnion('unit', [
  z.strictObject({ unit: z.literal('lesson'), scale: ScaleSchema }),
  z.strictObject({ unit: z.literal('episode'), scale: ScaleSchema, rollup: RollupSchema }),
  z.strictObject({ unit: z.literal('none') }),
]);
export type Scoring = z.infer<typeof ScoringSchema>;

export const EpisodeTypeSchema = z.strictObject({
  id: slug(),
  name: text(60),
  group: optionalText(60),
  key: z
    .string()
    .regex(/^[a-z0-9]$/, 'a shortcut key must be one lowercase letter or digit')
    .optional(),
  description: optionalText(1000),
});
export type EpisodeType = z.infer<typeof EpisodeTypeSchema>;

export const DescriptorSchema = z.strictObject({
  value: z.number().int('a level value must be a whole number'),
  descriptor: text(4000),
});

export const DimensionSchema = z.strictObject({
  id: slug(),
  name: text(120),
  shortName: text(24),
  description: optionalText(4000),
  scored: z.boolean().default(true),
  evidenceRequired: z.boolean().default(false),
  lookFors: z
    .strictObject({ students: lines(), teacher: lines() })
    .default({ students: [], teacher: [] }),
  guidingQuestions: lines(),
  levels: z.array(DescriptorSchema).max(10).default([]),
});
export type Dimension = z.infer<typeof DimensionSchema>;

export const ProtocolSchema = z.strictObject({
  before: lines(),
  during: lines(),
  after: lines(),
  lengthMinutes: z.number().int('the visit length must be whole minutes').min(1).max(600).nullable().default(null),
  focusDimensions: z
    .strictObject({ min: z.number().int().min(0).max(20), max: z.number().int().min(0).max(20) })
    .default({ min: 0, max: 2 }),
});
export type Protocol = z.infer<typeof ProtocolSchema>;

export const AGREEMENT_RULES = ['exact', 'within_one'] as const;
export const CalibrationRuleSchema = z.strictObject({
  agreement: z.enum(AGREEMENT_RULES),
  thresholdPercent: z.number().min(1, 'must be at least 1: write the percentage, such as 80 for 80%').max(100, 'must be at most 100: write the percentage, such as 80 for 80%'),
  roundsRequired: z.number().int().min(1).max(20).default(1),
});
export type CalibrationRule = z.infer<typeof CalibrationRuleSchema>;

export const NOTES_FOLLOW = ['dimensions', 'plan_steps'] as const;

const RubricShape = z.strictObject({
  format: z.literal(RUBRIC_FORMAT, `must be "${RUBRIC_FORMAT}"`),
  id: slug(),
  version: z.number().int('a version must be a whole number').min(1).max(1_000_000),
  name: text(120),
  subject: text(60),
  gradeBand: optionalText(40),
  description: optionalText(4000),
  attribution: z.strictObject({
    source: text(400),
    licence: text(400),
    url: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' })]).default(''),
    notes: optionalText(2000),
  }),
  template: z.boolean().default(false),
  notesFollow: z.enum(NOTES_FOLLOW).default('dimensions'),
  scoring: ScoringSchema,
  episodeTypes: z.array(EpisodeTypeSchema).max(20).default([]),
  dimensions: z.array(DimensionSchema).min(1, 'a rubric needs at least one dimension').max(30),
  protocol: ProtocolSchema.default({ before: [], during: [], after: [], lengthMinutes: null, focusDimensions: { min: 0, max: 2 } }),
  calibration: CalibrationRuleSchema.nullable().default(null),
});

export const RubricSchema = RubricShape.superRefine((rubric, ctx) => {
  for (const issue of checkRubric(rubric)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
export type Rubric = z.infer<typeof RubricSchema>;
export type RubricInput = z.input<typeof RubricSchema>;

interface RuleIssue {
  path: (string | number)[];
  message: string;
}

/** The rules that span fields. Each broken one is reported at its own path. */
function checkRubric(r: z.infer<typeof RubricShape>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const scale = r.scoring.unit === 'none' ? null : r.scoring.scale;
  issues.push(...duplicates(r.dimensions.map((d) => d.id), (i) => ['dimensions', i, 'id'], 'dimension id'));
  issues.push(...duplicates(r.episodeTypes.map((e) => e.id), (i) => ['episodeTypes', i, 'id'], 'episode type id'));
  issues.push(...duplicates(r.episodeTypes.map((e) => e.key), (i) => ['episodeTypes', i, 'key'], 'shortcut key'));
  if (scale) {
    scale.levels.forEach((level, i) => {
      const previous = scale.levels[i - 1];
      if (previous && level.value <= previous.value) {
        issues.push({ path: ['scoring', 'scale', 'levels', i, 'value'], message: 'levels must go up: each value must be greater than the one before' });
      }
    });
  }
  if (r.scoring.unit === 'episode' && r.episodeTypes.length === 0) {
    issues.push({ path: ['episodeTypes'], message: 'a rubric scored per episode needs at least one episode type' });
  }
  const scoredCount = r.dimensions.filter((d) => d.scored).length;
  r.dimensions.forEach((d, i) => {
    if (!d.scored) {
      if (d.levels.length > 0) issues.push({ path: ['dimensions', i, 'levels'], message: 'an unscored dimension has no level descriptors' });
      if (d.evidenceRequired) issues.push({ path: ['dimensions', i, 'evidenceRequired'], message: 'only a scored dimension can require evidence for its score' });
      return;
    }
    if (!scale) {
      issues.push({ path: ['dimensions', i, 'scored'], message: 'a rubric whose scoring unit is "none" can only have unscored dimensions' });
      return;
    }
    issues.push(...checkDescriptors(d.levels, scale.levels, i));
  });
  if (scale && scoredCount === 0) issues.push({ path: ['dimensions'], message: 'a scored rubric needs at least one scored dimension' });
  const focus = r.protocol.focusDimensions;
  if (focus.min > focus.max) issues.push({ path: ['protocol', 'focusDimensions', 'min'], message: 'the fewest focus dimensions cannot be more than the most' });
  if (focus.min > r.dimensions.length) issues.push({ path: ['protocol', 'focusDimensions', 'min'], message: `cannot be more than the number of dimensions (${r.dimensions.length})` });
  if (r.calibration && !scale) issues.push({ path: ['calibration'], message: 'a rubric that is not scored has no calibration rule' });
  return issues;
}

function checkDescriptors(levels: { value: number }[], scaleLevels: { value: number; label: string }[], dimension: number): RuleIssue[] {
  const at = (i: number): (string | number)[] => ['dimensions', dimension, 'levels', i, 'value'];
  const wanted = [...new Set(scaleLevels.map((l) => l.value))];
  const issues: RuleIssue[] = [];
  levels.forEach((level, i) => {
    if (!wanted.includes(level.value)) issues.push({ path: at(i), message: `${level.value} is not a level of the scale (${wanted.join(', ')})` });
  });
  issues.push(...duplicates(levels.map((l) => l.value), at, 'level'));
  const missing = scaleLevels.filter((s, i) => wanted.indexOf(s.value) === i && !levels.some((l) => l.value === s.value));
  if (missing.length > 0) {
    const names = missing.map((s) => (s.label.trim() ? `${s.value} (${s.label})` : String(s.value))).join(', ');
    issues.push({
      path: ['dimensions', dimension, 'levels'],
      message: `needs a descriptor for every level of the scale; missing ${names}. If this dimension is evidence only, set "scored": false`,
    });
  }
  return issues;
}

function duplicates<T>(values: T[], pathOf: (i: number) => (string | number)[], what: string): RuleIssue[] {
  const seen = new Set<T>();
  const issues: RuleIssue[] = [];
  values.forEach((value, i) => {
    if (value === undefined) return;
    if (seen.has(value)) issues.push({ path: pathOf(i), message: `the ${what} "${String(value)}" is used twice` });
    seen.add(value);
  });
  return issues;
}

/** The scale a rubric scores on, or null for an unscored observation guide. */
export function scaleOf(rubric: Rubric): Scale | null {
  return rubric.scoring.unit === 'none' ? null : rubric.scoring.scale;
}
