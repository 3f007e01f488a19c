// The fieldbook command line, run as a real child process (bin/fieldbook,
// the bundle npm run build makes) on real data directories. Covers the
// acceptance criteria of the foundation issue: equal digests for replicas
// given the same ops in any order, and a browser host that refuses calls
// without the secret or with a foreign Host. Every failing command must exit
// non-zero with one sentence on stderr and leave the data directory as it was.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyOps, writeChanges } from '../../db/apply.js';
import { migrate } from '../../db/migrate.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import type { Op } from '../../db/ops.js';
import { openConnection } from '../../db/sqlite.js';
import { readStatus } from '../../db/status.js';
import { openStore, type Store } from '../../db/store.js';
import { METHOD_NAMES } from '../../shared/contract.js';
import { uuidv7 } from '../../shared/ids.js';
import { SYNCED_TABLE_NAMES } from '../../shared/registry.js';
import { REPO_ROOT, runCli, spawnCli, type CliResult } from '../support/cli.js';
import { freePort } from '../support/freePort.js';
import { tempDirsFor } from '../support/inProcessApi.js';

interface StatusJson {
  nodeId: string;
  schemaVersion: number;
  tables: Record<string, number>;
  ops: number;
  openConflicts: number;
  digest: string;
}

const tempDir = tempDirsFor('fieldbook-cli-');

