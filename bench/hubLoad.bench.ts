// Hub load (issue #7): 200 simulated devices at once each push 100 ops of
// their own (a walk-through in their school and its twelve notes) in one request,
// then each pulls pages until the hub has no more, against the real hub
// (`fieldbook hub serve` in its own process, on 127.0.0.1 only) on SQLite and
// on PostgreSQL. Devices are principals and coaches spread over 10 schools,
// so every push is scope-checked and every pull filtered by school.
//
// Measured: the wall time of the round, throughput (ops accepted and pulled,
// requests, per second) and the latency of each request, push and pull apart
// (p50, p99). The alternative is the same 200 devices with the same ops one
// after another on a fresh database: the ratio says whether the hub gets more
// done with everyone at once than in turn, or whether contention (SQLite's one
// connection, PostgreSQL's district counter row locked per push) eats it.
// Every device pushes before any pulls, in both rounds, so each pulls exactly
// its school's 2,000 ops and both rounds move the same data: when each device
// pulled right after its own push, how much it pulled depended on how the
// pushes happened to be scheduled (from 210,000 to 400,000 ops in all), and
// the ratio with it. The target, p99 of every request under 1 s with 200
// devices at once, is ours: the issue names no number.
//
// Bounded: a fixed 200 × 100 workload, one round per mode, every request under
// the app client's 30 s timeout. The hub's default rate limit (burst 120 per
// device token) is far above the 4 requests a device makes here, so nothing
// is refused; a refusal would fail the benchmark. Checked in every round: the
// district's sequence rose by exactly 200 × 100, every push was accepted
// whole, and every device pulled exactly its school's ops, once each.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addSchool, createDistrict, issueCode } from '../hub/admin.js';
import { openHubStorage, type StorageChoice } from '../hub/openStorage.js';
import { uuidv7 } from '../shared/ids.js';
import { startPostgres } from '../tests/support/postgres.js';
import { percentile, type Benchmark, type BenchResult } from './harness.js';
import { startHubProcess } from './hubProcess.js';
import { enrol, newDevice, OPS_PER_DEVICE, pullToEnd, pushOwnOps, type DevicePull, type SimulatedDevice } from './simulatedDevice.js';

const DEVICES = 200;
const SCHOOLS = 10;
const TARGET_P99_MS = 1_000;
const WORKLOAD = DEVICES * OPS_PER_DEVICE;
/** What each device pulls: every op of its school's devices. */
const OPS_PER_SCHOOL = (DEVICES / SCHOOLS) * OPS_PER_DEVICE;

interface Round {
  pushPhaseMs: number;
  pullPhaseMs: number;
  pushMs: number[];
  pullMs: number[];
  pulledOps: number;
  /** CPU time over both phases: the hub's process (null without /proc) and this one's, where the devices run. */
  hubCpuMs: number | null;
  devicesCpuMs: number;
}

/** fn for every device, all at once or one after another; the results in device order and the wall time. */
async function forEveryDevice<T>(together: boolean, count: number, fn: (i: number) => Promise<T>): Promise<{ ms: number; results: T[] }> {
  const start = performance.now();
  const results: T[] = [];
  if (together) results.push(...(await Promise.all(Array.from({ length: count }, (_, i) => fn(i)))));
  else for (let i = 0; i < count; i++) results.push(await fn(i));
  return { ms: performance.now() - start, results };
}

/** Every device pulled each op of its school once (its own among them) and none of another school's. */
function checkPulls(devices: readonly SimulatedDevice[], pulls: readonly DevicePull[]): void {
  const schoolOf = new Map(devices.flatMap((d) => d.ops.map((op) => [op.opId, d.school] as const)));
  devices.forEach((device, i) => {
    const { pulled } = pulls[i]!;
    const stranger = pulled.find((id) => schoolOf.get(id) !== device.school);
    if (stranger) throw new Error(`Device ${device.node} (${device.role} of school ${device.school}) pulled op ${stranger} of another school.`);
    if (new Set(pulled).size !== OPS_PER_SCHOOL || pulled.length !== OPS_PER_SCHOOL) throw new Error(`Device ${device.node} pulled ${pulled.length} ops, not its school's ${OPS_PER_SCHOOL} once each.`);
  });
}

/** A fresh district on a fresh database: enrol every device, then time every device's push, then every device's pull, all at once or in turn. */
async function runRound(choice: StorageChoice, together: boolean): Promise<Round> {
  const storage = await openHubStorage(choice);
  try {
    const hub = await startHubProcess(choice);
    try {
      const now = Date.now();
      const districtId = await createDistrict(storage, 'Bench Unified', now);
      const schools: string[] = [];
      for (let i = 0; i < SCHOOLS; i++) schools.push(await addSchool(storage, districtId, uuidv7(now), `School ${i + 1}`));
      const devices = Array.from({ length: DEVICES }, (_, i) => newDevice(i % 2 ? 'coach' : 'principal', schools[i % SCHOOLS]!, now - 3_600_000 + i * 10_000));
      const tokens: string[] = [];
      for (const [i, device] of devices.entries()) {
        const code = await issueCode(storage, { districtId, userName: `${device.role} ${i + 1}`, role: device.role, schools: [device.school], teams: [] }, now);
        tokens.push(await enrol(device, hub.url, code));
      }
      const before = await storage.districtSeq(districtId);
      const hubCpuBefore = hub.cpuMs();
      const devicesCpuBefore = process.cpuUsage();
      const pushes = await forEveryDevice(together, DEVICES, (i) => pushOwnOps(devices[i]!, tokens[i]!, hub.url));
      const rose = (await storage.districtSeq(districtId)) - before;
      if (rose !== WORKLOAD) throw new Error(`The district's sequence rose by ${rose}, not ${WORKLOAD}.`);
      const pulls = await forEveryDevice(together, DEVICES, (i) => pullToEnd(tokens[i]!, hub.url));
      const hubCpuAfter = hub.cpuMs();
      const devicesCpu = process.cpuUsage(devicesCpuBefore);
      checkPulls(devices, pulls.results);
      return {
        pushPhaseMs: pushes.ms,
        pullPhaseMs: pulls.ms,
        pushMs: pushes.results,
        pullMs: pulls.results.flatMap((p) => p.pageMs),
        pulledOps: pulls.results.reduce((n, p) => n + p.pulled.length, 0),
        hubCpuMs: hubCpuBefore === null || hubCpuAfter === null ? null : hubCpuAfter - hubCpuBefore,
        devicesCpuMs: (devicesCpu.user + devicesCpu.system) / 1000,
      };
    } finally {
      await hub.stop();
    }
  } finally {
    await storage.close();
  }
}

