// The hub's command line as a person runs it, over SQLite (--db) and over
// PostgreSQL (DATABASE_URL): the district office creates the district, adds a
// school and a team and issues codes; two data directories with different
// work enrol with `hub-sync --enrol` and end on the same `status --json`
// digest; a revoked device is told so in one line; mistakes are one sentence.
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { coachWork, otherWork } from '../support/bundles.js';
import { runCli, spawnCli, type CliResult } from '../support/cli.js';
import { HUB_BACKENDS, hubDatabases } from '../support/hub.js';
import { freePort } from '../support/freePort.js';
import { setUpBackend } from '../support/observationBackend.js';
import { tempDir } from '../support/stores.js';

function expectRefused(result: CliResult, message: RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(message);
}

describe.each(HUB_BACKENDS)('fieldbook hub and hub-sync over %s', (backend) => {
  const newDatabase = hubDatabases(backend);

  it('the district office sets up the hub, two data directories enrol and sync to one digest, a revoked device is refused', async () => {
    const choice = await newDatabase();
    const env = { DATABASE_URL: choice.databaseUrl ?? '' };
    const dbArgs = choice.dbFile ? ['--db', choice.dbFile] : [];
    const admin = async (...args: string[]) => {
      const result = await runCli(['hub', 'admin', ...args, ...dbArgs], { env });
      expect(result.stderr, args.join(' ')).toBe('');
      expect(result.code).toBe(0);
      return result.stdout.trim();
    };
    const districtId = await admin('create-district', 'Dinuba Unified');
    expect(districtId).toMatch(/^[0-9a-f-]{36}$/);
    const school = '0190f3a2-0000-7000-8000-000000000001';
    expect(await admin('add-school', school, '--name', 'Adams Elementary')).toBe(school);
    expectRefused(await runCli(['hub', 'admin', 'issue-code', '--user', 'Pat', '--role', 'principal', '--school', '0190f3a2-0000-7000-8000-00000000000f', ...dbArgs], { env }), /^School .* is not in this district on the hub; add it with "fieldbook hub admin add-school" first\.$/);
    expectRefused(await runCli(['hub', 'admin', 'issue-code', '--user', 'Pat', '--role', 'janitor', ...dbArgs], { env }), /^--role must be one of teacher, coach, principal/);
    expectRefused(await runCli(['hub', 'admin', 'create-district', 'dinuba unified', ...dbArgs], { env }), /^The hub already has a district called "dinuba unified"\.$/);
    const codeA = await admin('issue-code', '--user', 'Ana Ruiz', '--role', 'district_leader', '--district', 'Dinuba Unified');
    const codeB = await admin('issue-code', '--user', 'Ken Ito', '--role', 'district_leader');
    expect(codeA).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$/);

    const hub = spawnCli(['hub', 'serve', '--port', '0', ...dbArgs], { env });
    try {
      const url = await new Promise<string>((resolve) => readline.createInterface({ input: hub.stdout }).once('line', (line) => resolve((JSON.parse(line) as { url: string }).url)));
      hub.stdout.resume();
      const a = setUpBackend();
      const b = setUpBackend();
      await coachWork(a, 'Ana Ruiz');
      await otherWork(b, 'Ken Ito');
      a.store.close();
      b.store.close();
      const sync = async (dir: string, ...extra: string[]) => {
        const result = await runCli(['hub-sync', '--data-dir', dir, ...extra]);
        expect(result.stderr).toBe('');
        return result.stdout.trim();
      };
      expect(await sync(a.dataDir, '--enrol', url, codeA)).toMatch(/^Enrolled this device with the hub at .*\.\nSynced with the hub: sent [\d]+ changes, received 0 new changes \([\d]+ already here\)\.$/);
      expect(await sync(b.dataDir, '--enrol', url, codeB)).toMatch(/^Enrolled .*\nSynced with the hub: sent [1-9]\d* changes, received [1-9]\d* new changes/);
      expect(JSON.parse(await sync(a.dataDir, '--json'))).toMatchObject({ sent: 0, received: expect.any(Number) });
      const digest = async (dir: string) => (JSON.parse((await runCli(['status', '--json', '--data-dir', dir])).stdout) as { digest: string }).digest;
      expect(await digest(a.dataDir)).toBe(await digest(b.dataDir));
      expect(JSON.parse(await sync(b.dataDir, '--json'))).toEqual({ sent: 0, received: 0, alreadyHad: 0, conflicts: 0 });

      const devices = (await admin('list-devices')).split('\n');
      expect(devices).toHaveLength(2);
      expect(devices[1]).toMatch(/ Ken Ito \(district_leader\) .* active$/);
      const deviceB = devices[1]!.split(' ')[0]!;
      expect(await admin('revoke-device', deviceB)).toBe(`Device ${deviceB} can no longer sync with this hub.`);
      expectRefused(await runCli(['hub-sync', '--data-dir', b.dataDir]), /^The district office has withdrawn this device.s access to the hub; ask them for a new enrolment code\.$/);
      expectRefused(await runCli(['hub-sync', '--data-dir', tempDir()]), /^This device is not enrolled with a district hub/);
      expectRefused(await runCli(['hub-sync', '--data-dir', tempDir(), '--enrol', url, 'AAAAA-BBBBB-CCCCC']), /^That enrolment code is not one this hub issued/);
    } finally {
      hub.kill('SIGTERM');
    }
  });
});

describe('fieldbook hub without a database', () => {
  it('asks for --db or DATABASE_URL in one sentence, and an unreachable hub is said so', async () => {
    expectRefused(await runCli(['hub', 'admin', 'list-devices'], { env: { DATABASE_URL: '' } }), /^Name the hub database with --db FILE, or set DATABASE_URL=postgres:\/\/\.\.\. for PostgreSQL\.$/);
    const port = await freePort();
    expectRefused(
      await runCli(['hub-sync', '--data-dir', tempDir(), '--enrol', `http://127.0.0.1:${port}`, 'AAAAA-BBBBB-CCCCC']),
      new RegExp(`^Fieldbook could not reach the hub at http://127\\.0\\.0\\.1:${port} \\(nothing answers there\\)\\. Check the network connection and the hub address, then sync again; nothing was lost\\.$`),
    );
  });
});
