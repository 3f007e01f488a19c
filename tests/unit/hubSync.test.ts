// The district hub end to end, once over SQLite and once over PostgreSQL 15:
// devices (real stores, the real backend) sync through `fieldbook hub serve`
// running as a child process on 127.0.0.1, and every fault the issue names is
// checked by what the devices and the hub hold afterwards.
import { describe, expect, it } from 'vitest';
import { enrolWithHub } from '../../db/hubSync/enrol.js';
import { readHubToken, saveHubToken } from '../../db/hubSync/state.js';
import { syncOnce } from '../../db/hubSync/syncOnce.js';
import type { Observation } from '../../shared/observation.js';
import { PUSH_BATCH } from '../../shared/sync/hubProtocol.js';
import { coachWork, digestOf, SAMPLE_RUBRIC } from '../support/bundles.js';
import { startFaultyProxy } from '../support/faultyProxy.js';
import { HUB_BACKENDS, hubDatabases, startTestHub, type TestHub } from '../support/hub.js';
import { setUpLessonStudy } from '../support/lessonStudy.js';
import { noteInput, setUpBackend, startTestObservation, type TestBackend } from '../support/observationBackend.js';
import { readOps } from '../support/stores.js';

async function device(hub: TestHub, grant: { userName: string; role: string; schools?: string[]; teams?: string[] }, url = hub.url): Promise<TestBackend> {
  const t = setUpBackend();
  await enrolWithHub(t.store, url, await hub.code(grant));
  return t;
}

const leader = { userName: 'Dana Cruz', role: 'district_leader' };

/** Observations with notes and a score, and a lesson study cycle. */
async function work(t: TestBackend, who: string, schoolId: string | null = null): Promise<Observation> {
  const observation = await startTestObservation(t, { teacherLabel: `${who}'s room`, schoolId });
  await t.value('saveNote', noteInput(observation.id, `${who}: pairs compare strategies`));
  await t.value('saveNote', noteInput(observation.id, '12', { atMs: 60_000 }));
  await t.value('saveScore', { observationId: observation.id, dimensionId: 'cognitive-demand', value: 3 });
  return observation;
}

async function push(hub: TestHub, token: string, ops: unknown[]): Promise<{ status: number; body: { code?: string; message?: string; accepted?: number; alreadyHad?: number } }> {
  const response = await fetch(`${hub.url}/v1/push`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ ops }) });
  return { status: response.status, body: (await response.json()) as never };
}

async function hubSeq(hub: TestHub): Promise<number> {
  return hub.storage.districtSeq(hub.districtId);
}

