// The report screen's worked-out sentences: the context line under the
// heading, the status in words (draft, scheduled, submitted, corrected), and
// the warning that names the dimensions left unscored.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids.js';
import type { ObservationDetail, Score } from '../../shared/observation.js';
import { buildReport } from '../../shared/observationReport.js';
import { RubricSchema } from '../../shared/rubric/format.js';
import { truMath } from '../../shared/rubric/library/truMath.js';
import { longDate, reportContext, statusInWords, unscoredWarning } from '../../renderer/features/observe/reportText.js';

const OBS = uuidv7();
const tru = RubricSchema.parse(truMath);
const lessonScore = (dimensionId: string, value: number | null, na = false): Score => ({ id: uuidv7(), observationId: OBS, episodeId: null, dimensionId, value, na, evidence: [] });

function detail(observation: Partial<ObservationDetail['observation']> = {}, scores: Score[] = []): ObservationDetail {
  return {
    observation: {
      id: OBS, teacherId: null, teacherLabel: 'Room 12', schoolId: null, grade: '7', subject: 'Mathematics', rubricId: 'tru-math', rubricVersion: 1,
      focus: [], kind: 'formal', observerName: 'Ana Torres', status: 'draft', scheduledFor: '', startedAt: Date.UTC(2026, 10, 23, 14, 0),
      timer: { accumulatedMs: 0, runningSince: null }, submittedAt: null, supersedes: null,
      feedback: { strengths: '', questions: '', nextSteps: '' }, seating: { rows: 0, cols: 0 }, cycleId: null, planId: null, ...observation,
    },
    notes: [], episodes: [], scores, students: [], attachments: [], supersededBy: null, noteDraft: '',
  };
}

const reportOf = (d: ObservationDetail, schoolName = 'Lincoln Middle') => buildReport({ detail: d, rubric: tru, teacherName: 'Ms. Rivera', schoolName, now: 0 });

describe('report screen text', () => {
  it('puts day, kind, school, grade, subject and rubric version on one line, leaving out what is blank', () => {
    expect(reportContext(reportOf(detail()))).toBe(`${longDate(Date.UTC(2026, 10, 23, 14, 0))} · Formal observation · Lincoln Middle · Grade 7 · Mathematics · ${tru.name}, version 1`);
    expect(reportContext(reportOf(detail({ grade: '', subject: '' }), ''))).toBe(`${longDate(Date.UTC(2026, 10, 23, 14, 0))} · Formal observation · ${tru.name}, version 1`);
  });

  it('says where the observation stands, a correction replacing it first', () => {
    const submittedAt = Date.UTC(2026, 10, 24, 15, 0);
    expect(statusInWords(detail().observation, null)).toBe('Draft');
    expect(statusInWords(detail({ status: 'scheduled', startedAt: null }).observation, null)).toBe('Scheduled, not begun');
    expect(statusInWords(detail({ status: 'submitted', submittedAt }).observation, null)).toBe(`Submitted on ${longDate(submittedAt)}`);
    expect(longDate(submittedAt)).toMatch(/^November 2[34], 2026$/);
    expect(statusInWords(detail({ status: 'submitted', submittedAt }).observation, uuidv7())).toBe('Corrected: replaced by a correction');
  });

  it('names the dimensions without a score; N/A and scored ones are not counted', () => {
    expect(unscoredWarning(reportOf(detail()))).toBe('5 dimensions have no score: Mathematics, Cognitive demand, Equitable access, Agency and identity, Formative assessment.');
    const four = ['mathematics', 'cognitive-demand', 'equitable-access', 'agency-ownership-identity'].map((d) => lessonScore(d, 2));
    expect(unscoredWarning(reportOf(detail({}, four)))).toBe('1 dimension has no score: Formative assessment.');
    expect(unscoredWarning(reportOf(detail({}, [...four, lessonScore('formative-assessment', 3)])))).toBeNull();
    expect(unscoredWarning(reportOf(detail({}, [...four, lessonScore('formative-assessment', null, true)])))).toBeNull();
  });
});
