// What a teacher is handed after a visit, and what a researcher downloads:
// one report model built from an observation, its rubric and the names to
// show, rendered as teacher-facing Markdown (strengths, questions to
// consider, next steps, then each score with the notes behind it) and as a
// tidy CSV of scores (one row per score, one column per variable) and of
// notes (one row per note). A research lesson's notes carry the plan step they
// are about. The print page in the renderer reads the same model, so every
// export says the same thing.
import { csvText } from './csv.js';
import { formatClock, timerReading } from './lessonClock.js';
import { mdLine, mdText } from './markdown.js';
import type { Plan } from './lessonStudy/plan.js';
import { stepName } from './lessonStudy/stepTiming.js';
import { OBSERVATION_KIND_LABELS, QUICK_TAGS, type Note, type Observation, type ObservationDetail, type Score } from './observation.js';
import { episodeSpans, indexScores, lessonScores, scoreKey, type EpisodeSpan, type LessonScore } from './observationScoring.js';
import type { Rubric } from './rubric/format.js';

export interface ReportInput {
  detail: ObservationDetail;
  rubric: Rubric;
  teacherName: string;
  schoolName: string;
  /** Now, for the timer of an observation still running. */
  now: number;
  /** A research lesson's plan version, for the step each note is about. */
  plan?: Plan | null;
}

export interface EvidencedScore extends LessonScore {
  /** "2 (Developing)", "N/A", a rolled-up "2.4", or "Not scored". */
  label: string;
  notes: Note[];
}

export interface ReportEpisode extends EpisodeSpan {
  typeName: string;
}

export interface ObservationReport {
  observation: Observation;
  rubric: Rubric;
  teacherName: string;
  schoolName: string;
  /** The visit's day, written out ("November 23, 2026"), or "Not begun". */
  dateLabel: string;
  /** ISO date (YYYY-MM-DD) of the visit, for file names and the CSV. */
  date: string;
  lessonMs: number;
  episodes: ReportEpisode[];
  scores: EvidencedScore[];
  /** Raw scores as given, for the CSV. */
  given: Score[];
  notes: Note[];
  studentCodes: Map<string, string>;
  /** A research lesson's plan steps by id, as notes name them ("Step 2: Pose the task"). */
  stepNames: Map<string, string>;
}

function levelLabel(rubric: Rubric, value: number | null, na: boolean): string {
  if (na) return 'N/A';
  if (value === null) return 'Not scored';
  if (rubric.scoring.unit === 'none') return String(value);
  const level = rubric.scoring.scale.levels.find((l) => l.value === value);
  return level ? `${value} (${level.label})` : value.toFixed(1);
}

function isoDay(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function buildReport({ detail, rubric, teacherName, schoolName, now, plan = null }: ReportInput): ObservationReport {
  const { observation, notes } = detail;
  const lessonMs = timerReading(observation.timer, now);
  const byId = new Map(notes.map((n) => [n.id, n]));
  const typeName = new Map(rubric.episodeTypes.map((t) => [t.id, t.name]));
  return {
    observation,
    rubric,
    teacherName,
    schoolName,
    dateLabel: observation.startedAt === null ? 'Not begun' : new Date(observation.startedAt).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }),
    date: observation.startedAt === null ? observation.scheduledFor : isoDay(observation.startedAt),
    lessonMs,
    episodes: episodeSpans(detail.episodes, lessonMs).map((s) => ({ ...s, typeName: typeName.get(s.episode.typeId) ?? s.episode.typeId })),
    scores: lessonScores(rubric, detail, lessonMs).map((s) => ({ ...s, label: levelLabel(rubric, s.value, s.na), notes: s.evidence.map((id) => byId.get(id)!) })),
    given: detail.scores,
    notes,
    studentCodes: new Map(detail.students.map((s) => [s.id, s.code])),
    stepNames: new Map((plan?.steps ?? []).map((s) => [s.id, stepName(s)])),
  };
}

/** A file name from what it holds, the teacher and the day, safe on every file system. */
export function exportFileName(report: ObservationReport, extension: 'md' | 'csv' | 'pdf', holds: 'feedback' | 'scores' | 'notes' = 'feedback'): string {
  const teacher = report.teacherName.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'observation';
  return `${holds}-${teacher}-${report.date || 'undated'}.${extension}`;
}

/** The plan step a research lesson note is about, or '' for any other note. */
function noteStepName(report: ObservationReport, note: Note): string {
  return (note.planStepId && report.stepNames.get(note.planStepId)) || '';
}

/** One note as a line of evidence: lesson time (and plan step), the student it is about, the words. */
export function evidenceLine(report: ObservationReport, note: Note): string {
  const student = note.studentId ? report.studentCodes.get(note.studentId) : undefined;
  const step = noteStepName(report, note);
  return `[${formatClock(note.atMs)}${step ? `, ${step}` : ''}]${student ? ` ${student}:` : ''} ${note.text}`;
}

/**
 * Every note is listed, in lesson order, when no score carries them (a
 * rubric that scores nothing) and for a research lesson, where the notes
 * are the point rather than the scores.
 */
export function listsEveryNote(report: ObservationReport): boolean {
  return report.notes.length > 0 && (report.scores.length === 0 || report.observation.planId !== null);
}