describe.each(HUB_BACKENDS)('the district hub over %s', (backend) => {
  const newDatabase = hubDatabases(backend);

  it('three replicas with lesson study and observations sync through the hub to one digest; syncing again changes nothing', async () => {
    const hub = await startTestHub(await newDatabase());
    const [a, b, c] = [await device(hub, leader), await device(hub, { ...leader, userName: 'Ken Ito' }), await device(hub, { ...leader, userName: 'Lee Park' })];
    await coachWork(a, 'Ana Ruiz');
    const observation = await work(a, 'Ana');
    await work(b, 'Ben');
    await b.value('saveSchool', { name: 'Jefferson Elementary', code: '007' });
    expect(await syncOnce(a.store)).toMatchObject({ sent: readOps(a.store).length });
    await syncOnce(b.store);
    await syncOnce(c.store);
    await syncOnce(a.store);
    expect(digestOf(c.store)).toBe(digestOf(a.store));
    // The rubric version A's observation is scored on came with it.
    expect(await c.value('getRubricVersion', SAMPLE_RUBRIC)).toMatchObject({ id: SAMPLE_RUBRIC.id, version: 1 });
    await syncOnce(b.store);
    expect(digestOf(b.store)).toBe(digestOf(a.store));

    // C adds to A's observation; A and C edit the same note at once.
    c.advance(60_000);
    await c.value('saveNote', noteInput(observation.id, 'Lee: a student explains halves'));
    const note = (await a.value<{ notes: { id: string }[] }>('getObservation', { id: observation.id })).notes[0]!;
    await a.value('saveNote', { ...noteInput(observation.id, 'Ana: edited'), id: note.id });
    await c.value('saveNote', { ...noteInput(observation.id, 'Lee: edited'), id: note.id });
    for (const t of [c, a, b, c]) await syncOnce(t.store);
    const digest = digestOf(a.store);
    expect([digestOf(b.store), digestOf(c.store)]).toEqual([digest, digest]);
    const seq = await hubSeq(hub);
    for (const t of [a, b, c]) expect(await syncOnce(t.store)).toEqual({ sent: 0, received: 0, alreadyHad: 0, conflicts: 0 });
    expect(await hubSeq(hub)).toBe(seq);
    expect(digestOf(b.store)).toBe(digest);
  });

  it('through the app\'s API: a bad address is refused before anything is sent, enrolment shows the district, sync sends the pending changes', async () => {
    const hub = await startTestHub(await newDatabase());
    const t = setUpBackend();
    expect(await t.value('getHubStatus')).toEqual({ hubUrl: null, enrolled: false, districtName: '', userName: '', role: '', lastSyncAt: null, pendingOps: 0, lastError: null, auto: { automatic: 'off', syncing: false, nextSyncAt: null, failuresInARow: 0 } });
    expect(await t.refusal('enrolWithHub', { hubUrl: 'hub.district.org', code: 'X' })).toMatch(/web address/);
    expect(await t.refusal('syncWithHub', {})).toMatch(/^This device is not enrolled with a district hub/);
    const status = await t.value('enrolWithHub', { hubUrl: `${hub.url}/`, code: await hub.code({ userName: 'Pat Adams', role: 'principal' }) });
    expect(status).toMatchObject({ hubUrl: hub.url, enrolled: true, districtName: 'Dinuba Unified', userName: 'Pat Adams', role: 'principal', lastSyncAt: null });
    await work(t, 'Pat');
    const pending = (await t.value<{ pendingOps: number }>('getHubStatus')).pendingOps;
    expect(pending).toBe(readOps(t.store).length);
    expect(await t.value('syncWithHub', {})).toMatchObject({ sent: pending, conflicts: 0 });
    expect(await t.value('getHubStatus')).toMatchObject({ pendingOps: 0, lastSyncAt: Date.UTC(2026, 10, 23, 9), lastError: null });
  });

  it('a repeated delivery is a no-op: the same ops pushed again are counted as already there and take no sequence numbers', async () => {
    const hub = await startTestHub(await newDatabase());
    const a = await device(hub, leader);
    await work(a, 'Ana');
    const ops = readOps(a.store);
    const token = readHubToken(a.dataDir)!;
    expect((await push(hub, token, ops)).body).toEqual({ accepted: ops.length, alreadyHad: 0 });
    const seq = await hubSeq(hub);
    expect(seq).toBe(ops.length);
    expect((await push(hub, token, [...ops, ops[0]])).body).toEqual({ accepted: 0, alreadyHad: ops.length + 1 });
    expect(await hubSeq(hub)).toBe(seq);
    expect(await syncOnce(a.store)).toMatchObject({ sent: 0, received: 0, alreadyHad: ops.length });
  });

  it('refuses changes dated hours past a day ahead with "your clock is wrong" and stores nothing', async () => {
    const hub = await startTestHub(await newDatabase());
    const a = await device(hub, leader);
    a.advance(Date.now() - Date.UTC(2026, 10, 23, 9) + 30 * 3_600_000);
    await work(a, 'Ana');
    await expect(syncOnce(a.store)).rejects.toMatchObject({ code: 'clock_wrong', message: expect.stringMatching(/^Your clock is wrong: this device dated a change .* more than a day after the hub's time/) });
    expect(await hubSeq(hub)).toBe(0);
    expect((await a.value<{ lastError: string }>('getHubStatus')).lastError).toMatch(/^Your clock is wrong/);
  });

  it('refuses a revoked device and a token the hub does not know, in words', async () => {
    const hub = await startTestHub(await newDatabase());
    const a = await device(hub, leader);
    await syncOnce(a.store);
    const [listed] = await hub.storage.listDevices();
    expect(await hub.storage.revokeDevice(listed!.id, Date.now())).toBe(true);
    await work(a, 'Ana');
    await expect(syncOnce(a.store)).rejects.toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/withdrawn this device.s access to the hub/) });
    const b = await device(hub, leader);
    saveHubToken(b.dataDir, 'fbd_thisTokenWasNeverIssuedByTheHubAtAll00000');
    await work(b, 'Ben');
    await expect(syncOnce(b.store)).rejects.toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/does not recognise this device.s key/) });
    expect(await hubSeq(hub)).toBe(0);
  });

  it('refuses a forged device id: changes of another device that the hub has not received from it', async () => {
    const hub = await startTestHub(await newDatabase());
    const a = await device(hub, leader);
    const b = await device(hub, leader);
    await work(b, 'Ben');
    const refused = await push(hub, readHubToken(a.dataDir)!, readOps(b.store));
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ code: 'forged_device', message: expect.stringMatching(/made on another device .* Nothing was stored\.$/) });
    expect(await hubSeq(hub)).toBe(0);
    // Once B has sent them, A relaying the same changes is a harmless repeat.
    await syncOnce(b.store);
    expect((await push(hub, readHubToken(a.dataDir)!, readOps(b.store))).body).toMatchObject({ accepted: 0 });
  });

  it('a principal receives only their school: nothing from another school, the team only for its members; a push outside scope is refused whole', async () => {
    const hub = await startTestHub(await newDatabase());
    const office = await device(hub, leader);
    const schoolA = (await office.value<{ id: string }>('saveSchool', { name: 'Adams Elementary', code: 'A1' })).id;
    const schoolB = (await office.value<{ id: string }>('saveSchool', { name: 'Birch Middle', code: 'B1' })).id;
    const ls = await setUpLessonStudy(office);
    await syncOnce(office.store);
    await hub.addSchool(schoolA);
    await hub.addSchool(schoolB);
    await hub.addTeam(ls.team.id);
    const principalA = await device(hub, { userName: 'Pat Adams', role: 'principal', schools: [schoolA] });
    const principalB = await device(hub, { userName: 'Bo Birch', role: 'principal', schools: [schoolB] });
    const teacher = await device(hub, { userName: 'Rosa Diaz', role: 'teacher', teams: [ls.team.id] });
    for (const t of [principalA, principalB]) await syncOnce(t.store);
    const inA = await work(principalA, 'Pat', schoolA);
    const inB = await work(principalB, 'Bo', schoolB);
    for (const t of [principalA, principalB, teacher, office, principalA, principalB, teacher]) await syncOnce(t.store);

    const rowsOf = (t: TestBackend, table: string) => t.store.db.prepare(`SELECT DISTINCT row_id FROM ops WHERE tbl = ?`).pluck().all(table) as string[];
    expect(rowsOf(principalA, 'observations')).toEqual([inA.id]);
    expect(rowsOf(principalB, 'observations')).toEqual([inB.id]);
    expect(rowsOf(teacher, 'observations')).toEqual([]);
    expect(rowsOf(principalA, 'schools').sort()).toEqual([schoolA, schoolB].sort());
    expect(rowsOf(principalA, 'ls_cycles')).toEqual([]);
    expect(rowsOf(teacher, 'ls_cycles')).toEqual([ls.cycleId]);
    expect(rowsOf(teacher, 'ls_plan_steps').length).toBeGreaterThan(0);
    expect(rowsOf(office, 'observations').sort()).toEqual([inA.id, inB.id].sort());
    // The raw pull from the start: not one op of school B's observation or its notes.
    const pulled = (await (await fetch(`${hub.url}/v1/pull`, { headers: { authorization: `Bearer ${readHubToken(principalA.dataDir)}` } })).json()) as { ops: { row: string; table: string }[] };
    const bRows = new Set(readOps(principalB.store).filter((op) => op.node === principalB.store.nodeId).map((op) => op.row));
    expect(pulled.ops.length).toBeGreaterThan(0);
    expect(pulled.ops.filter((op) => bRows.has(op.row))).toEqual([]);

    const seq = await hubSeq(hub);
    principalA.advance(60_000);
    await principalA.value('saveNote', noteInput(inA.id, 'Pat: allowed'));
    await work(principalA, 'Pat', schoolB);
    await expect(syncOnce(principalA.store)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/may not change "observations" rows of a school or team it is not enrolled for, so the hub stored nothing/) });
    expect(await hubSeq(hub)).toBe(seq);
    expect(await syncOnce(principalB.store)).toMatchObject({ received: 0 });
  });

  it('a push batch never splits a new row: an observation straddling the batch size reaches the hub whole and its school receives it', async () => {
    const hub = await startTestHub(await newDatabase());
    const office = await device(hub, leader);
    const school = (await office.value<{ id: string }>('saveSchool', { name: 'Adams Elementary', code: 'A1' })).id;
    await syncOnce(office.store);
    await hub.addSchool(school);
    const grant = { userName: 'Pat Adams', role: 'principal', schools: [school] };
    const [principal, colleague] = [await device(hub, grant), await device(hub, { ...grant, userName: 'Cy Adams', role: 'coach' })];
    await syncOnce(principal.store);
    const first = await work(principal, 'Pat', school);
    // Edits of one note's text (one op each) until the next observation's first field is the batch's last op.
    const note = noteInput(first.id, 'Pat: edit 0');
    await principal.value('saveNote', note);
    const own = () => readOps(principal.store).filter((op) => op.node === principal.store.nodeId).length;
    for (let i = 1; own() < PUSH_BATCH - 1; i++) await principal.value('saveNote', { ...note, text: `Pat: edit ${i}` });
    const straddling = await startTestObservation(principal, { teacherLabel: 'Room 9', schoolId: school });
    expect(readOps(principal.store).findIndex((op) => op.row === straddling.id) - readOps(principal.store).filter((op) => op.node !== principal.store.nodeId).length).toBe(PUSH_BATCH - 1);

    expect(await syncOnce(principal.store)).toMatchObject({ sent: own() });
    await syncOnce(colleague.store);
    expect(await colleague.value('getObservation', { id: straddling.id })).toMatchObject({ observation: { teacherLabel: 'Room 9', schoolId: school } });
  });

  it('the hub killed while receiving a push, and after storing one but before answering: after a restart the device syncs again and every replica ends on one digest', async () => {
    const hub = await startTestHub(await newDatabase());
    const proxy = await startFaultyProxy(hub.port);
    try {
      const a = await device(hub, leader, proxy.url);
      const b = await device(hub, leader);
      await setUpLessonStudy(a);
      await work(a, 'Ana');
      // Killed while the push is arriving: nothing is stored.
      proxy.breakNext('POST /v1/push', { kind: 'cut-request', then: () => void hub.kill() });
      await expect(syncOnce(a.store)).rejects.toMatchObject({ code: 'hub_unreachable' });
      await hub.kill();
      await hub.restart();
      expect(await hubSeq(hub)).toBe(0);
      // Killed after storing the push, before the device hears so.
      proxy.breakNext('POST /v1/push', { kind: 'drop-answer', then: () => void hub.kill() });
      await expect(syncOnce(a.store)).rejects.toMatchObject({ code: 'hub_unreachable', message: expect.stringMatching(/^Fieldbook could not reach the hub at .*; nothing was lost\.$/) });
      await hub.kill();
      await expect(syncOnce(a.store)).rejects.toMatchObject({ code: 'hub_unreachable' });
      await hub.restart();
      expect(await syncOnce(a.store)).toMatchObject({ sent: 0 });
      await syncOnce(b.store);
      expect(digestOf(b.store)).toBe(digestOf(a.store));
      // Every op once, and the one rubric version they name (the built-in TRU rubric).
      expect(await hubSeq(hub)).toBe(readOps(a.store).length + 1);
    } finally {
      await proxy.close();
    }
  });

  it('a connection cut mid-snapshot or mid-pull applies nothing of the cut page; the next sync finishes on the same digest', async () => {
    const hub = await startTestHub(await newDatabase());
    const proxy = await startFaultyProxy(hub.port);
    try {
      const a = await device(hub, leader);
      const b = await device(hub, leader, proxy.url);
      await setUpLessonStudy(a);
      await syncOnce(a.store);
      const empty = digestOf(b.store);
      proxy.breakNext('GET /v1/snapshot', { kind: 'cut-answer', afterBytes: 700 });
      await expect(syncOnce(b.store)).rejects.toMatchObject({ code: 'hub_unreachable' });
      expect(digestOf(b.store)).toBe(empty);
      await syncOnce(b.store);
      expect(digestOf(b.store)).toBe(digestOf(a.store));

      await work(a, 'Ana');
      await syncOnce(a.store);
      const before = digestOf(b.store);
      proxy.breakNext('GET /v1/pull', { kind: 'cut-answer', afterBytes: 700 });
      await expect(syncOnce(b.store)).rejects.toMatchObject({ code: 'hub_unreachable', message: expect.stringMatching(/the answer was cut off|the connection failed/) });
      expect(digestOf(b.store)).toBe(before);
      await syncOnce(b.store);
      expect(digestOf(b.store)).toBe(digestOf(a.store));
    } finally {
      await proxy.close();
    }
  });
});
