// The hub attacked as an outsider and as a device holding a valid code would
// (issue #16), once over SQLite and once over PostgreSQL 15, through
// `fieldbook hub serve` on 127.0.0.1: one device's bad rubric must not stop
// the district's sync, a device id cannot be taken over by a second
// enrolment, guessing codes or tokens from one address is cut short, and an
// oversized upload still being sent is answered with its sentence.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { enrolWithHub } from '../../db/hubSync/enrol.js';
import { readHubState, readHubToken } from '../../db/hubSync/state.js';
import { syncOnce } from '../../db/hubSync/syncOnce.js';
import { sha256Hex } from '../../db/rubrics/versions.js';
import { canonicalJson } from '../../shared/rubric/canonical.js';
import { RubricSchema } from '../../shared/rubric/format.js';
import { truAnySubject } from '../../shared/rubric/library/truAnySubject.js';
import { coachWork, digestOf } from '../support/bundles.js';
import { runCli } from '../support/cli.js';
import { HUB_BACKENDS, hubDatabases, startTestHub, type TestHub } from '../support/hub.js';
import { noteInput, setUpBackend, startTestObservation, type TestBackend } from '../support/observationBackend.js';
import { sampleRubricText } from '../support/rubrics.js';
import { readOps } from '../support/stores.js';

type Grant = { userName: string; role: string; schools?: string[]; teams?: string[] };

async function device(hub: TestHub, grant: Grant): Promise<TestBackend> {
  const t = setUpBackend();
  await enrolWithHub(t.store, hub.url, await hub.code(grant));
  return t;
}

