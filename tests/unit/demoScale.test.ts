// `fieldbook demo --observations N`, run as a real child process on real data
// directories: a generated district whose counts hold together, whose
// observations are what a submitted TRU Math visit looks like (and what
// Insights reads), with co-observation pairs and revealed calibration rounds;
// the same seed gives the same district; a bad N or a store that is not
// empty is refused with one sentence and nothing written.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/store.js';
import type { RaterStanding, RoundSummary } from '../../shared/calibration/schemas.js';
import type { LessonStudyProgress } from '../../shared/insights/lessonStudyProgress.js';
import type { Insights } from '../../shared/insights/schemas.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import { runCli, type CliResult } from '../support/cli.js';
import { tempDirsFor } from '../support/inProcessApi.js';
import { TRU_DIMENSIONS } from '../support/calibration.js';

const N = 200;
const tempDir = tempDirsFor('fieldbook-demo-scale-');

interface StatusJson {
  tables: Record<string, number>;
  digest: string;
}

async function cli(args: string[]): Promise<CliResult> {
  return runCli(args, { timeoutMs: 120_000 });
}

async function succeed(args: string[]): Promise<string> {
  const result = await cli(args);
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout;
}

async function status(dataDir: string): Promise<StatusJson> {
  return JSON.parse(await succeed(['status', '--json', '--data-dir', dataDir])) as StatusJson;
}

async function api<T>(dataDir: string, method: string, input: unknown = {}): Promise<T> {
  return JSON.parse(await succeed(['api', method, JSON.stringify(input), '--data-dir', dataDir])) as T;
}

/** Rows of a query on the generated store, read in-process. */
function query<T>(dataDir: string, sql: string): T[] {
  const store = openStore({ dataDir });
  try {
    return store.db.prepare(sql).all() as T[];
  } finally {
    store.close();
  }
}

function expectOneSentence(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim()).toMatch(pattern);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
}

