// The post-lesson discussion and the lite variant on a real store, through
// callMethod: the protocol's agenda (the equity commentator's part only with
// one on the team), set up once; a timer per part; notes by speaker; each
// teacher's own teaching of the lesson. Bad input changes nothing.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import { DISCUSSION_PROTOCOL } from '../../shared/lessonStudy/discussion.js';
import { setUpLessonStudy, syncInto, type LessonStudySetUp } from '../support/lessonStudy.js';
import { setUpBackend } from '../support/observationBackend.js';
import { readOps } from '../support/stores.js';

const startDiscussion = (s: LessonStudySetUp) => s.t.value<CycleDetail>('startDiscussion', { cycleId: s.cycleId });

describe('startDiscussion', () => {
  it("sets up the protocol's parts in order, without the equity commentator's part when the team has none, once", async () => {
    const s = await setUpLessonStudy();
    const { parts } = (await startDiscussion(s)).discussion;
    expect(parts.map((p) => p.kind)).toEqual(['thanks', 'instructor', 'planning_team', 'observers', 'open', 'final_comments']);
    expect(parts[1]).toMatchObject({ title: DISCUSSION_PROTOCOL[1].title, minutes: 10, startedAt: null, endedAt: null });
    const opsBefore = readOps(s.t.store).length;
    expect((await startDiscussion(s)).discussion.parts).toEqual(parts);
    expect(readOps(s.t.store)).toHaveLength(opsBefore);
  });

  it("includes the equity commentator's part when a member has that role", async () => {
    const s = await setUpLessonStudy();
    await s.t.value('saveTeamMember', { teamId: s.team.id, name: 'Dana Cole', roles: ['equity_commentator'] });
    expect((await startDiscussion(s)).discussion.parts.map((p) => p.kind)).toEqual(DISCUSSION_PROTOCOL.map((p) => p.kind));
  });

  it('makes the same agenda on two devices that set it up while apart, so a sync merges them into one', async () => {
    const s = await setUpLessonStudy();
    const other = setUpBackend();
    syncInto(other.store, s.t.store);
    await startDiscussion(s);
    await other.value('startDiscussion', { cycleId: s.cycleId });
    syncInto(s.t.store, other.store);
    expect((await s.t.value<CycleDetail>('getLessonStudyCycle', { id: s.cycleId })).discussion.parts).toHaveLength(6);
  });
});

describe('the agenda timer', () => {
  it('starts one part at a time, ends the running one, restarts a finished one and stops', async () => {
    const s = await setUpLessonStudy();
    const [thanks, instructor] = (await startDiscussion(s)).discussion.parts;
    const set = async (partId: string | null) => (await s.t.value<CycleDetail>('setDiscussionPart', { cycleId: s.cycleId, partId })).discussion.parts;
    const t0 = s.t.advance(0);
    let parts = await set(thanks!.id);
    expect(parts[0]).toMatchObject({ startedAt: t0, endedAt: null });
    s.t.advance(120_000);
    parts = await set(instructor!.id);
    expect(parts[0]).toMatchObject({ startedAt: t0, endedAt: t0 + 120_000 });
    expect(parts[1]).toMatchObject({ startedAt: t0 + 120_000, endedAt: null });
    s.t.advance(60_000);
    parts = await set(thanks!.id);
    expect(parts[0]).toMatchObject({ startedAt: t0 + 180_000, endedAt: null });
    expect(parts[1]).toMatchObject({ endedAt: t0 + 180_000 });
    s.t.advance(30_000);
    parts = await set(null);
    expect(parts[0]).toMatchObject({ endedAt: t0 + 210_000 });
    expect(parts.filter((p) => p.startedAt !== null && p.endedAt === null)).toEqual([]);
  });

  it("renames a part and changes its minutes, and refuses a part of no cycle's agenda", async () => {
    const s = await setUpLessonStudy();
    const part = (await startDiscussion(s)).discussion.parts[4]!;
    const saved = await s.t.value<CycleDetail>('saveDiscussionPart', { id: part.id, title: 'Open discussion: agency', minutes: 20 });
    expect(saved.discussion.parts[4]).toMatchObject({ title: 'Open discussion: agency', minutes: 20 });
    expect(await s.t.refusal('setDiscussionPart', { cycleId: s.cycleId, partId: uuidv7() })).toMatch(/part of the discussion is not on this device/);
    expect(await s.t.refusal('saveDiscussionPart', { id: part.id, minutes: 500 })).toMatch(/at most 180 minutes/);
  });
});

