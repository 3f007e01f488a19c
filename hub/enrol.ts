// POST /v1/enrol: a one-time code issued by the district office becomes a
// device token. The code is used up; the token is shown once, here, and only
// its hash is kept. The device's node id is recorded: the device may push only
// its own changes.
import { uuidv7 } from '../shared/ids.js';
import { EnrolRequestSchema, type EnrolResponse } from '../shared/sync/hubProtocol.js';
import { HubError } from './errors.js';
import { codeHash, newDeviceToken, tokenHash } from './secrets.js';
import type { HubStorage } from './storage/types.js';

const REFUSALS = {
  unknown: 'That enrolment code is not one this hub issued; check it for typing mistakes, or ask the district office for a new one.',
  used: 'That enrolment code has already been used to enrol a device; ask the district office for a new one.',
  expired: 'That enrolment code has expired; ask the district office for a new one.',
} as const;

export async function enrolDevice(storage: HubStorage, body: unknown, now: number): Promise<EnrolResponse> {
  const parsed = EnrolRequestSchema.safeParse(body);
  if (!parsed.success) throw new HubError(400, 'invalid_input', 'Enrolment needs the code from the district office and this device\u2019s id.');
  const token = newDeviceToken();
  const outcome = await storage.enrol(codeHash(parsed.data.code), { id: uuidv7(now), node: parsed.data.node, tokenHash: tokenHash(token), now });
  if ('refused' in outcome) throw new HubError(401, 'code_unknown', REFUSALS[outcome.refused]);
  const { device } = outcome;
  const district = (await storage.districts()).find((d) => d.id === device.districtId);
  return {
    token,
    deviceId: device.id,
    districtId: device.districtId,
    districtName: district?.name ?? '',
    userName: device.userName,
    role: device.role,
    schools: device.schools,
    teams: device.teams,
  };
}
