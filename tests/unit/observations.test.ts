// Observations on a real store: started against an exact rubric version,
// timed with a pausable timer, notes durable and idempotent by id, episodes
// of the rubric's types, the half-typed note kept, search over every note,
// and bad input refused with a sentence and nothing stored.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids.js';
import type { Episode, Note, Observation, ObservationDetail } from '../../shared/observation.js';
import { noteInput, setUpBackend, startTestObservation, TRU } from '../support/observationBackend.js';

const setUp = setUpBackend;
const started = startTestObservation;
const note = noteInput;

describe('starting an observation', () => {
  it('starts now with its timer running, against the exact rubric version, with the observer from settings', async () => {
    const t = setUp();
    await t.value('saveSettings', { userName: 'Ana Torres' });
    const o = await started(t, { focus: ['cognitive-demand'] });
    expect(o).toMatchObject({ status: 'draft', rubricId: 'tru-math', rubricVersion: 1, focus: ['cognitive-demand'], observerName: 'Ana Torres', teacherLabel: 'Room 12' });
    expect(o.timer.runningSince).toBe(o.startedAt);
  });

  it('schedules a visit for a date, which begins later', async () => {
    const t = setUp();
    const o = await started(t, { scheduledFor: '2026-11-24' });
    expect(o).toMatchObject({ status: 'scheduled', startedAt: null, scheduledFor: '2026-11-24' });
    t.advance(86_400_000);
    const begun = await t.value<Observation>('beginObservation', { id: o.id });
    expect(begun.status).toBe('draft');
    expect(begun.timer.runningSince).toBe(begun.startedAt);
  });

  it('refuses what it cannot honour, with a sentence, and stores nothing', async () => {
    const t = setUp();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ rubric: { id: 'no-such', version: 1 } }, /no published version 1 of rubric "no-such"/],
      [{ focus: ['not-a-dimension'] }, /"not-a-dimension" is not a dimension of TRU Math/],
      [{ focus: ['mathematics', 'cognitive-demand', 'formative-assessment'] }, /at most 2 focus dimensions/],
      [{ teacherLabel: '' }, /Choose a teacher or write a label/],
      [{ teacherId: uuidv7() }, /not in the directory/],
      [{ scheduledFor: 'tomorrow' }, /YYYY-MM-DD/],
    ];
    for (const [extra, pattern] of cases) {
      const result = await t.call('startObservation', { teacherLabel: 'Room 12', rubric: TRU, ...extra });
      expect(result.ok, JSON.stringify(extra)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(pattern);
    }
    await t.value('setRubricVersionRetired', { ...TRU, retired: true });
    expect(await t.call('startObservation', { teacherLabel: 'Room 12', rubric: TRU })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/retired/) } });
    expect(await t.value('listObservations', {})).toEqual({ rows: [], total: 0 });
  });
});

describe('the lesson timer', () => {
  it('banks time on pause and counts again on resume', async () => {
    const t = setUp();
    const o = await started(t);
    t.advance(90_000);
    const paused = await t.value<Observation>('setObservationTimer', { id: o.id, running: false });
    expect(paused.timer).toEqual({ accumulatedMs: 90_000, runningSince: null });
    t.advance(600_000);
    const resumed = await t.value<Observation>('setObservationTimer', { id: o.id, running: true });
    expect(resumed.timer.accumulatedMs).toBe(90_000);
    expect(resumed.timer.runningSince).toBe(o.startedAt! + 690_000);
    expect(await t.value('setObservationTimer', { id: o.id, running: true })).toEqual(resumed);
  });
});

