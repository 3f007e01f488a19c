// The pure parts every export and the live score panel share: episode
// lengths on the lesson timer, lesson scores rolled up as the rubric says,
// required evidence, the student tally, and the Markdown and CSV a teacher
// and a researcher receive, with people's text never breaking either format.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids.js';
import type { Episode, Note, ObservationDetail, Score, Student } from '../../shared/observation.js';
import { buildReport, exportFileName, feedbackMarkdown, SCORE_CSV_COLUMNS, scoresCsv } from '../../shared/observationReport.js';
import { episodeSpans, lessonScores, studentTally, submissionProblems } from '../../shared/observationScoring.js';
import { RubricSchema, type Rubric, type RubricInput } from '../../shared/rubric/format.js';
import { truMath } from '../../shared/rubric/library/truMath.js';
import { sampleRubric } from '../support/rubrics.js';

const OBS = uuidv7();
const rubric = (input: RubricInput): Rubric => RubricSchema.parse(input);
const tru = rubric(truMath);
const episode = (typeId: string, startMs: number): Episode => ({ id: uuidv7(), observationId: OBS, typeId, startMs });
const note = (text: string, atMs: number, extra: Partial<Note> = {}): Note => ({
  id: uuidv7(), observationId: OBS, atMs, createdAt: 0, text, dimensions: [], tags: [], studentId: null, episodeId: null, planStepId: null, ...extra,
});
const score = (dimensionId: string, episodeId: string | null, value: number | null, evidence: string[] = [], na = false): Score => ({
  id: uuidv7(), observationId: OBS, episodeId, dimensionId, value, na, evidence,
});

function detail(parts: Partial<ObservationDetail>): ObservationDetail {
  return {
    observation: {
      id: OBS, teacherId: null, teacherLabel: 'Room 12', schoolId: null, grade: '7', subject: 'Mathematics', rubricId: 'tru-math', rubricVersion: 1,
      focus: [], kind: 'formal', observerName: 'Ana Torres', status: 'submitted', scheduledFor: '', startedAt: Date.UTC(2026, 10, 23, 14, 0),
      timer: { accumulatedMs: 2_400_000, runningSince: null }, submittedAt: null, supersedes: null,
      feedback: { strengths: 'Students explained | compared strategies.', questions: '# Who spoke?', nextSteps: '' }, seating: { rows: 0, cols: 0 },
      cycleId: null, planId: null,
    },
    notes: [], episodes: [], scores: [], students: [], attachments: [], supersededBy: null, noteDraft: '', ...parts,
  };
}

describe('episodes and lesson scores', () => {
  it('gives each episode the time until the next, the last until the end of the lesson', () => {
    const a = episode('launch', 0);
    const b = episode('small-group-work', 600_000);
    expect(episodeSpans([b, a], 1_500_000).map((s) => [s.number, s.durationMs])).toEqual([[1, 600_000], [2, 900_000]]);
  });

  it('rolls up by duration-weighted mean, by the highest, or takes the observer’s summary, per the rubric', () => {
    const a = episode('launch', 0);
    const b = episode('small-group-work', 600_000);
    const scores = [score('mathematics', a.id, 1), score('mathematics', b.id, 3)];
    const record = { episodes: [a, b], scores, notes: [] };
    const weighted = rubric({ ...truMath, scoring: { ...truMath.scoring, rollup: 'duration_weighted_mean' } as RubricInput['scoring'] });
    const highest = rubric({ ...truMath, scoring: { ...truMath.scoring, rollup: 'max' } as RubricInput['scoring'] });
    const of = (r: Rubric, s = record) => lessonScores(r, s, 1_800_000).find((x) => x.dimension.id === 'mathematics')!.value;
    // 10 minutes at 1, 20 minutes at 3.
    expect(of(weighted)).toBeCloseTo((1 * 10 + 3 * 20) / 30, 10);
    expect(of(highest)).toBe(3);
    expect(of(tru)).toBeNull();
    expect(of(tru, { ...record, scores: [...scores, score('mathematics', null, 2)] })).toBe(2);
  });

  it('reports N/A only when nothing has a level, and cites evidence in lesson order without deleted notes', () => {
    const lessonRubric = rubric(sampleRubric({ scoring: { unit: 'lesson', scale: { levels: [{ value: 1, label: 'Low' }, { value: 2, label: 'High' }], naAllowed: true } }, dimensions: [{ id: 'reasoning', name: 'Reasoning', shortName: 'Reasoning', levels: [{ value: 1, descriptor: 'a' }, { value: 2, descriptor: 'b' }] }] }));
    const early = note('early', 10);
    const late = note('late', 20);
    const [na] = lessonScores(lessonRubric, { episodes: [], scores: [score('reasoning', null, null, [], true)], notes: [] }, 0);
    expect(na).toMatchObject({ value: null, na: true });
    const [cited] = lessonScores(lessonRubric, { episodes: [], scores: [score('reasoning', null, 2, [late.id, uuidv7(), early.id])], notes: [early, late] }, 0);
    expect(cited!.evidence).toEqual([early.id, late.id]);
  });

  it('blocks submitting a score that needs evidence and has none, naming the dimension and where', () => {
    const r = rubric(sampleRubric());
    const n = note('S3 labels the axes', 5);
    expect(submissionProblems(r, { episodes: [], notes: [n], scores: [score('precision', null, 3)] })).toEqual([
      'Precision: the score for the lesson needs at least one note as evidence.',
    ]);
    expect(submissionProblems(r, { episodes: [], notes: [n], scores: [score('precision', null, 3, [n.id])] })).toEqual([]);
    expect(submissionProblems(r, { episodes: [], notes: [n], scores: [score('precision', null, null, [], true)] })).toEqual([]);
  });

  it('counts notes per student in seat order, including students not heard', () => {
    const s = (code: string, row: number, col: number): Student => ({ id: uuidv7(), observationId: OBS, code, row, col, focal: false });
    const [b, a] = [s('B', 1, 0), s('A', 0, 1)];
    expect(studentTally([b, a], [note('x', 0, { studentId: b.id }), note('y', 0, { studentId: b.id })]).map((t) => [t.student.code, t.notes])).toEqual([['A', 0], ['B', 2]]);
  });
});

