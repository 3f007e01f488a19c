// One contract method: its input and output schemas, a summary a person can read,
// and the largest request a transport accepts for it. Kept apart from the contract
// table so each feature can declare its methods in its own file.
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  summary: string;
  /** The largest request a transport accepts for this method; most stay under DEFAULT_MAX_REQUEST_BYTES. */
  maxRequestBytes: number;
}

/** Every request but a file upload is a form's worth of JSON. */
export const DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

export function method<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  summary: string,
  maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES,
): MethodSpec<I, O> {
  return { input, output, summary, maxRequestBytes };
}

