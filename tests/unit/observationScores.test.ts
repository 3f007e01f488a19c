// Scoring, the seating chart, attachments, submitting and corrections on a
// real store: scores on the rubric's own scale with notes as evidence, a
// chart of pseudonym codes, files stored under their hash, a submitted
// observation frozen, and every bad input refused with nothing stored.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachmentFile } from '../../db/observations/attachments.js';
import type { Attachment, Episode, HistoryEntry, Note, Observation, ObservationDetail, Score, Student } from '../../shared/observation.js';
import { sampleRubricText } from '../support/rubrics.js';
import { noteInput, setUpBackend, startTestObservation, type TestBackend } from '../support/observationBackend.js';

const detailOf = (t: TestBackend, id: string) => t.value<ObservationDetail>('getObservation', { id });

/** A lesson-scored rubric whose "precision" needs evidence and which allows N/A. */
async function withSampleRubric(t: TestBackend): Promise<Observation> {
  const text = sampleRubricText({ scoring: { unit: 'lesson', scale: { levels: [1, 2, 3, 4].map((value) => ({ value, label: `L${value}` })), naAllowed: true } } });
  await t.value('importRubric', { text });
  return startTestObservation(t, { rubric: { id: 'sample-rubric', version: 1 } });
}

describe('scoring', () => {
  it('scores TRU Math per episode with notes as evidence, and the observer’s summary as the lesson score', async () => {
    const t = setUpBackend();
    const o = await startTestObservation(t);
    const launch = await t.value<Episode>('startEpisode', { observationId: o.id, typeId: 'launch', atMs: 0 });
    const group = await t.value<Episode>('startEpisode', { observationId: o.id, typeId: 'small-group-work', atMs: 300_000 });
    const n1 = await t.value<Note>('saveNote', noteInput(o.id, 'S2 explains why 3/4 > 2/3 using a number line', { atMs: 320_000 }));
    await t.value('saveScore', { observationId: o.id, episodeId: launch.id, dimensionId: 'cognitive-demand', value: 1 });
    const s = await t.value<Score>('saveScore', { observationId: o.id, episodeId: group.id, dimensionId: 'cognitive-demand', value: 3, evidence: [n1.id] });
    expect(s).toMatchObject({ episodeId: group.id, value: 3, na: false, evidence: [n1.id] });
    // Scoring the same episode and dimension again changes that score.
    await t.value('saveScore', { observationId: o.id, episodeId: group.id, dimensionId: 'cognitive-demand', value: 2, evidence: [n1.id] });
    await t.value('saveScore', { observationId: o.id, dimensionId: 'cognitive-demand', value: 2 });
    const detail = await detailOf(t, o.id);
    expect(detail.scores.map((x) => [x.episodeId, x.value]).sort()).toEqual(
      [[group.id, 2], [launch.id, 1], [null, 2]].sort(),
    );
    // Clearing removes the score.
    expect(await t.value('saveScore', { observationId: o.id, episodeId: launch.id, dimensionId: 'cognitive-demand' })).toBeNull();
    expect((await detailOf(t, o.id)).scores).toHaveLength(2);
  });

  it('refuses a score outside the scale, N/A where not allowed, a foreign episode or note, and stores nothing', async () => {
    const t = setUpBackend();
    const o = await startTestObservation(t);
    const other = await startTestObservation(t);
    const episode = await t.value<Episode>('startEpisode', { observationId: o.id, typeId: 'launch', atMs: 0 });
    const foreignEpisode = await t.value<Episode>('startEpisode', { observationId: other.id, typeId: 'launch', atMs: 0 });
    const foreignNote = await t.value<Note>('saveNote', noteInput(other.id, 'elsewhere'));
    const base = { observationId: o.id, episodeId: episode.id, dimensionId: 'mathematics' };
    expect(await t.refusal('saveScore', { ...base, value: 7 })).toBe('7 is not on this rubric\'s scale; the levels are 1 (Limited), 2 (Developing), 3 (Strong).');
    expect(await t.refusal('saveScore', { ...base, value: 2.5 })).toMatch(/whole number/);
    expect(await t.refusal('saveScore', { ...base, value: '3' })).toMatch(/must be a number/);
    expect(await t.refusal('saveScore', { ...base, na: true })).toMatch(/does not allow N\/A/);
    expect(await t.refusal('saveScore', { ...base, episodeId: foreignEpisode.id, value: 2 })).toMatch(/not part of this observation/);
    expect(await t.refusal('saveScore', { ...base, value: 2, evidence: [foreignNote.id] })).toMatch(/Evidence must be notes of this observation/);
    expect(await t.refusal('saveScore', { ...base, dimensionId: 'nope', value: 2 })).toMatch(/"nope" is not a dimension/);
    expect((await detailOf(t, o.id)).scores).toEqual([]);
  });

  it('takes lesson scores and N/A on a lesson-scored rubric that allows it, and no episode scores', async () => {
    const t = setUpBackend();
    const o = await withSampleRubric(t);
    const episode = await t.call('startEpisode', { observationId: o.id, typeId: 'launch', atMs: 0 });
    expect(episode.ok).toBe(false);
    const na = await t.value<Score>('saveScore', { observationId: o.id, dimensionId: 'reasoning', na: true });
    expect(na).toMatchObject({ value: null, na: true });
    expect(await t.refusal('saveScore', { observationId: o.id, dimensionId: 'reasoning', na: true, value: 2 })).toMatch(/either a level or N\/A/);
  });
});