async function post(hub: TestHub, path: string, body: unknown, token?: string): Promise<{ status: number; json: { code?: string; message?: string; token?: string } }> {
  const response = await fetch(`${hub.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as never };
}

function carried(content: string, id: string, version: number) {
  return { id, version, content, contentHash: sha256Hex(content) };
}

/** The sample rubric as a device carries it in a push. */
function sampleCarried() {
  const rubric = RubricSchema.parse(JSON.parse(sampleRubricText()));
  return carried(canonicalJson(rubric), rubric.id, rubric.version);
}

const leader: Grant = { userName: 'Dana Cruz', role: 'district_leader' };
const teacher: Grant = { userName: 'Tom Reyes', role: 'teacher' };

describe.each(HUB_BACKENDS)('the hub under attack over %s', (backend) => {
  const newDatabase = hubDatabases(backend);

  it('refuses a rubric version that is not a rubric file, or a changed built-in, storing nothing; every other device keeps syncing', async () => {
    const hub = await startTestHub(await newDatabase());
    const a = await device(hub, leader);
    await coachWork(a, 'Ana Ruiz');
    await syncOnce(a.store);
    const seq = await hub.storage.districtSeq(hub.districtId);
    const token = readHubToken((await device(hub, teacher)).dataDir)!;

    const junk = await post(hub, '/v1/push', { ops: [], rubrics: [carried('c', 'junk', 1)] }, token);
    expect(junk).toMatchObject({ status: 400, json: { code: 'rubric_refused', message: expect.stringMatching(/^Rubric "junk" version 1 in this push is not a rubric file \(.*\); nothing was stored\.$/) } });
    const changed = RubricSchema.parse({ ...truAnySubject, name: 'TRU, with our changes' });
    const builtIn = await post(hub, '/v1/push', { ops: [], rubrics: [carried(canonicalJson(changed), changed.id, changed.version)] }, token);
    expect(builtIn).toMatchObject({ status: 400, json: { code: 'rubric_refused', message: expect.stringMatching(/^Rubric "tru-any-subject" version 1 in this push is a changed copy of a built-in rubric/) } });
    const wrongId = await post(hub, '/v1/push', { ops: [], rubrics: [{ ...sampleCarried(), id: 'other' }] }, token);
    expect(wrongId).toMatchObject({ status: 400, json: { code: 'rubric_refused', message: expect.stringMatching(/holds rubric "sample-rubric" version 1/) } });
    expect(await hub.storage.districtSeq(hub.districtId)).toBe(seq);
    expect(await hub.storage.listRubrics(hub.districtId)).toHaveLength(1);

    // A device enrolled now and one enrolled before both sync the district.
    const b = await device(hub, leader);
    await syncOnce(b.store);
    expect(digestOf(b.store)).toBe(digestOf(a.store));
    expect(readHubState(b.store.db)?.lastError).toBeNull();
  });

  it('lets only publishing roles add a rubric version, and refuses a different text of a version the district has', async () => {
    const hub = await startTestHub(await newDatabase());
    const teacherToken = readHubToken((await device(hub, teacher)).dataDir)!;
    expect(await post(hub, '/v1/push', { ops: [], rubrics: [sampleCarried()] }, teacherToken)).toMatchObject({
      status: 400,
      json: { code: 'rubric_refused', message: expect.stringMatching(/is new to the district, and a teacher's device may not publish rubric versions \(only district_leader, principal, coach, facilitator\)/) },
    });
    expect(await hub.storage.listRubrics(hub.districtId)).toEqual([]);
    const coachToken = readHubToken((await device(hub, { userName: 'Cam Lee', role: 'coach' })).dataDir)!;
    expect(await post(hub, '/v1/push', { ops: [], rubrics: [sampleCarried()] }, coachToken)).toMatchObject({ status: 200 });
    // Once the district has it, a teacher's device may carry it (its observations use it).
    expect(await post(hub, '/v1/push', { ops: [], rubrics: [sampleCarried()] }, teacherToken)).toMatchObject({ status: 200 });
    const other = RubricSchema.parse({ ...JSON.parse(sampleRubricText()), name: 'Another text' });
    expect(await post(hub, '/v1/push', { ops: [], rubrics: [carried(canonicalJson(other), other.id, other.version)] }, coachToken)).toMatchObject({
      status: 400,
      json: { message: expect.stringMatching(/differs from the version the district already has/) },
    });
    expect((await hub.storage.listRubrics(hub.districtId)).map((r) => r.contentHash)).toEqual([sampleCarried().contentHash]);
  });

  it('a bad version stored before this fix is listed and withdrawn by the district office, and devices sync past it meanwhile', async () => {
    const hub = await startTestHub(await newDatabase());
    const a = await device(hub, leader);
    await coachWork(a, 'Ana Ruiz');
    await syncOnce(a.store);
    // What an older hub accepted: a version that is no rubric, placed in the district's sequence.
    await hub.storage.inPushTransaction(hub.districtId, async (tx) => {
      const seq = await tx.lockDistrict();
      await tx.store({ rubrics: [{ ...carried('c', 'junk', 1), seq: seq + 1 }], ops: [], newRowScopes: new Map() }, seq + 1);
    });
    const b = await device(hub, leader);
    await syncOnce(b.store);
    expect(digestOf(b.store)).toBe(digestOf(a.store));
    expect(readHubState(b.store.db)?.lastError).toMatch(/^Rubric "junk" version 1 from the hub was not stored here: /);

    const env = { DATABASE_URL: hub.choice.databaseUrl ?? '' };
    const dbArgs = hub.choice.dbFile ? ['--db', hub.choice.dbFile] : [];
    const listed = await runCli(['hub', 'admin', 'list-rubrics', ...dbArgs], { env });
    expect(listed.stdout).toMatch(/^junk@1 {2}sha256 [0-9a-f]{64} {2}sent to devices$/m);
    expect(listed.stdout).toMatch(/^sample-rubric@1 /m);
    const withdrawn = await runCli(['hub', 'admin', 'withdraw-rubric', 'junk@1', ...dbArgs], { env });
    expect(withdrawn).toMatchObject({ code: 0, stdout: 'Rubric junk@1 is withdrawn: the hub no longer sends it to devices.\n' });
    const unknown = await runCli(['hub', 'admin', 'withdraw-rubric', 'junk@9', ...dbArgs], { env });
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr.trim()).toBe('The district has no rubric version junk@9; "fieldbook hub admin list-rubrics" lists them.');

    const c = await device(hub, leader);
    await syncOnce(c.store);
    expect(readHubState(c.store.db)?.lastError).toBeNull();
    expect(digestOf(c.store)).toBe(digestOf(a.store));
  });

  it('refuses a second enrolment under a device\u2019s id, so its private observations and its name stay its own; the device itself enrols again', async () => {
    const hub = await startTestHub(await newDatabase());
    const victim = await device(hub, { userName: 'Ana Ruiz', role: 'coach' });
    const observation = await startTestObservation(victim, { teacherLabel: 'Private room' });
    await victim.value('saveNote', noteInput(observation.id, 'private words'));
    await syncOnce(victim.store);
    const before = await hub.storage.listDevices();

    const taken = await post(hub, '/v1/enrol', { code: await hub.code(teacher), node: victim.store.nodeId });
    expect(taken).toMatchObject({ status: 401, json: { code: 'node_taken', message: expect.stringMatching(/^Another device is already enrolled with this device\u2019s id/) } });
    const guessed = await post(hub, '/v1/enrol', { code: await hub.code(teacher), node: victim.store.nodeId, token: 'fbd_made-up-token-of-some-length' });
    expect(guessed).toMatchObject({ status: 401, json: { code: 'node_taken' } });
    expect(await hub.storage.listDevices()).toEqual(before);

    // The victim, with its token, enrols again with a new code: the same device row, a new grant.
    await enrolWithHub(victim.store, hub.url, await hub.code({ userName: 'Ana Ruiz', role: 'principal' }));
    const after = await hub.storage.listDevices();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: before[0]!.id, node: victim.store.nodeId, role: 'principal', revokedAt: null });
    // It sends its changes again (the hub had them all) and syncs as before.
    expect(await syncOnce(victim.store)).toMatchObject({ sent: 0, alreadyHad: readOps(victim.store).length });
    expect(readHubState(victim.store.db)?.lastError).toBeNull();
  });

  it('answers an oversized body the client is still sending with the 413 sentence, never a reset', async () => {
    const hub = await startTestHub(await newDatabase());
    const { port } = new URL(hub.url);
    /** Sends `chunks` chunks of `chunkBytes` with `gapMs` between them on a raw socket, then reads what the hub answered. */
    const upload = (chunks: number, chunkBytes: number, gapMs: number) =>
      new Promise<{ error: string | null; answer: string }>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1');
        let answer = '';
        let error: string | null = null;
        socket.on('data', (d) => (answer += d.toString('utf8')));
        socket.on('error', (e) => (error = e.message));
        socket.on('close', () => resolve({ error, answer }));
        socket.write(`POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${chunks * chunkBytes}\r\n\r\n`);
        const chunk = Buffer.alloc(chunkBytes, 0x20);
        let sent = 0;
        const next = (): void => {
          while (sent < chunks) {
            sent += 1;
            const flowing = socket.write(chunk);
            if (gapMs > 0) return void setTimeout(next, gapMs);
            if (!flowing) return void socket.once('drain', next);
          }
          socket.end();
        };
        next();
      });
    // Past the 8 MB limit: a slow upload (well over a second) and a large fast one (80 MB, more than a drain buffer holds).
    for (const [chunks, bytes, gap] of [[90, 100_000, 20], [80, 1_000_000, 0]] as const) {
      const { error, answer } = await upload(chunks, bytes, gap);
      expect(error).toBeNull();
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer).toContain('send the changes in smaller batches');
    }
    expect(await hub.storage.districtSeq(hub.districtId)).toBe(0);
  });

  it('answers 429 once one address has failed too often, before looking at the token or the code', async () => {
    const hub = await startTestHub(await newDatabase());
    const statuses = async (count: number, send: (i: number) => Promise<Response>) => {
      const seen: number[] = [];
      for (let i = 0; i < count; i++) seen.push((await send(i)).status);
      return seen;
    };
    const tokens = await statuses(300, (i) => fetch(`${hub.url}/v1/pull`, { headers: { authorization: `Bearer fbd_unknown-${i}-aaaaaaaaaaaaaaaaaaaaaaaa` } }));
    expect(tokens.filter((s) => s === 401).length).toBeLessThanOrEqual(31);
    expect(tokens.filter((s) => s === 429).length).toBeGreaterThanOrEqual(269);
    // The limit comes before the code is looked at: a good code from this address waits too.
    const refused = await post(hub, '/v1/enrol', { code: await hub.code(leader), node: 'aaaaaaaaaaaaaaaa' });
    expect(refused).toMatchObject({ status: 429, json: { code: 'too_many_requests', message: expect.stringMatching(/^Too many failed enrolments or unknown device keys came from this network address/) } });
    expect(await hub.storage.listDevices()).toEqual([]);

    const fresh = await startTestHub(await newDatabase());
    const codes = await statuses(300, (i) => fetch(`${fresh.url}/v1/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: `AAAAA-BBBBB-${String(i).padStart(5, 'C')}`, node: 'bbbbbbbbbbbbbbbb' }) }));
    expect(codes.filter((s) => s === 401).length).toBeLessThanOrEqual(31);
    expect(codes.filter((s) => s === 429).length).toBeGreaterThanOrEqual(269);
  });
});