describe('exports', () => {
  const launch = episode('launch', 0);
  const group = episode('small-group-work', 600_000);
  const evidence = note('S7: "I doubled both" =SUM(A1)', 700_000);
  const record = detail({
    notes: [evidence],
    episodes: [launch, group],
    scores: [score('mathematics', group.id, 3, [evidence.id]), score('mathematics', null, 2, []), score('cognitive-demand', launch.id, 1)],
  });
  const report = buildReport({ detail: record, rubric: tru, teacherName: 'Dana Reyes-Núñez', schoolName: 'Lincoln Elementary', now: 0 });

  it('writes teacher-facing Markdown: feedback first, scores, evidence with lesson times, episodes', () => {
    const md = feedbackMarkdown(report);
    expect(md).toContain('# Feedback for Dana Reyes-Núñez');
    expect(md).toContain('## Strengths\n\nStudents explained \\| compared strategies.');
    expect(md).toContain('## Questions to consider\n\n\\# Who spoke?');
    expect(md).toContain('## Next steps\n\n_Nothing written._');
    expect(md).toContain('| The Mathematics | 2 (Developing) |');
    expect(md).toContain('### The Mathematics: 2 (Developing)\n\n- \\[11:40\\] S7: "I doubled both" =SUM(A1)');
    expect(md).toContain('| 2 | 10:00 | Small group work | 30:00 |');
  });

  it('writes tidy CSV: a fixed header, one row per score, quoted text and no formulas', () => {
    const lines = scoresCsv(report).trimEnd().split('\r\n');
    expect(lines[0]).toBe(SCORE_CSV_COLUMNS.join(','));
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => [r[11], r[12], r[14], r[16]])).toEqual([
      ['episode', '2', 'mathematics', '3'],
      ['lesson', '', 'mathematics', '2'],
      ['episode', '1', 'cognitive-demand', '1'],
    ]);
    expect(rows.every((r) => r.length === SCORE_CSV_COLUMNS.length)).toBe(true);
    const hostile = buildReport({ detail: record, rubric: tru, teacherName: '=HYPERLINK("x"), "quoted"', schoolName: '', now: 0 });
    expect(scoresCsv(hostile).split('\r\n')[1]).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
  });

  it('names files by teacher and day, safe on every file system', () => {
    expect(report.date).toMatch(/^2026-11-2[34]$/);
    expect(exportFileName(report, 'md')).toBe(`feedback-dana-reyes-nunez-${report.date}.md`);
    expect(exportFileName(report, 'csv', 'scores')).toBe(`scores-dana-reyes-nunez-${report.date}.csv`);
    expect(exportFileName({ ...report, teacherName: '../../etc' }, 'csv', 'scores')).toBe(`scores-etc-${report.date}.csv`);
  });
});