describe('fieldbook demo --observations N', () => {
  let dir: string;
  let run: CliResult;
  let counts: Record<string, number>;

  beforeAll(async () => {
    dir = tempDir();
    run = await cli(['demo', '--observations', String(N), '--data-dir', dir]);
    counts = (await status(dir)).tables;
  }, 120_000);

  it('writes N observations and says what it made, with progress on stderr', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/100%: 200 of 200 observations written/);
    expect(counts.observations).toBe(N);
    const said = /(\d[\d,]*) observations with (\d[\d,]*) scores, (\d+) schools/.exec(run.stdout);
    expect(said, run.stdout).not.toBeNull();
    expect(Number(said![1]!.replace(/,/g, ''))).toBe(N);
    expect(Number(said![2]!.replace(/,/g, ''))).toBe(counts.scores);
    expect(Number(said![3])).toBe(counts.schools);
  });

  it('has the counts a TRU Math district of that size should: 5 lesson scores per visit, 2 focus scores per episode, a sheet per rater', () => {
    expect(counts.schools).toBe(3);
    expect(counts.episodes).toBeGreaterThanOrEqual(2 * N);
    expect(counts.episodes).toBeLessThanOrEqual(3 * N);
    expect(counts.notes).toBeGreaterThanOrEqual(2 * N);
    expect(counts.notes).toBeLessThanOrEqual(3 * N);
    expect(counts.scores).toBe(5 * N + 2 * counts.episodes!);
    expect(counts.calibration_rounds).toBeGreaterThanOrEqual(4);
    expect(counts.calibration_rounds).toBeLessThanOrEqual(6);
    expect(counts.calibration_anchors).toBe(5 * counts.calibration_rounds!);
    expect(counts.calibration_scores).toBe(5 * counts.calibration_raters!);
  });

  it('makes every observation a submitted TRU Math visit by a named observer, of a teacher in the directory, with 5 lesson scores from 1 to 3', () => {
    const observations = query<Record<string, string | number | null>>(
      dir,
      `SELECT o.*, t.school_id AS teacher_school, (SELECT count(*) FROM people p WHERE p.name = o.observer_name AND p.roles LIKE '%observer%') AS observer_found,
              (SELECT group_concat(s.dimension_id || '=' || s.value, ',') FROM (SELECT * FROM scores WHERE observation_id = o.id AND episode_id IS NULL ORDER BY dimension_id) s) AS lesson
       FROM observations o JOIN people t ON t.id = o.teacher_id`,
    );
    expect(observations).toHaveLength(N);
    const sortedDimensions = [...TRU_DIMENSIONS].sort();
    for (const o of observations) {
      expect(o).toMatchObject({ status: 'submitted', rubric_id: 'tru-math', rubric_version: 1, timer_since: null, observer_found: 1, deleted: 0 });
      expect(o.school_id).toBe(o.teacher_school);
      expect(['formal', 'walk_through', 'co_observation']).toContain(o.kind);
      expect(o.started_at).toBeGreaterThanOrEqual(Date.UTC(2024, 7, 1));
      expect(o.started_at).toBeLessThan(Date.UTC(2026, 6, 1));
      expect(o.submitted_at).toBeGreaterThan(o.started_at as number);
      const lesson = String(o.lesson).split(',').map((pair) => pair.split('='));
      expect(lesson.map(([d]) => d)).toEqual(sortedDimensions);
      for (const [, value] of lesson) expect(['1', '2', '3']).toContain(value);
    }
    expect(new Set(observations.map((o) => o.observer_name)).size).toBeGreaterThan(3);
    expect(new Set(observations.map((o) => o.grade)).size).toBeGreaterThan(3);
  });

  it('pairs co-observations: two observers, the same teacher, the same day, and they show in the raters’ histories', async () => {
    const pairs = query<{ kind: string; mates: number }>(
      dir,
      `SELECT o.kind, (SELECT count(*) FROM observations p WHERE p.id <> o.id AND p.kind = 'co_observation' AND p.teacher_id = o.teacher_id
         AND p.observer_name <> o.observer_name AND date(p.started_at / 1000, 'unixepoch') = date(o.started_at / 1000, 'unixepoch')) AS mates
       FROM observations o WHERE o.kind = 'co_observation'`,
    );
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    expect(pairs.length % 2).toBe(0);
    for (const p of pairs) expect(p.mates).toBeGreaterThanOrEqual(1);
    const board = await api<RaterStanding[]>(dir, 'getCalibrationBoard');
    expect(board.some((r) => r.history.some((h) => h.source === 'co_observation'))).toBe(true);
  });

  it('has revealed calibration rounds that leave some raters calibrated and some not', async () => {
    const rounds = await api<RoundSummary[]>(dir, 'listCalibrationRounds');
    expect(rounds.length).toBe(counts.calibration_rounds);
    expect(rounds.every((r) => r.phase === 'revealed' && r.submitted === r.raters && r.raters >= 2)).toBe(true);
    const board = await api<RaterStanding[]>(dir, 'getCalibrationBoard');
    const statuses = new Set(board.map((r) => r.status));
    expect(statuses.has('calibrated')).toBe(true);
    expect(statuses.size).toBeGreaterThan(1);
  });

  it('is what Insights reads: every observation and its 5 lesson scores are counted', async () => {
    const insights = await api<Insights>(dir, 'getInsights');
    expect(insights.totals.observations).toBe(N);
    expect(insights.totals.scores).toBe(5 * N);
    expect(insights.totals.teachers).toBe(query<{ n: number }>(dir, 'SELECT count(DISTINCT teacher_id) AS n FROM observations')[0]!.n);
  });

  it('has a lesson study team per school with a cycle each school year, plans, focal students and survey answers', async () => {
    expect(run.stdout).toMatch(/and 6 lesson study cycles\./);
    expect(counts.ls_teams).toBe(3);
    expect(counts.ls_cycles).toBe(6);
    expect(counts.ls_focal_students).toBe(3 * 6);
    const progress = await api<LessonStudyProgress>(dir, 'getLessonStudyProgress');
    // Last school year's cycles are finished and revised; this year's are somewhere along the way.
    expect(progress.byPhase.find((p) => p.phase === 'revise')!.cycles).toBeGreaterThanOrEqual(3);
    expect(progress.measures).toHaveLength(3);
    for (const m of progress.measures) expect(m.occasions).toBeGreaterThanOrEqual(3);
    const revised = progress.cycles.find((c) => c.phase === 'revise')!;
    const detail = await api<CycleDetail>(dir, 'getLessonStudyCycle', { id: revised.id });
    expect(detail.plans.map((p) => p.number)).toEqual([1, 2]);
    expect(detail.revisions.every((r) => r.appliedPlanId === detail.plans[1]!.id)).toBe(true);
  });

  it('gives the same district, to the digest, from the same seed in another directory, and another from another seed', async () => {
    const again = tempDir();
    await succeed(['demo', '--observations', String(N), '--data-dir', again]);
    const other = tempDir();
    await succeed(['demo', '--observations', String(N), '--seed', '7', '--data-dir', other]);
    const digest = (await status(dir)).digest;
    expect((await status(again)).digest).toBe(digest);
    expect((await status(other)).digest).not.toBe(digest);
  }, 120_000);
});

describe('fieldbook demo --observations refusals', () => {
  it.each(['0', '-3', '1.5', 'abc', '1000001'])('refuses --observations=%s in one sentence and writes nothing', async (value) => {
    const dir = path.join(tempDir(), 'data');
    const result = await cli(['demo', `--observations=${value}`, '--data-dir', dir]);
    expectOneSentence(result, /whole number from 1 to 1,000,000/);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('refuses a bad seed in one sentence and writes nothing', async () => {
    const dir = path.join(tempDir(), 'data');
    expectOneSentence(await cli(['demo', '--observations', '10', '--seed', 'x', '--data-dir', dir]), /--seed takes a whole number/);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('refuses a store that is not empty and leaves it as it was', async () => {
    const dir = tempDir();
    await succeed(['demo', '--data-dir', dir]);
    const before = await status(dir);
    expectOneSentence(await cli(['demo', '--observations', '50', '--data-dir', dir]), /only be loaded into an empty Fieldbook/);
    expect(await status(dir)).toEqual(before);
  });
});