describe('submitting', () => {
  it('checks required evidence, then freezes the observation; a correction copies everything and supersedes it', async () => {
    const t = setUpBackend();
    const o = await withSampleRubric(t);
    await t.value('setSeating', { observationId: o.id, rows: 2, cols: 3 });
    const student = await t.value<Student>('saveStudent', { observationId: o.id, code: 'S07', row: 1, col: 2, focal: true });
    const evidence = await t.value<Note>('saveNote', noteInput(o.id, 'S07 checks units before answering', { studentId: student.id }));
    await t.value('saveScore', { observationId: o.id, dimensionId: 'precision', value: 3 });
    expect(await t.refusal('submitObservation', { id: o.id })).toBe('Not submitted yet. Precision: the score for the lesson needs at least one note as evidence.');
    expect((await detailOf(t, o.id)).observation.status).toBe('draft');

    await t.value('saveScore', { observationId: o.id, dimensionId: 'precision', value: 3, evidence: [evidence.id] });
    await t.value('saveFeedback', { id: o.id, strengths: 'Students checked units.', questions: 'Who else could explain?', nextSteps: 'Ask a second student.' });
    t.advance(60_000);
    const submitted = await t.value<Observation>('submitObservation', { id: o.id });
    expect(submitted).toMatchObject({ status: 'submitted', submittedAt: expect.any(Number), timer: { accumulatedMs: 60_000, runningSince: null } });

    // Frozen: every change is refused.
    for (const [method, input] of [
      ['saveNote', noteInput(o.id, 'late')],
      ['saveScore', { observationId: o.id, dimensionId: 'reasoning', value: 1 }],
      ['saveFeedback', { id: o.id, strengths: 'x', questions: '', nextSteps: '' }],
      ['saveStudent', { observationId: o.id, code: 'S08', row: 0, col: 0 }],
      ['deleteNote', { id: evidence.id }],
    ] as const) {
      expect(await t.refusal(method, input), method).toMatch(/submitted and is frozen/);
    }

    const correction = await t.value<Observation>('startCorrection', { id: o.id });
    expect(correction).toMatchObject({ status: 'draft', supersedes: o.id, submittedAt: null, feedback: submitted.feedback });
    const copy = await detailOf(t, correction.id);
    expect(copy.notes.map((n) => n.text)).toEqual(['S07 checks units before answering']);
    expect(copy.students.map((s) => s.code)).toEqual(['S07']);
    expect(copy.notes[0]!.studentId).toBe(copy.students[0]!.id);
    expect(copy.scores[0]!.evidence).toEqual([copy.notes[0]!.id]);
    expect(copy.notes[0]!.id).not.toBe(evidence.id);
    expect((await detailOf(t, o.id)).supersededBy).toBe(correction.id);
    expect(await t.refusal('startCorrection', { id: o.id })).toMatch(/already has a correction/);
    const list = await t.value<{ rows: { id: string; supersededBy: string | null }[] }>('listObservations', {});
    expect(list.rows.find((r) => r.id === o.id)?.supersededBy).toBe(correction.id);
  });
});