async function status(dataDir: string): Promise<StatusJson> {
  const result = await runCli(['status', '--json', '--data-dir', dataDir]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as StatusJson;
}

/** The same status, read in-process: a quick before/after check around a command that must change nothing. */
function localStatus(dataDir: string): StatusJson {
  return withStoreAt(dataDir, readStatus);
}

async function api<T>(dataDir: string, method: string, input?: unknown): Promise<T> {
  const args = ['api', method, ...(input === undefined ? [] : [JSON.stringify(input)]), '--data-dir', dataDir];
  const result = await runCli(args);
  expect(result.stderr, `${method} stderr`).toBe('');
  expect(result.code, `${method} exit code`).toBe(0);
  return JSON.parse(result.stdout) as T;
}

/** What a failed command must print: one line, a sentence for a person, no stack trace. */
function expectOneSentence(result: CliResult, pattern: RegExp): void {
  expect(result.code, `exit code; stderr: ${result.stderr}`).not.toBe(0);
  expect(result.code).not.toBeNull();
  const text = result.stderr.trim();
  expect(text).toMatch(pattern);
  expect(text.split('\n'), `stderr has more than one line: ${result.stderr}`).toHaveLength(1);
  expect(text).not.toMatch(/\bat .*:\d+:\d+/);
  expect(text).not.toMatch(/node_modules|\.ts:\d+/);
}

/** Everything in a data directory a failed command must not touch: files and the synced state. */
function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

function readOps(store: Store): Op[] {
  return store.db
    .prepare('SELECT op_id AS opId, hlc, node, tbl AS "table", row_id AS "row", col AS "column", value, base FROM ops ORDER BY seq')
    .all() as Op[];
}

/** A deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function withStoreAt<T>(dataDir: string, fn: (store: Store) => T): T {
  const store = openStore({ dataDir });
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

describe('fieldbook status --json', () => {
  it('reports an empty, fresh data directory', async () => {
    const dir = path.join(tempDir(), 'not-yet-created');
    const s = await status(dir);
    expect(Object.keys(s.tables).sort()).toEqual([...SYNCED_TABLE_NAMES]);
    expect(Object.values(s.tables).every((count) => count === 0)).toBe(true);
    expect(s.ops).toBe(0);
    expect(s.openConflicts).toBe(0);
    expect(s.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(s.nodeId).toMatch(/^[0-9a-f]{16}$/);
    expect(s.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(path.join(dir, 'fieldbook.sqlite'))).toBe(true);
    // Two empty replicas hold the same synced data: equal digests, although their node ids differ.
    const other = await status(tempDir());
    expect(other.nodeId).not.toBe(s.nodeId);
    expect(other.digest).toBe(s.digest);
  });

  it('prints the same digest for replicas given the same ops in different orders, with duplicates', async () => {
    const sourceDir = tempDir();
    const source = openStore({ dataDir: sourceDir });
    let ops: Op[];
    let sourceDigest: string;
    let archiveOp: Op;
    try {
      const [alder, juniper, riverbend, vega, okafor] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
      const school = (name: string, code: string, grades: string) => ({ name, code, grades, archived: 0, deleted: 0 });
      writeChanges(source, [
        { table: 'schools', row: alder, values: school('Alder Creek Elementary', 'ACE', 'K-5') },
        { table: 'schools', row: juniper, values: school('Juniper Middle School', 'JMS', '6-8') },
      ]);
      writeChanges(source, [{ table: 'schools', row: riverbend, values: school('Riverbend High School', 'RHS', '9-12') }]);
      writeChanges(source, [
        {
          table: 'people',
          row: vega,
          values: { name: 'Marisol Vega', email: 'm.vega@example.org', school_id: alder, roles: '["observer","principal"]', title: 'Principal', archived: 0, deleted: 0 },
        },
        {
          table: 'people',
          row: okafor,
          values: { name: 'Daniel Okafor', email: '', school_id: alder, roles: '["teacher"]', title: 'Grade 5', archived: 0, deleted: 0 },
        },
      ]);
      // An edit (the same fields written twice: the later op must win in every order)...
      writeChanges(source, [{ table: 'schools', row: alder, values: { name: 'Alder Creek Elementary School', grades: 'TK-5' } }]);
      writeChanges(source, [{ table: 'people', row: okafor, values: { title: 'Grade 5 teacher', school_id: juniper } }]);
      writeChanges(source, [{ table: 'people', row: okafor, values: { title: 'Grade 6 math' } }]);
      // ...an archive, and a tombstone.
      writeChanges(source, [{ table: 'schools', row: riverbend, values: { archived: 1 } }]);
      writeChanges(source, [{ table: 'people', row: vega, values: { deleted: 1 } }]);
      ops = readOps(source);
      sourceDigest = readStatus(source).digest;
      archiveOp = ops.find((op) => op.table === 'schools' && op.row === riverbend && op.column === 'archived' && op.value === 1)!;
    } finally {
      source.close();
    }
    expect(ops.length).toBeGreaterThan(20);
    expect(archiveOp).toBeDefined();

    // Replica A: every op once, in log order, in one batch.
    const dirA = tempDir();
    withStoreAt(dirA, (store) => expect(applyOps(store, ops).applied).toBe(ops.length));

    // Replica B: newest first, one op per batch, then everything again (duplicates).
    const dirB = tempDir();
    withStoreAt(dirB, (store) => {
      for (const op of [...ops].reverse()) applyOps(store, [op]);
      const again = applyOps(store, ops);
      expect(again).toMatchObject({ applied: 0, alreadyHad: ops.length });
    });

    // Replica C: a shuffled order in small batches, each batch with an op repeated inside it, and replays.
    const dirC = tempDir();
    withStoreAt(dirC, (store) => {
      const order = shuffled(ops, 20240917);
      for (const batch of chunks(order, 4)) applyOps(store, [...batch, batch[0]!]);
      for (const batch of chunks(shuffled(ops, 7), 5)) applyOps(store, batch);
    });

    // Replica D: different data (the archive never arrived).
    const dirD = tempDir();
    withStoreAt(dirD, (store) => applyOps(store, shuffled(ops.filter((op) => op.opId !== archiveOp.opId), 3)));

    const [a, b, c, d, src] = await Promise.all([status(dirA), status(dirB), status(dirC), status(dirD), status(sourceDir)]);
    expect(a.digest).toBe(src.digest);
    expect(b.digest).toBe(a.digest);
    expect(c.digest).toBe(a.digest);
    expect(src.digest).toBe(sourceDigest);
    expect(new Set([a.nodeId, b.nodeId, c.nodeId, src.nodeId]).size).toBe(4);
    for (const s of [a, b, c]) {
      expect(s.tables).toEqual(src.tables);
      expect(s.ops).toBe(ops.length);
    }
    expect(a.tables).toMatchObject({ schools: 3, people: 2, observations: 0 });
    expect(d.digest).not.toBe(a.digest);
    expect(d.tables).toEqual(a.tables);

    // The winning values really are the latest ones.
    const people = await api<{ name: string; title: string; schoolId: string }[]>(dirC, 'listPeople', { includeArchived: true });
    expect(people.map((p) => [p.name, p.title])).toEqual([['Daniel Okafor', 'Grade 6 math']]);
    const schools = await api<{ name: string; grades: string; archived: boolean }[]>(dirB, 'listSchools', { includeArchived: true });
    expect(schools.map((s) => [s.name, s.grades, s.archived])).toEqual([
      ['Alder Creek Elementary School', 'TK-5', false],
      ['Juniper Middle School', '6-8', false],
      ['Riverbend High School', '9-12', true],
    ]);
  });
});

describe('fieldbook api', () => {
  let demoDir: string;

  beforeAll(async () => {
    demoDir = tempDir();
    const result = await runCli(['demo', '--data-dir', demoDir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Loaded the demo district: 3 schools and \d+ people/);
  });

  it('--list lists every contract method with a summary', async () => {
    const result = await runCli(['api', '--list', '--data-dir', tempDir()]);
    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout) as { method: string; summary: string }[];
    expect(listed.map((m) => m.method).sort()).toEqual([...METHOD_NAMES].sort());
    for (const m of listed) expect(m.summary.length).toBeGreaterThan(0);
  });

  it('listSchools on a demo directory prints the demo schools as JSON', async () => {
    const schools = await api<{ id: string; name: string; code: string }[]>(demoDir, 'listSchools');
    expect(schools.map((s) => s.name)).toEqual(['Alder Creek Elementary', 'Juniper Middle School', 'Riverbend High School']);
    for (const s of schools) expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    const coaches = await api<{ name: string; roles: string[] }[]>(demoDir, 'listPeople', { role: 'coach' });
    expect(coaches.length).toBeGreaterThan(0);
    for (const p of coaches) expect(p.roles).toContain('coach');
  });

  it('savePerson with an empty name exits non-zero with one sentence and changes nothing', async () => {
    const before = localStatus(demoDir);
    const result = await runCli(['api', 'savePerson', '{"name":""}', '--data-dir', demoDir]);
    expectOneSentence(result, /name cannot be empty/i);
    expect(result.stdout).toBe('');
    expect(localStatus(demoDir)).toEqual(before);
  });

  it('savePerson with a school that does not exist exits non-zero and changes nothing', async () => {
    const before = localStatus(demoDir);
    const input = { name: 'Ghost Teacher', roles: ['teacher'], schoolId: uuidv7() };
    const result = await runCli(['api', 'savePerson', JSON.stringify(input), '--data-dir', demoDir]);
    expectOneSentence(result, /school is not in the directory/);
    expect(localStatus(demoDir)).toEqual(before);
  });

  it('an unknown method exits non-zero and names it', async () => {
    const before = localStatus(demoDir);
    const result = await runCli(['api', 'nosuch', '--data-dir', demoDir]);
    expectOneSentence(result, /"nosuch"/);
    expect(localStatus(demoDir)).toEqual(before);
  });

  it('input that is not JSON exits non-zero and changes nothing', async () => {
    const before = localStatus(demoDir);
    const result = await runCli(['api', 'saveSchool', '{name: "Broken', '--data-dir', demoDir]);
    expectOneSentence(result, /not valid JSON/);
    expect(localStatus(demoDir)).toEqual(before);
  });

  it('no method, an unknown option and an unknown command each exit non-zero with one sentence', async () => {
    const dir = tempDir();
    expectOneSentence(await runCli(['api', '--data-dir', dir]), /Name a method/);
    expectOneSentence(await runCli(['status', '--bogus', '--data-dir', dir]), /bogus/);
    expectOneSentence(await runCli(['frobnicate', '--data-dir', dir]), /Unknown command "frobnicate"/);
  });

  it('a valid call changes the data and a later status sees it', async () => {
    const dir = tempDir();
    const before = await status(dir);
    const saved = await api<{ id: string; name: string }>(dir, 'saveSchool', { name: 'Cedar Point Elementary' });
    expect(saved.name).toBe('Cedar Point Elementary');
    const after = await status(dir);
    expect(after.tables.schools).toBe(1);
    expect(after.digest).not.toBe(before.digest);
  });
});

describe('fieldbook demo', () => {
  it('loads once; a second run exits non-zero with one sentence and changes nothing', async () => {
    const dir = tempDir();
    const first = await runCli(['demo', '--data-dir', dir]);
    expect(first.code).toBe(0);
    const before = await status(dir);
    expect(before.tables.schools).toBe(3);
    const settingsBefore = await api<unknown>(dir, 'getSettings');

    const second = await runCli(['demo', '--data-dir', dir]);
    expectOneSentence(second, /only be loaded into an empty Fieldbook/);
    expect(localStatus(dir)).toEqual(before);
    expect(await api<unknown>(dir, 'getSettings')).toEqual(settingsBefore);
  });
});

describe('fieldbook backup and restore', () => {
  it('round-trips: the backed-up data comes back, and the data it replaced is kept in backups/', async () => {
    const dir = tempDir();
    const out = path.join(tempDir(), 'saved.sqlite');
    await api(dir, 'saveSchool', { name: 'Original School' });
    const atBackup = await status(dir);

    const backup = await runCli(['backup', '--out', out, '--data-dir', dir]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);

    await api(dir, 'saveSchool', { name: 'Later School' });
    const changed = await status(dir);
    expect(changed.digest).not.toBe(atBackup.digest);

    const restore = await runCli(['restore', out, '--data-dir', dir]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);

    const restored = await status(dir);
    expect(restored.digest).toBe(atBackup.digest);
    expect(restored.tables).toEqual(atBackup.tables);
    const names = (await api<{ name: string }[]>(dir, 'listSchools')).map((s) => s.name);
    expect(names).toEqual(['Original School']);

    // The replaced data (with "Later School") is in backups/.
    const saved = fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.startsWith('before-restore-'));
    expect(saved).toHaveLength(1);
    const db = new Database(path.join(dir, 'backups', saved[0]!), { readonly: true, fileMustExist: true });
    try {
      const savedNames = db.prepare('SELECT name FROM schools ORDER BY name').pluck().all();
      expect(savedNames).toEqual(['Later School', 'Original School']);
    } finally {
      db.close();
    }
    expect(fs.existsSync(path.join(dir, 'fieldbook.sqlite.restoring'))).toBe(false);

    const doctor = await runCli(['doctor', '--data-dir', dir]);
    expect(doctor.code).toBe(0);
  });

  it('refuses to overwrite an existing backup file', async () => {
    const dir = tempDir();
    await api(dir, 'saveSchool', { name: 'Original School' });
    const out = path.join(tempDir(), 'taken.sqlite');
    fs.writeFileSync(out, 'precious');
    const result = await runCli(['backup', '--out', out, '--data-dir', dir]);
    expectOneSentence(result, /already exists/);
    expect(fs.readFileSync(out, 'utf8')).toBe('precious');
  });

  it('refuses to restore a non-database file, a foreign SQLite file or a missing file, and changes nothing', async () => {
    const dir = tempDir();
    await api(dir, 'saveSchool', { name: 'Keep Me Elementary' });
    const before = await status(dir);
    const filesBefore = listFiles(dir);
    const elsewhere = tempDir();

    const text = path.join(elsewhere, 'notes.txt');
    fs.writeFileSync(text, 'These are not the rows you are looking for.\n'.repeat(200));
    const foreign = path.join(elsewhere, 'other-app.sqlite');
    const db = new Database(foreign);
    db.exec("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO things (name) VALUES ('x');");
    db.close();
    const missing = path.join(elsewhere, 'missing.sqlite');

    for (const [file, pattern] of [
      [text, /not a Fieldbook backup|cannot be opened/],
      [foreign, /not a (healthy )?Fieldbook backup/],
      [missing, /does not exist/],
    ] as const) {
      const result = await runCli(['restore', file, '--data-dir', dir]);
      expectOneSentence(result, pattern);
      expect(listFiles(dir), file).toEqual(filesBefore);
      expect(localStatus(dir)).toEqual(before);
    }
    expect(fs.readFileSync(text, 'utf8')).toMatch(/^These are not/);
  });

  it('refuses a backup with one byte of a stored value changed behind the op log, as doctor would find it, and changes nothing', async () => {
    const dir = tempDir();
    const school = await api<{ id: string }>(dir, 'saveSchool', { name: 'Original School' });
    await api(dir, 'savePerson', { name: 'Dana Reyes', roles: ['teacher'], schoolId: school.id });
    const out = path.join(tempDir(), 'saved.sqlite');
    expect((await runCli(['backup', '--out', out, '--data-dir', dir])).code).toBe(0);
    // One byte flipped inside a value SQLite itself finds nothing wrong with: "s" (0x73) becomes "z" (0x7a).
    const backup = new Database(out);
    expect(backup.prepare("UPDATE people SET name = 'Dana Reyez' WHERE name = 'Dana Reyes'").run().changes).toBe(1);
    backup.close();
    await api(dir, 'saveSchool', { name: 'Later School' });
    const before = await status(dir);
    const filesBefore = listFiles(dir);

    const result = await runCli(['restore', out, '--data-dir', dir]);
    expectOneSentence(result, /^.*saved\.sqlite is not a healthy Fieldbook backup \(people\.name: 1 rows differ from their winning ops\); nothing was changed\.$/);
    expect((await status(dir)).digest).toBe(before.digest);
    expect(listFiles(dir)).toEqual(filesBefore);
  });

  it('checks a backup made by an older Fieldbook as it is (without the tables added since) and restores it', async () => {
    const dir = tempDir();
    await api(dir, 'saveSchool', { name: 'Current School' });
    const old = path.join(tempDir(), 'version7.sqlite');
    const db = openConnection(old);
    migrate(db, path.dirname(old), MIGRATIONS.filter((m) => m.version <= 7));
    const node = '9f2c4a1b7d3e5f60';
    const [opId, row] = [uuidv7(), uuidv7()];
    db.prepare("INSERT INTO ops (op_id, hlc, node, tbl, row_id, col, value) VALUES (?, ?, ?, 'schools', ?, 'name', 'Old School')").run(opId, `1763884800000-0000-${node}`, node, row);
    db.prepare("INSERT INTO field_versions (tbl, row_id, col, hlc, op_id, node, value) VALUES ('schools', ?, 'name', ?, ?, ?, 'Old School')").run(row, `1763884800000-0000-${node}`, opId, node);
    db.prepare("INSERT INTO schools (id, name) VALUES (?, 'Old School')").run(row);
    db.close();

    const restore = await runCli(['restore', old, '--data-dir', dir]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect((await api<{ name: string }[]>(dir, 'listSchools')).map((s) => s.name)).toEqual(['Old School']);
    expect((await runCli(['doctor', '--data-dir', dir])).code).toBe(0);
  });
});

describe('fieldbook doctor', () => {
  it('says a healthy directory is healthy (exit 0)', async () => {
    const dir = tempDir();
    await runCli(['demo', '--data-dir', dir]);
    const result = await runCli(['doctor', '--data-dir', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/healthy/);
  });

  it('finds a synced row that was changed behind the op log (exit 1)', async () => {
    const dir = tempDir();
    await runCli(['demo', '--data-dir', dir]);
    const db = new Database(path.join(dir, 'fieldbook.sqlite'));
    db.prepare("UPDATE schools SET name = 'Tampered' WHERE rowid = (SELECT min(rowid) FROM schools)").run();
    db.close();
    const result = await runCli(['doctor', '--data-dir', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/problem: schools\.name: 1 rows differ/);
  });
});

describe('fieldbook web', () => {
  const rendererIndex = path.join(REPO_ROOT, 'dist', 'renderer', 'index.html');

  beforeAll(() => {
    if (fs.existsSync(rendererIndex)) return;
    const build = spawnSync(process.execPath, ['build/build.mjs'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 240_000 });
    if (build.status !== 0 || !fs.existsSync(rendererIndex)) {
      throw new Error(`"node build/build.mjs" failed (exit ${build.status}), so "fieldbook web" cannot be tested:\n${build.stderr}${build.stdout}`);
    }
  }, 300_000);

  function post(port: number, method: string, input: unknown, headers: Record<string, string>): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: `/api/${method}`, headers, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end(JSON.stringify(input));
    });
  }

  it('prints a URL with the secret, answers calls with it, refuses without it or with a foreign Host, and stops on SIGTERM', async () => {
    const dir = tempDir();
    const port = await freePort();
    const child = spawnCli(['web', '--no-open', '--port', String(port), '--data-dir', dir]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const look = () => {
          const match = /running.*?(http:\/\/\S+)/.exec(stdout);
          if (match) resolve(match[1]!);
        };
        child.stdout.on('data', look);
        void exited.then(({ code }) => reject(new Error(`fieldbook web exited (${code}) before it was running: ${stderr}`)));
        look();
      });
      expect(url.startsWith(`http://127.0.0.1:${port}/#secret=`)).toBe(true);
      // A tab open from an earlier start holds an old key: the host says where the new one goes.
      await expect.poll(() => stdout).toMatch(/A tab still open from an earlier start: paste this address into it\./);
      const secret = new URL(url).hash.slice('#secret='.length);
      expect(secret).toMatch(/^[0-9a-f]{32,}$/);
      const good = { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' };

      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      expect(await page.text()).toMatch(/<html/i);

      const saved = await fetch(`http://127.0.0.1:${port}/api/saveSchool`, { method: 'POST', headers: good, body: JSON.stringify({ name: 'Web Host Elementary' }) });
      expect(saved.status).toBe(200);
      expect(((await saved.json()) as { value: { name: string } }).value.name).toBe('Web Host Elementary');

      const digestNow = async () => {
        const r = await fetch(`http://127.0.0.1:${port}/api/getStatus`, { method: 'POST', headers: good, body: '{}' });
        expect(r.status).toBe(200);
        return ((await r.json()) as { value: StatusJson }).value;
      };
      const before = await digestNow();
      expect(before.tables.schools).toBe(1);

      const noSecret = await fetch(`http://127.0.0.1:${port}/api/saveSchool`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Sneaky School' }),
      });
      expect(noSecret.status).toBe(401);
      expect(await digestNow()).toEqual(before);

      for (const host of [`evil.example:${port}`, `127.0.0.1:${port + 1}`]) {
        const foreign = await post(port, 'saveSchool', { name: 'Rebound School' }, { ...good, Host: host });
        expect(foreign.status, host).toBeGreaterThanOrEqual(400);
        expect(foreign.status, host).toBeLessThan(500);
        expect(await digestNow()).toEqual(before);
      }

      const crossSite = await post(port, 'saveSchool', { name: 'Cross School' }, { ...good, Origin: 'http://evil.example' });
      expect(crossSite.status).toBe(403);
      expect(await digestNow()).toEqual(before);

      expect(child.kill('SIGTERM')).toBe(true);
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(stdout).toMatch(/stopped/);
      expect(stderr).toBe('');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }

    // Stopped cleanly: the port is free again and the data is on disk.
    await new Promise<void>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
    });
    const after = await status(dir);
    expect(after.tables.schools).toBe(1);
  }, 90_000);

  it('exits non-zero with one sentence when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = await runCli(['web', '--no-open', '--port', String(port), '--data-dir', tempDir()], { timeoutMs: 60_000 });
      expectOneSentence(result, new RegExp(`Port ${port} is already in use`));
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  }, 60_000);
});
