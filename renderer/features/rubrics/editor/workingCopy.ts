// The editor's working copy of a draft. A draft may be partial or invalid
// (that is what drafts are for), so it is read defensively into one complete
// shape the forms can bind to, and written back in the rubric file's own
// shape, so that checkRubric and the backend see exactly what will be saved
// and their problem paths point at the editor's fields.
//
// Two things differ from the file on purpose:
// - The scale and rollup are kept while the unit is "none", so switching to
//   "not scored" and back does not throw the scale away mid-edit.
// - Descriptors are held by scale position (descriptors[k] belongs to
//   scale.levels[k]); the file keys them by level value. Editing a level's
//   value then cannot orphan its descriptors, and "missing" (null) is told
//   apart from "written but empty" ("").
import { ROLLUPS, RUBRIC_FORMAT, type Rollup } from '../../../../shared/rubric/format.js';
import { FOUR_LEVEL_SCALE } from '../../../../shared/rubric/scales.js';

export interface WorkingLevel {
  /** Undefined while the field is empty; the file then says the value is missing. */
  value: number | undefined;
  label: string;
}

export interface WorkingEpisodeType {
  id: string;
  name: string;
  group: string;
  /** '' for no shortcut (the file leaves the key out). */
  key: string;
  description: string;
}

export interface WorkingDimension {
  id: string;
  name: string;
  shortName: string;
  description: string;
  scored: boolean;
  evidenceRequired: boolean;
  lookFors: { students: string[]; teacher: string[] };
  guidingQuestions: string[];
  /** One per scale level, by position; null where none has been written. */
  descriptors: (string | null)[];
  /** Descriptors in the file for values that are not on the scale, or a second one for a level. */
  extraLevels: { value: unknown; descriptor: string }[];
}

export interface WorkingCalibration {
  agreement: 'exact' | 'within_one';
  thresholdPercent: number | undefined;
  roundsRequired: number | undefined;
}

export interface WorkingRubric {
  format: unknown;
  id: unknown;
  version: unknown;
  name: string;
  subject: string;
  gradeBand: string;
  description: string;
  attribution: { source: string; licence: string; url: string; notes: string };
  template: boolean;
  notesFollow: 'dimensions' | 'plan_steps';
  scoring: { unit: 'lesson' | 'episode' | 'none'; scale: { levels: WorkingLevel[]; naAllowed: boolean }; rollup: Rollup };
  episodeTypes: WorkingEpisodeType[];
  dimensions: WorkingDimension[];
  protocol: {
    before: string[];
    during: string[];
    after: string[];
    lengthMinutes: number | null;
    focusDimensions: { min: number | undefined; max: number | undefined };
  };
  calibration: WorkingCalibration | null;
}

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);
const strings = (v: unknown): string[] => arr(v).filter((s): s is string => typeof s === 'string');
const oneOf = <T extends string>(v: unknown, options: readonly T[], fallback: T): T => (options.includes(v as T) ? (v as T) : fallback);

function readLevels(scale: Json): WorkingLevel[] {
  const levels = arr(scale.levels).map((l) => ({ value: num(obj(l).value), label: str(obj(l).label) }));
  return levels.length > 0 ? levels : FOUR_LEVEL_SCALE.levels.map((l) => ({ ...l }));
}

function readDimension(raw: unknown, scale: WorkingLevel[]): WorkingDimension {
  const d = obj(raw);
  const lookFors = obj(d.lookFors);
  const entries = arr(d.levels).map((l) => ({ value: obj(l).value, descriptor: str(obj(l).descriptor) }));
  const used = new Set<number>();
  const descriptors = scale.map((level) => {
    const i = entries.findIndex((e, j) => !used.has(j) && level.value !== undefined && e.value === level.value);
    if (i < 0) return null;
    used.add(i);
    return entries[i]!.descriptor;
  });
  return {
    id: str(d.id),
    name: str(d.name),
    shortName: str(d.shortName),
    description: str(d.description),
    scored: bool(d.scored, true),
    evidenceRequired: bool(d.evidenceRequired, false),
    lookFors: { students: strings(lookFors.students), teacher: strings(lookFors.teacher) },
    guidingQuestions: strings(d.guidingQuestions),
    descriptors,
    extraLevels: entries.filter((_, j) => !used.has(j)),
  };
}

