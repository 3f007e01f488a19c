// A refusal that must leave the store as it was: the call fails with a
// sentence and the op log gains nothing (bad input changes nothing).
import { expect } from 'vitest';
import type { TestBackend } from './observationBackend.js';
import { readOps } from './stores.js';

/** The refusal's message, after checking that it wrote no op. */
export async function refusedWithoutChange(t: TestBackend, method: string, input: unknown): Promise<string> {
  const before = readOps(t.store).length;
  const message = await t.refusal(method, input);
  expect(readOps(t.store).length).toBe(before);
  return message;
}
