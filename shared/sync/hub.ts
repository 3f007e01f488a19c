// The hub part of the API contract: this device's standing with the district
// hub (address, enrolled or not, last sync, changes not yet sent, the last
// error in words), enrolling with a code from the district office, and one
// sync now. Spread into the one contract table in shared/contract.ts.
import { z } from 'zod';
import { method } from '../contractMethod.js';

/** Syncing on its own: on, paused until a person acts (a refusal retrying cannot get past), or off (not enrolled, or a host that syncs only when told). */
export const AutoSyncStateSchema = z.object({
  automatic: z.enum(['on', 'paused', 'off']),
  syncing: z.boolean(),
  nextSyncAt: z.number().nullable(),
  failuresInARow: z.number().int(),
});
export type AutoSyncState = z.infer<typeof AutoSyncStateSchema>;

export const HubStatusSchema = z.object({
  hubUrl: z.string().nullable(),
  enrolled: z.boolean(),
  districtName: z.string(),
  userName: z.string(),
  role: z.string(),
  lastSyncAt: z.number().nullable(),
  /** Changes made on this device that the hub has not received yet. */
  pendingOps: z.number().int(),
  lastError: z.string().nullable(),
  auto: AutoSyncStateSchema,
});
export type HubStatus = z.infer<typeof HubStatusSchema>;

export const HubSyncResultSchema = z.object({
  /** Changes this device sent that the hub did not have. */
  sent: z.number().int(),
  /** Changes received from the hub that were new here. */
  received: z.number().int(),
  /** Changes received that this device already had. */
  alreadyHad: z.number().int(),
  /** New "edited on two devices" fields. */
  conflicts: z.number().int(),
});
export type HubSyncResult = z.infer<typeof HubSyncResultSchema>;

export const EnrolWithHubInputSchema = z.strictObject({
  hubUrl: z
    .string()
    .trim()
    .url('The hub address must be a web address such as https://hub.district.org')
    .refine((u) => /^https?:\/\//i.test(u), 'The hub address must start with http:// or https://'),
  code: z.string().trim().min(1, 'Type the enrolment code from the district office').max(64),
});

export const hubMethods = {
  getHubStatus: method(z.strictObject({}), HubStatusSchema, "This device's standing with the district hub: address, enrolment, last sync, changes not yet sent and the last error."),
  enrolWithHub: method(EnrolWithHubInputSchema, HubStatusSchema, 'Enrol this device with the district hub using a one-time code from the district office.'),
  syncWithHub: method(z.strictObject({}), HubSyncResultSchema, "Send this device's new changes to the hub and receive everyone else's that this device may see."),
} as const;
