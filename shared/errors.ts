// Typed errors that cross the API boundary. Each has a code a program can act
// on and a sentence a person can act on; stack traces stay in the log.

export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'clock_wrong',
  'database_from_future',
  'database_corrupt',
  'unauthorized',
  'forbidden',
  'hub_unreachable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
}

export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong inside Fieldbook. Nothing was changed; please try again, and if it keeps happening run "fieldbook doctor".';

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && (ERROR_CODES as readonly string[]).includes(v.code) && typeof v.message === 'string';
}
