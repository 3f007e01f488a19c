// Errors the hub answers with: an HTTP status, a code a client can act on and
// a sentence a person can act on. Every error response is JSON { code, message }.
export type HubErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'code_unknown'
  | 'token_unknown'
  | 'token_revoked'
  | 'forged_device'
  | 'node_taken'
  | 'rubric_refused'
  | 'out_of_scope'
  | 'clock_ahead'
  | 'too_large'
  | 'too_many_requests'
  | 'internal';

export class HubError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 429 | 500,
    readonly code: HubErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HubError';
  }
}

export const HUB_INTERNAL_MESSAGE = 'The hub could not finish this request; nothing was stored. Try again in a few minutes, and tell the district office if it keeps happening.';