describe('notes', () => {
  it('saves a note durably: it is in the database file when the call returns', async () => {
    const t = setUp();
    const o = await started(t);
    const input = note(o.id, 'T asks: "How do you know?" S3 points at the number line.', { atMs: 62_000, dimensions: ['formative-assessment'], tags: ['teacher-question'] });
    const saved = await t.value<Note>('saveNote', input);
    expect(saved).toMatchObject({ id: input.id, atMs: 62_000, dimensions: ['formative-assessment'], tags: ['teacher-question'] });
    t.store.close();
    const reopened = setUp(t.dataDir);
    const detail = await reopened.value<ObservationDetail>('getObservation', { id: o.id });
    expect(detail.notes.map((n) => n.text)).toEqual([input.text]);
  });

  it('treats a retried save as the same note, and the same id again as an edit', async () => {
    const t = setUp();
    const o = await started(t);
    const input = note(o.id, 'First wording');
    await t.value('saveNote', input);
    await t.value('saveNote', input);
    await t.value('saveNote', { ...input, text: 'Second wording' });
    const detail = await t.value<ObservationDetail>('getObservation', { id: o.id });
    expect(detail.notes.map((n) => n.text)).toEqual(['Second wording']);
  });

  it('lists notes in lesson time and removes a deleted one', async () => {
    const t = setUp();
    const o = await started(t);
    const late = note(o.id, 'later', { atMs: 300_000 });
    await t.value('saveNote', late);
    await t.value('saveNote', note(o.id, 'earlier', { atMs: 10_000 }));
    expect((await t.value<ObservationDetail>('getObservation', { id: o.id })).notes.map((n) => n.text)).toEqual(['earlier', 'later']);
    await t.value('deleteNote', { id: late.id });
    expect((await t.value<ObservationDetail>('getObservation', { id: o.id })).notes.map((n) => n.text)).toEqual(['earlier']);
  });

  it('refuses a note too long, empty, tagged with an unknown dimension or tag, or for another observation', async () => {
    const t = setUp();
    const o = await started(t);
    const other = await started(t);
    const kept = note(o.id, 'kept');
    await t.value('saveNote', kept);
    const cases: [unknown, RegExp][] = [
      [note(o.id, 'x'.repeat(5_000_000)), /at most 10,000 characters/],
      [note(o.id, '   '), /cannot be empty/],
      [note(o.id, 'x', { dimensions: ['mathematics', 'made-up'] }), /"made-up" is not a dimension/],
      [note(o.id, 'x', { tags: ['gossip'] }), /tags/],
      [note(o.id, 'x', { episodeId: uuidv7() }), /episode is not part of this observation/],
      [note(o.id, 'x', { studentId: uuidv7() }), /student is not on this observation/],
      [{ ...kept, observationId: other.id }, /belongs to another observation/],
      [note(uuidv7(), 'x'), /not on this device/],
    ];
    for (const [input, pattern] of cases) {
      const result = await t.call('saveNote', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(pattern);
    }
    expect((await t.value<ObservationDetail>('getObservation', { id: o.id })).notes.map((n) => n.text)).toEqual(['kept']);
    expect((await t.value<ObservationDetail>('getObservation', { id: other.id })).notes).toEqual([]);
  });

  it('keeps the half-typed note on the device and clears it when the note is saved', async () => {
    const t = setUp();
    const o = await started(t);
    await t.value('saveNoteDraft', { observationId: o.id, text: 'S4 explains her str' });
    t.store.close();
    const after = setUp(t.dataDir);
    expect((await after.value<ObservationDetail>('getObservation', { id: o.id })).noteDraft).toBe('S4 explains her str');
    await after.value('saveNote', note(o.id, 'S4 explains her strategy'));
    expect((await after.value<ObservationDetail>('getObservation', { id: o.id })).noteDraft).toBe('');
    const opsBefore = after.store.db.prepare("SELECT count(*) FROM ops WHERE tbl = 'notes'").pluck().get();
    await after.value('saveNoteDraft', { observationId: o.id, text: 'never synced' });
    expect(after.store.db.prepare("SELECT count(*) FROM ops WHERE tbl = 'notes'").pluck().get()).toBe(opsBefore);
  });
});

describe('episodes', () => {
  it("marks episodes of the rubric's activity types, in lesson time", async () => {
    const t = setUp();
    const o = await started(t);
    const launch = await t.value<Episode>('startEpisode', { observationId: o.id, typeId: 'launch', atMs: 0 });
    await t.value('startEpisode', { observationId: o.id, typeId: 'small-group-work', atMs: 480_000 });
    await t.value('saveNote', note(o.id, 'in the launch', { episodeId: launch.id }));
    const detail = await t.value<ObservationDetail>('getObservation', { id: o.id });
    expect(detail.episodes.map((e) => [e.typeId, e.startMs])).toEqual([
      ['launch', 0],
      ['small-group-work', 480_000],
    ]);
    expect(detail.notes[0]!.episodeId).toBe(launch.id);
    const wrong = await t.call('startEpisode', { observationId: o.id, typeId: 'recess', atMs: 10 });
    expect(wrong).toMatchObject({ ok: false, error: { message: expect.stringMatching(/"recess" is not an episode type of this rubric \(it has: Launch, /) } });
  });
});

describe('finding past work', () => {
  it('finds notes by words and word beginnings, ignoring query syntax and deleted notes', async () => {
    const t = setUp();
    await t.value('loadDemo');
    const o = await started(t);
    await t.value('saveNote', note(o.id, 'Students compare fractions on a number line'));
    const gone = note(o.id, 'Fractions strip removed');
    await t.value('saveNote', gone);
    await t.value('deleteNote', { id: gone.id });
    const hits = await t.value<{ snippet: string; teacher: string }[]>('searchNotes', { query: 'fract NUMBER' });
    expect(hits).toEqual([expect.objectContaining({ teacher: 'Room 12', snippet: 'Students compare «fractions» on a «number» line' })]);
    expect(await t.value('searchNotes', { query: '"unbalanced AND OR (' })).toEqual([]);
    expect(await t.value('searchNotes', { query: '   ' })).toEqual([]);
  });

  it('keeps search current when a note is edited', async () => {
    const t = setUp();
    const o = await started(t);
    const input = note(o.id, 'about triangles');
    await t.value('saveNote', input);
    await t.value('saveNote', { ...input, text: 'about rectangles' });
    expect(await t.value('searchNotes', { query: 'triangles' })).toEqual([]);
    expect(await t.value<unknown[]>('searchNotes', { query: 'rectangles' })).toHaveLength(1);
  });

  it('lists observations newest first with filters and a total', async () => {
    const t = setUp();
    const first = await started(t);
    t.advance(60_000);
    const second = await started(t, { teacherLabel: 'Room 14' });
    await t.value('saveNote', note(second.id, 'a'));
    await started(t, { scheduledFor: '2026-12-01' });
    const all = await t.value<{ rows: { id: string; noteCount: number; rubricName: string }[]; total: number }>('listObservations', {});
    expect(all.total).toBe(3);
    expect(all.rows[0]).toMatchObject({ id: second.id, noteCount: 1, rubricName: 'TRU Math' });
    expect(all.rows[1]!.id).toBe(first.id);
    expect((await t.value<{ total: number }>('listObservations', { status: 'scheduled' })).total).toBe(1);
    expect((await t.value<{ rows: unknown[]; total: number }>('listObservations', { limit: 1 })).rows).toHaveLength(1);
  });
});

describe('recovery', () => {
  it('remembers the observation on screen while it is a draft', async () => {
    const t = setUp();
    const o = await started(t);
    await t.value('setOpenObservation', { id: o.id });
    t.store.close();
    const after = setUp(t.dataDir);
    expect(await after.value('getOpenObservation')).toEqual({ id: o.id });
    await after.value('setOpenObservation', { id: null });
    expect(await after.value('getOpenObservation')).toEqual({ id: null });
  });
});
