// A large district's observation history, written straight into the
// materialised tables of a real store (the FTS triggers fire as they would on
// sync): the benchmarks measure reading and searching it, not loading it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uuidv7 } from '../shared/ids.js';
import { openStore, type Store } from '../db/store.js';

export const OBSERVATIONS = 50_000;
export const NOTES = 1_000_000;

const SUBJECTS = ['S1', 'S2', 'S3', 'S4', 'Group A', 'Group B', 'T', 'Several students'];
const VERBS = ['explains', 'asks about', 'draws', 'compares', 'revises', 'questions', 'justifies', 'points at', 'models', 'records'];
const OBJECTS = [
  'the number line',
  'equivalent fractions',
  'a ratio table',
  'the area model',
  'her strategy',
  'the tape diagram',
  'a partner’s claim',
  'the unit rate',
  'the graph of the function',
  'an estimate first',
];
const TAILS = ['', ' without prompting', ' after wait time', ' to the whole class', ' in Spanish', ' using the manipulatives', ' and the teacher revoices it'];

/** Deterministic pseudo-random numbers, so every run searches the same text. */
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

export interface ObservationData {
  store: Store;
  dir: string;
  close(): void;
}

export function seedObservations(): ObservationData {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-bench-obs-'));
  const store = openStore({ dataDir: dir });
  const random = generator(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const start = Date.UTC(2024, 7, 15);
  const observationIds: string[] = [];
  const insertObservation = store.db.prepare(
    `INSERT INTO observations (id, teacher_label, grade, subject, rubric_id, rubric_version, focus, kind, status, started_at, timer_ms, deleted)
     VALUES (?, ?, ?, 'Mathematics', 'tru-math', 1, '[]', 'formal', 'submitted', ?, 0, 0)`,
  );
  const insertNote = store.db.prepare(
    `INSERT INTO notes (id, observation_id, at_ms, created_at, text, dimensions, tags, deleted) VALUES (?, ?, ?, ?, ?, '[]', '[]', 0)`,
  );
  store.db.transaction(() => {
    for (let i = 0; i < OBSERVATIONS; i++) {
      const startedAt = start + Math.floor(random() * 2 * 365 * 86_400_000);
      const id = uuidv7(startedAt);
      observationIds.push(id);
      insertObservation.run(id, `Teacher ${i % 2_000}`, String(3 + (i % 6)), startedAt);
    }
    for (let i = 0; i < NOTES; i++) {
      const observation = observationIds[i % OBSERVATIONS]!;
      // A student code and a task number give the long tail of rare words real notes have.
      const text = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${pick(TAILS)} (student p${Math.floor(random() * 20_000)}, task ${Math.floor(random() * 500)}).`;
      insertNote.run(uuidv7(start + i), observation, (i % 20) * 120_000, start + i, text);
    }
  })();
  return {
    store,
    dir,
    close() {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