describe('saveDiscussionNote', () => {
  it("writes a team member's note under their name, a guest's under the name given, and key learnings", async () => {
    const s = await setUpLessonStudy();
    const instructorPart = (await startDiscussion(s)).discussion.parts[1]!;
    await s.t.value('saveDiscussionNote', { cycleId: s.cycleId, partId: instructorPart.id, speakerId: s.members.rosa, text: 'I skipped the folding step.' });
    await s.t.value('saveDiscussionNote', { cycleId: s.cycleId, speaker: 'Visiting principal', text: 'Students talked more than usual.' });
    const detail = await s.t.value<CycleDetail>('saveDiscussionNote', { cycleId: s.cycleId, kind: 'learning', text: 'Number lines need a fixed unit first.' });
    expect(detail.discussion.notes.map(({ speaker, kind, partId, text }) => ({ speaker, kind, partId, text }))).toEqual(
      expect.arrayContaining([
        { speaker: 'Rosa Diaz', kind: 'note', partId: instructorPart.id, text: 'I skipped the folding step.' },
        { speaker: 'Visiting principal', kind: 'note', partId: null, text: 'Students talked more than usual.' },
        { speaker: '', kind: 'learning', partId: null, text: 'Number lines need a fixed unit first.' },
      ]),
    );
  });

  it('refuses a speaker not on the team and a part of another cycle, and an empty note, changing nothing', async () => {
    const s = await setUpLessonStudy();
    await startDiscussion(s);
    const opsBefore = readOps(s.t.store).length;
    expect(await s.t.refusal('saveDiscussionNote', { cycleId: s.cycleId, speakerId: uuidv7(), text: 'Hello' })).toMatch(/not a member of this cycle’s team/);
    expect(await s.t.refusal('saveDiscussionNote', { cycleId: s.cycleId, partId: uuidv7(), text: 'Hello' })).toMatch(/part of the discussion is not part of this cycle/);
    expect(await s.t.refusal('saveDiscussionNote', { cycleId: s.cycleId, text: '  ' })).toMatch(/The note cannot be empty/);
    expect(readOps(s.t.store)).toHaveLength(opsBefore);
  });
});

describe('saveLiteTeaching', () => {
  it("records a member's teaching and reflection, edits it, and refuses a teacher not on the team", async () => {
    const s = await setUpLessonStudy();
    const input = { cycleId: s.cycleId, teacherId: s.members.ken, taughtOn: '2026-11-20', howItWent: 'Most pairs placed 3/4.', deviations: 'Skipped the launch.', reflection: 'Start with folding.' };
    const saved = await s.t.value<CycleDetail>('saveLiteTeaching', input);
    expect(saved.liteTeachings).toEqual([expect.objectContaining({ teacherId: s.members.ken, taughtOn: '2026-11-20', deviations: 'Skipped the launch.' })]);
    const id = saved.liteTeachings[0]!.id;
    const edited = await s.t.value<CycleDetail>('saveLiteTeaching', { ...input, id, reflection: 'Start with folding, then count.' });
    expect(edited.liteTeachings).toEqual([expect.objectContaining({ id, reflection: 'Start with folding, then count.' })]);
    const opsBefore = readOps(s.t.store).length;
    expect(await s.t.refusal('saveLiteTeaching', { ...input, teacherId: uuidv7() })).toMatch(/not a member of this cycle’s team/);
    expect(await s.t.refusal('saveLiteTeaching', { ...input, taughtOn: 'Friday' })).toMatch(/YYYY-MM-DD/);
    expect(readOps(s.t.store)).toHaveLength(opsBefore);
  });
});
