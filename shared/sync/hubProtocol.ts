// The wire format between a device and the district hub (hub/): the bodies of
// enrolment, push, pull and snapshot. The hub checks what devices send with
// these schemas (ops themselves with the op validator in db/ops.ts) and the
// device checks what the hub answers, so neither trusts the other's shape.
import { z } from 'zod';
import { NodeIdSchema } from './manifest.js';

export const HUB_API_VERSION = 1;

/** About how many ops a device sends in one push: well under the hub's request size limit. */
export const PUSH_BATCH = 2000;
/**
 * A push batch ends where a row's ops end, so a new row's fields (and with
 * them the school or team the hub scopes it by) always arrive together; this
 * is how far past PUSH_BATCH a batch may run to reach that end (a row has at
 * most a few dozen fields).
 */
export const PUSH_ROW_SLACK = 256;
/** Pages a device asks for: the hub's largest, since each page is one transaction on the device. */
export const PULL_PAGE = 5000;

export const EnrolRequestSchema = z.strictObject({
  code: z.string().trim().min(1).max(64),
  node: NodeIdSchema,
  /** The token this device held, when it enrols again: proof that the node id is its own. */
  token: z.string().min(1).max(200).optional(),
});

export const EnrolResponseSchema = z.object({
  token: z.string().min(20),
  deviceId: z.string(),
  districtId: z.string(),
  districtName: z.string(),
  userName: z.string(),
  role: z.string(),
  schools: z.array(z.string()),
  teams: z.array(z.string()),
});
export type EnrolResponse = z.infer<typeof EnrolResponseSchema>;

export const PushResponseSchema = z.object({
  /** Ops the hub did not have, now stored. */
  accepted: z.number().int(),
  /** Ops the hub already held (a repeated delivery). */
  alreadyHad: z.number().int(),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

/** A page of ops; `cursor` is opaque: hand it back to get the next page. */
export const PullResponseSchema = z.object({
  ops: z.array(z.unknown()),
  /** Published rubric versions the ops may refer to, checked by the device against their fingerprints. */
  rubrics: z.array(z.unknown()),
  cursor: z.string(),
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

/** A page of a new device's starting state: `next` for the next page (null on the last), then pull from `cursor`. */
export const SnapshotResponseSchema = z.object({
  ops: z.array(z.unknown()),
  rubrics: z.array(z.unknown()),
  next: z.string().nullable(),
  cursor: z.string(),
});
export type SnapshotResponse = z.infer<typeof SnapshotResponseSchema>;

export const HubErrorBodySchema = z.object({ code: z.string(), message: z.string() });