export function readWorkingCopy(content: unknown): WorkingRubric {
  const c = obj(content);
  const attribution = obj(c.attribution);
  const scoring = obj(c.scoring);
  const levels = readLevels(obj(scoring.scale));
  const protocol = obj(c.protocol);
  const focus = protocol.focusDimensions === undefined ? { min: 0, max: 2 } : obj(protocol.focusDimensions);
  const calibration = c.calibration === null || c.calibration === undefined ? null : obj(c.calibration);
  return {
    format: c.format ?? RUBRIC_FORMAT,
    id: c.id,
    version: c.version,
    name: str(c.name),
    subject: str(c.subject),
    gradeBand: str(c.gradeBand),
    description: str(c.description),
    attribution: { source: str(attribution.source), licence: str(attribution.licence), url: str(attribution.url), notes: str(attribution.notes) },
    template: bool(c.template, false),
    notesFollow: oneOf(c.notesFollow, ['dimensions', 'plan_steps'] as const, 'dimensions'),
    scoring: {
      unit: oneOf(scoring.unit, ['lesson', 'episode', 'none'] as const, 'lesson'),
      scale: { levels, naAllowed: bool(obj(scoring.scale).naAllowed, false) },
      rollup: oneOf(scoring.rollup, ROLLUPS, 'duration_weighted_mean'),
    },
    episodeTypes: arr(c.episodeTypes).map((raw) => {
      const e = obj(raw);
      return { id: str(e.id), name: str(e.name), group: str(e.group), key: str(e.key), description: str(e.description) };
    }),
    dimensions: arr(c.dimensions).map((d) => readDimension(d, levels)),
    protocol: {
      before: strings(protocol.before),
      during: strings(protocol.during),
      after: strings(protocol.after),
      lengthMinutes: num(protocol.lengthMinutes) ?? null,
      focusDimensions: { min: num(focus.min), max: num(focus.max) },
    },
    calibration: calibration
      ? {
          agreement: oneOf(calibration.agreement, ['exact', 'within_one'] as const, 'exact'),
          thresholdPercent: num(calibration.thresholdPercent),
          roundsRequired: num(calibration.roundsRequired) ?? 1,
        }
      : null,
  };
}

/** Whether the dimension's descriptors go into the file: only a scored dimension of a scored rubric has them. */
export function hasDescriptors(rubric: WorkingRubric, dimension: WorkingDimension): boolean {
  return dimension.scored && rubric.scoring.unit !== 'none';
}

/**
 * Where each descriptor lands in the file's levels list: the index for each
 * scale position (null when it is missing and so left out), then the extras.
 */
export function descriptorIndexes(dimension: WorkingDimension): { byLevel: (number | null)[]; extras: number[] } {
  let next = 0;
  const byLevel = dimension.descriptors.map((d) => (d === null ? null : next++));
  return { byLevel, extras: dimension.extraLevels.map(() => next++) };
}

function descriptorsInFile(rubric: WorkingRubric, dimension: WorkingDimension): unknown[] {
  if (!hasDescriptors(rubric, dimension)) return [];
  const levels = rubric.scoring.scale.levels;
  const written = dimension.descriptors.flatMap((descriptor, k) => (descriptor === null ? [] : [{ value: levels[k]?.value, descriptor }]));
  return [...written, ...dimension.extraLevels];
}

/** The working copy in the rubric file's shape: what is checked and saved. */
export function toContent(rubric: WorkingRubric): Json {
  const { scoring } = rubric;
  const scale = { levels: scoring.scale.levels.map((l) => ({ value: l.value, label: l.label })), naAllowed: scoring.scale.naAllowed };
  return {
    format: rubric.format,
    id: rubric.id,
    version: rubric.version,
    name: rubric.name,
    subject: rubric.subject,
    gradeBand: rubric.gradeBand,
    description: rubric.description,
    attribution: { ...rubric.attribution },
    template: rubric.template,
    notesFollow: rubric.notesFollow,
    scoring: scoring.unit === 'none' ? { unit: 'none' } : scoring.unit === 'lesson' ? { unit: 'lesson', scale } : { unit: 'episode', scale, rollup: scoring.rollup },
    episodeTypes: rubric.episodeTypes.map(({ key, ...rest }) => (key === '' ? rest : { ...rest, key })),
    dimensions: rubric.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      shortName: d.shortName,
      description: d.description,
      scored: d.scored,
      evidenceRequired: d.evidenceRequired,
      lookFors: { students: d.lookFors.students, teacher: d.lookFors.teacher },
      guidingQuestions: d.guidingQuestions,
      levels: descriptorsInFile(rubric, d),
    })),
    protocol: rubric.protocol,
    calibration: rubric.calibration,
  };
}
