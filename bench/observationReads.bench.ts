// Finding past work in a district's history (50,000 observations, 1,000,000
// notes): full-text search through FTS5 against a LIKE scan of the same
// notes, and the observation list's first screen against loading every
// observation and sorting it in JavaScript.
import { searchNotes, listObservations } from '../db/observations/search.js';
import { median, type Benchmark, type BenchResult } from './harness.js';
import { NOTES, OBSERVATIONS, seedObservations, type ObservationData } from './observationData.js';

// Common phrases and the rare words (a student's code) a coach looks for.
const QUERIES = ['tape diagram', 'revoices', 'justifies unit rate', 'p1234', 'p777 ratio table', 'Spanish manipulatives'];
const RUNS = 5;
const SEARCH_TARGET_MS = 50;
const LIST_TARGET_MS = 100;
const FIRST_SCREEN = 50;

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function likeScan(data: ObservationData, query: string): unknown[] {
  const words = query.split(/\s+/);
  const where = words.map(() => 'n.text LIKE ?').join(' AND ');
  return data.store.db
    .prepare(`SELECT n.id, n.text FROM notes n JOIN observations o ON o.id = n.observation_id WHERE ${where} AND coalesce(n.deleted, 0) = 0 LIMIT 50`)
    .all(...words.map((w) => `%${w}%`));
}

function searchResult(data: ObservationData): BenchResult {
  const ours: number[] = [];
  const like: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const query of QUERIES) {
      ours.push(time(() => searchNotes(data.store.db, query, 50)));
      like.push(time(() => likeScan(data, query)));
    }
  }
  const oursMs = median(ours);
  const likeMs = median(like);
  return {
    name: `Note search: ${NOTES.toLocaleString('en')} notes in ${OBSERVATIONS.toLocaleString('en')} observations`,
    description: `Queries: ${QUERIES.map((q) => `"${q}"`).join(', ')}; median of ${RUNS} runs each. Both return 50 matches: ours the newest 50 with snippets, the LIKE scan the first 50 it meets.`,
    ours: { label: 'searchNotes (FTS5 prefix match, newest first, snippets)', ms: oursMs },
    alternative: { label: 'LIKE %word% scan, first 50 matches', ms: likeMs },
    ratio: oursMs / likeMs,
    target: `under ${SEARCH_TARGET_MS} ms`,
    met: oursMs < SEARCH_TARGET_MS,
    notes: [`Slowest query: ours ${Math.max(...ours).toFixed(1)} ms, LIKE ${Math.max(...like).toFixed(1)} ms.`],
  };
}

function listResult(data: ObservationData): BenchResult {
  const ours: number[] = [];
  const naive: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    ours.push(time(() => listObservations(data.store.db, { limit: FIRST_SCREEN, offset: 0 })));
    naive.push(
      time(() => {
        const rows = data.store.db.prepare('SELECT * FROM observations').all() as { started_at: number | null }[];
        rows.sort((a, b) => (b.started_at ?? 0) - (a.started_at ?? 0));
        return rows.slice(0, FIRST_SCREEN);
      }),
    );
  }
  const oursMs = median(ours);
  const naiveMs = median(naive);
  return {
    name: `Observation list: first screen of ${OBSERVATIONS.toLocaleString('en')} observations`,
    description: `The newest ${FIRST_SCREEN} observations with teacher, school, rubric name, note count and the total; median of ${RUNS} runs.`,
    ours: { label: 'listObservations (index on started_at, LIMIT, per-row note count)', ms: oursMs },
    alternative: { label: 'load every observation and sort in JavaScript', ms: naiveMs },
    ratio: oursMs / naiveMs,
    target: `under ${LIST_TARGET_MS} ms`,
    met: oursMs < LIST_TARGET_MS,
    notes: [],
  };
}

export const observationReadsBenchmark: Benchmark = {
  name: 'Observation reads (search and list) on a seeded district history',
  run(): BenchResult[] {
    const seedStart = performance.now();
    const data = seedObservations();
    const seededIn = performance.now() - seedStart;
    try {
      const results = [searchResult(data), listResult(data)];
      results[0]!.notes.push(`Seeding ${NOTES.toLocaleString('en')} notes with their full-text index took ${(seededIn / 1000).toFixed(1)} s.`);
      return results;
    } finally {
      data.close();
    }
  },
};
