// One sentence a person can act on, from whatever a failed call threw. The
// backend's AppError already carries such a sentence; anything else is a bug
// on our side, and its text (or stack) is no use to a coach.
import { INTERNAL_ERROR_MESSAGE } from '../../shared/errors.js';

export interface ErrorDetails {
  message: string;
  /** For invalid input: the field the backend named (e.g. "name"), so the form can mark it. */
  field: string | null;
}

function isAppError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'AppError' && typeof (error as { code?: unknown }).code === 'string';
}

export function describeError(error: unknown): ErrorDetails {
  if (!isAppError(error) || !error.message) return { message: INTERNAL_ERROR_MESSAGE, field: null };
  // Validation errors arrive as "name: Name cannot be empty" (the contract
  // names the field first). The form marks the field itself, so the sentence
  // is shown without the programmer's prefix.
  const validation = error.code === 'invalid_input' ? /^([A-Za-z][\w.]*): (.+)$/.exec(error.message) : null;
  if (validation) {
    const sentence = validation[2]!;
    return {
      message: /[.!?]$/.test(sentence) ? sentence : `${sentence}.`,
      field: validation[1]!.split('.')[0]!,
    };
  }
  return { message: error.message, field: null };
}

export function messageOf(error: unknown): string {
  return describeError(error).message;
}
