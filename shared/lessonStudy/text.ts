// Field builders shared by the lesson study schemas, so every limit and every
// message reads the same way.
import { z } from 'zod';

/** Optional free text with a length limit: "<what> can be at most N characters". */
export const text = (what: string, max: number) => z.string().trim().max(max, `${what} can be at most ${max} characters`);

/** Required free text: a title or a name. */
export const required = (what: string, max = 200) => text(what, max).min(1, `${what} cannot be empty`);

/** A calendar date written YYYY-MM-DD, or '' when not set. */
export const optionalDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')]);

/** A calendar date written YYYY-MM-DD. */
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
