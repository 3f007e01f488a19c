// A backend on a real store with a clock the test moves, called the way the
// transports call it (untrusted input through callMethod), for the
// observation tests.
import { callMethod, createBackend } from '../../db/backend.js';
import { openStore } from '../../db/store.js';
import type { CallResult } from '../../shared/contract.js';
import { uuidv7 } from '../../shared/ids.js';
import type { Observation } from '../../shared/observation.js';
import { tempDir, trackStore } from './stores.js';

export function setUpBackend(dataDir = tempDir()) {
  let clock = Date.UTC(2026, 10, 23, 9, 0, 0);
  const store = trackStore(openStore({ dataDir, now: () => clock }));
  const backend = createBackend(store);
  const call = (method: string, input: unknown = {}): Promise<CallResult> => callMethod(backend, method, input, () => {});
  const value = async <T>(method: string, input: unknown = {}): Promise<T> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  /** The error message of a call expected to fail. */
  const refusal = async (method: string, input: unknown): Promise<string> => {
    const result = await call(method, input);
    if (result.ok) throw new Error(`${method} was expected to fail but answered ${JSON.stringify(result.value)}`);
    return result.error.message;
  };
  return { store, call, value, refusal, advance: (ms: number) => (clock += ms), dataDir };
}

export type TestBackend = ReturnType<typeof setUpBackend>;

export const TRU = { id: 'tru-math', version: 1 };

export function startTestObservation(t: TestBackend, extra: Record<string, unknown> = {}): Promise<Observation> {
  return t.value<Observation>('startObservation', { teacherLabel: 'Room 12', grade: '7', subject: 'Mathematics', rubric: TRU, kind: 'formal', ...extra });
}

export function noteInput(observationId: string, text: string, extra: Record<string, unknown> = {}) {
  return { observationId, id: uuidv7(), text, atMs: 0, ...extra };
}