// Markdown -------------------------------------------------------------------

function mdSection(title: string, body: string): string[] {
  return [`## ${title}`, '', body.trim() ? mdText(body.trim()) : '_Nothing written._', ''];
}

export function feedbackMarkdown(report: ObservationReport): string {
  const o = report.observation;
  const context = [OBSERVATION_KIND_LABELS[o.kind], report.schoolName, o.grade && `Grade ${o.grade}`, o.subject].filter(Boolean).join(' · ');
  const lines = [
    `# Feedback for ${mdLine(report.teacherName)}`,
    '',
    `${mdText(report.dateLabel)} · ${mdText(context)}  `,
    `Observer: ${mdText(o.observerName || 'Not named')} · Rubric: ${mdText(report.rubric.name)}, version ${report.rubric.version}`,
    ...(o.status === 'submitted' ? [] : ['', '_Draft: this observation has not been submitted yet._']),
    ...(o.supersedes ? ['', '_This is a correction of an earlier observation, which it replaces._'] : []),
    '',
    ...mdSection('Strengths', o.feedback.strengths),
    ...mdSection('Questions to consider', o.feedback.questions),
    ...mdSection('Next steps', o.feedback.nextSteps),
  ];
  if (report.scores.length > 0) {
    lines.push('## Scores', '', '| Dimension | Lesson score |', '| --- | --- |');
    for (const s of report.scores) lines.push(`| ${mdLine(s.dimension.name)} | ${mdLine(s.label)} |`);
    lines.push('', '## Evidence', '');
    for (const s of report.scores) {
      lines.push(`### ${mdLine(s.dimension.name)}: ${mdLine(s.label)}`, '');
      if (s.notes.length === 0) lines.push('_No notes linked._');
      else for (const note of s.notes) lines.push(`- ${mdText(evidenceLine(report, note))}`);
      lines.push('');
    }
  }
  if (listsEveryNote(report)) {
    lines.push('## Notes', '');
    for (const note of report.notes) lines.push(`- ${mdText(evidenceLine(report, note))}`);
    lines.push('');
  }
  if (report.episodes.length > 0) {
    lines.push('## Episodes', '', '| # | Start | Activity | Length |', '| --- | --- | --- | --- |');
    for (const e of report.episodes) lines.push(`| ${e.number} | ${formatClock(e.episode.startMs)} | ${mdLine(e.typeName)} | ${formatClock(e.durationMs)} |`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

// CSV ------------------------------------------------------------------------

export const SCORE_CSV_COLUMNS = [
  'observation_id',
  'date',
  'teacher',
  'school',
  'grade',
  'subject',
  'kind',
  'status',
  'observer',
  'rubric_id',
  'rubric_version',
  'scope',
  'episode_number',
  'episode_type',
  'dimension_id',
  'dimension',
  'value',
  'na',
  'evidence_notes',
] as const;

/**
 * One row per score: each episode score as given ("episode"), then each
 * dimension's lesson score ("lesson": the rubric's roll-up, or the score given
 * for the lesson). Unscored dimensions are left out, N/A rows have na = 1.
 */
export function scoresCsv(report: ObservationReport): string {
  const o = report.observation;
  const common = [o.id, report.date, report.teacherName, report.schoolName, o.grade, o.subject, o.kind, o.status, o.observerName, o.rubricId, o.rubricVersion];
  const given = indexScores(report.given);
  const rows: (string | number | null)[][] = [];
  for (const s of report.scores) {
    for (const e of report.episodes) {
      const score = given.get(scoreKey(e.episode.id, s.dimension.id));
      if (!score) continue;
      rows.push([...common, 'episode', e.number, e.typeName, s.dimension.id, s.dimension.name, score.value, score.na ? 1 : 0, score.evidence.length]);
    }
    if (s.value === null && !s.na) continue;
    const value = s.value === null ? null : Math.round(s.value * 1000) / 1000;
    rows.push([...common, 'lesson', null, null, s.dimension.id, s.dimension.name, value, s.na ? 1 : 0, s.notes.length]);
  }
  return csvText(SCORE_CSV_COLUMNS, rows);
}

export const NOTE_CSV_COLUMNS = ['observation_id', 'date', 'teacher', 'kind', 'observer', 'lesson_time', 'plan_step', 'student', 'dimensions', 'tags', 'text'] as const;

/** One row per note in lesson order: when, the plan step (research lessons), the student's code, the tags and the words. */
export function notesCsv(report: ObservationReport): string {
  const o = report.observation;
  const dimensionName = new Map(report.rubric.dimensions.map((d) => [d.id, d.shortName || d.name]));
  const tagLabel = new Map<string, string>(QUICK_TAGS.map((t) => [t.id, t.label]));
  const rows = report.notes.map((note) => [
    o.id,
    report.date,
    report.teacherName,
    o.kind,
    o.observerName,
    formatClock(note.atMs),
    noteStepName(report, note),
    (note.studentId && report.studentCodes.get(note.studentId)) || '',
    note.dimensions.map((d) => dimensionName.get(d) ?? d).join('; '),
    note.tags.map((t) => tagLabel.get(t) ?? t).join('; '),
    note.text,
  ]);
  return csvText(NOTE_CSV_COLUMNS, rows);
}