describe('the seating chart', () => {
  it('seats students by code, refuses names-like input, taken seats and seats off the chart', async () => {
    const t = setUpBackend();
    const o = await startTestObservation(t);
    await t.value('setSeating', { observationId: o.id, rows: 2, cols: 2 });
    const a = await t.value<Student>('saveStudent', { observationId: o.id, code: 'A1', row: 0, col: 0 });
    expect(await t.refusal('saveStudent', { observationId: o.id, code: 'Maria Lopez', row: 0, col: 1 })).toMatch(/pseudonym, not a name/);
    expect(await t.refusal('saveStudent', { observationId: o.id, code: 'a1', row: 0, col: 1 })).toMatch(/A1 is already on this chart/);
    expect(await t.refusal('saveStudent', { observationId: o.id, code: 'B2', row: 0, col: 0 })).toMatch(/A1 already sits in row 1, seat 1/);
    expect(await t.refusal('saveStudent', { observationId: o.id, code: 'B2', row: 2, col: 0 })).toMatch(/not on this 2 × 2 seating chart/);
    await t.value('saveStudent', { observationId: o.id, id: a.id, code: 'A1', row: 1, col: 1, focal: true });
    expect(await t.refusal('setSeating', { observationId: o.id, rows: 1, cols: 2 })).toMatch(/A1 sits in row 2, seat 2/);
    await t.value('saveNote', noteInput(o.id, 'A1 asks why', { studentId: a.id }));
    expect(await t.refusal('removeStudent', { id: a.id })).toMatch(/A1 is in 1 note/);
    expect((await detailOf(t, o.id)).students).toEqual([{ id: a.id, observationId: o.id, code: 'A1', row: 1, col: 1, focal: true }]);
  });
});

describe('attachments', () => {
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('pretend image data')]);

  it('stores a file under its SHA-256 with the kind read from its bytes, once, and reads it back checked', async () => {
    const t = setUpBackend();
    const o = await startTestObservation(t);
    const a = await t.value<Attachment>('addAttachment', { observationId: o.id, name: 'work sample.png', dataBase64: png.toString('base64') });
    const b = await t.value<Attachment>('addAttachment', { observationId: o.id, name: 'again.png', dataBase64: png.toString('base64') });
    expect(a).toMatchObject({ name: 'work sample.png', mime: 'image/png', size: png.length });
    expect(b.sha256).toBe(a.sha256);
    expect(fs.readFileSync(attachmentFile(t.dataDir, a.sha256))).toEqual(png);
    const read = await t.value<{ dataBase64: string }>('getAttachmentData', { id: a.id });
    expect(Buffer.from(read.dataBase64, 'base64')).toEqual(png);
    fs.writeFileSync(attachmentFile(t.dataDir, a.sha256), 'tampered');
    expect(await t.refusal('getAttachmentData', { id: a.id })).toMatch(/changed on disk/);
  });

  it('refuses a path-like name, broken base64 and an empty file, and writes nothing', async () => {
    const t = setUpBackend();
    const o = await startTestObservation(t);
    for (const name of ['../../etc/passwd', 'C:\\Users\\x.png', '..', 'a/b.png', 'bad\u0000name.png']) {
      expect(await t.refusal('addAttachment', { observationId: o.id, name, dataBase64: png.toString('base64') }), name).toMatch(/looks like a path/);
    }
    expect(await t.refusal('addAttachment', { observationId: o.id, name: 'x.png', dataBase64: 'not base64!' })).toMatch(/not valid base64/);
    expect(await t.refusal('addAttachment', { observationId: o.id, name: 'x.png', dataBase64: '' })).toMatch(/is empty/);
    expect((await detailOf(t, o.id)).attachments).toEqual([]);
    expect(fs.existsSync(`${t.dataDir}/attachments`)).toBe(false);
  });
});

describe("a teacher's history", () => {
  it('lists begun observations oldest first with the lesson score per dimension, a correction standing in for what it replaced', async () => {
    const t = setUpBackend();
    const teacher = await t.value<{ id: string }>('savePerson', { name: 'Dana Reyes', roles: ['teacher'] });
    const first = await startTestObservation(t, { teacherId: teacher.id, teacherLabel: '' });
    expect(first.teacherLabel).toBe('Dana Reyes');
    await t.value('saveScore', { observationId: first.id, dimensionId: 'mathematics', value: 1 });
    t.advance(86_400_000);
    const second = await startTestObservation(t, { teacherId: teacher.id, teacherLabel: '' });
    await t.value('saveScore', { observationId: second.id, dimensionId: 'mathematics', value: 3 });
    await startTestObservation(t, { teacherId: teacher.id, teacherLabel: '', scheduledFor: '2026-12-01' });
    const history = await t.value<HistoryEntry[]>('getTeacherHistory', { teacherId: teacher.id });
    expect(history.map((h) => h.id)).toEqual([first.id, second.id]);
    expect(history.map((h) => h.scores.find((s) => s.dimensionId === 'mathematics')?.value)).toEqual([1, 3]);
    await t.value('submitObservation', { id: first.id });
    const fix = await t.value<Observation>('startCorrection', { id: first.id });
    const after = await t.value<HistoryEntry[]>('getTeacherHistory', { teacherId: teacher.id });
    expect(after.map((h) => h.id)).toEqual([fix.id, second.id]);
  });
});