const ms = (values: number[], p: number) => `${percentile(values, p).toFixed(0)} ms`;

function describeRound(round: Round): string {
  const requests = round.pushMs.length + round.pullMs.length;
  const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000)).toLocaleString('en');
  return (
    `pushes ${(round.pushPhaseMs / 1000).toFixed(1)} s, ${perSecond(WORKLOAD, round.pushPhaseMs)} ops accepted/s, push p50 ${ms(round.pushMs, 50)}, p99 ${ms(round.pushMs, 99)}; ` +
    `pulls ${(round.pullPhaseMs / 1000).toFixed(1)} s, ${perSecond(round.pulledOps, round.pullPhaseMs)} ops pulled/s (${round.pulledOps.toLocaleString('en')} in ${round.pullMs.length} pages), page p50 ${ms(round.pullMs, 50)}, p99 ${ms(round.pullMs, 99)}; ` +
    `${perSecond(requests, round.pushPhaseMs + round.pullPhaseMs)} requests/s overall; ` +
    `CPU: hub ${round.hubCpuMs === null ? 'not known (no /proc)' : `${(round.hubCpuMs / 1000).toFixed(1)} s`}, devices ${(round.devicesCpuMs / 1000).toFixed(1)} s`
  );
}

/** Both rounds on one storage, each on a fresh database from `freshDatabase`. */
async function measure(storageName: string, freshDatabase: () => Promise<StorageChoice>): Promise<BenchResult> {
  const loadBefore = os.loadavg()[0]!;
  const together = await runRound(await freshDatabase(), true);
  const inTurn = await runRound(await freshDatabase(), false);
  const p99 = percentile([...together.pushMs, ...together.pullMs], 99);
  const wallMs = (round: Round) => round.pushPhaseMs + round.pullPhaseMs;
  const ratio = wallMs(together) / wallMs(inTurn);
  return {
    name: `Hub load on ${storageName}: ${DEVICES} devices at once push ${OPS_PER_DEVICE} ops each and pull`,
    description: `${DEVICES} enrolled devices (principals and coaches of ${SCHOOLS} schools), ${WORKLOAD.toLocaleString('en')} ops in all, against \`fieldbook hub serve\` on ${storageName} over 127.0.0.1; one round each way on a fresh database. Times are the wall time of the round; the target is on the latency of single requests.`,
    ours: { label: `${DEVICES} devices at once: all push, then all pull to the end`, ms: wallMs(together) },
    alternative: { label: `the same ${DEVICES} devices one after another`, ms: wallMs(inTurn) },
    ratio,
    target: `p99 of every request under ${TARGET_P99_MS} ms with ${DEVICES} devices at once (our target; the issue names no number)`,
    met: p99 < TARGET_P99_MS,
    notes: [
      `At once: p99 of every request ${p99.toFixed(0)} ms; ${describeRound(together)}.`,
      `One after another: ${describeRound(inTurn)}.`,
      `Checked in both rounds: the district's sequence rose by exactly ${WORKLOAD.toLocaleString('en')}, every push was accepted whole, every device pulled exactly its school's ${OPS_PER_SCHOOL.toLocaleString('en')} ops (its own among them) once each and none of another school's.`,
      `The hub's default rate limit (burst 120 per device token) was in force and refused nothing. Load average (1 min) ${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after, on ${os.cpus().length} cores shared by the hub, the devices' process${storageName === 'PostgreSQL' ? ', PostgreSQL' : ''} and whatever else runs.`,
    ],
  };
}

async function measureSqlite(): Promise<BenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-bench-hubload-'));
  let count = 0;
  try {
    return await measure('SQLite', async () => ({ dbFile: path.join(dir, `hub${++count}.sqlite`), databaseUrl: undefined }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** PostgreSQL 15 from Debian, as the hub tests start it; when it cannot start, the benchmark fails with its sentence. */
async function measurePostgres(): Promise<BenchResult> {
  const cluster = await startPostgres();
  try {
    return await measure('PostgreSQL', async () => ({ dbFile: undefined, databaseUrl: await cluster.createDatabase() }));
  } finally {
    cluster.stop();
  }
}

export const hubLoadBenchmark: Benchmark = {
  name: `Hub load: ${DEVICES} concurrent devices pushing ${OPS_PER_DEVICE} ops and pulling`,
  async run() {
    return [await measureSqlite(), await measurePostgres()];
  },
};
