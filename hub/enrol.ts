// POST /v1/enrol: a one-time code issued by the district office becomes a
// device token. The code is used up; the token is shown once, here, and only
// its hash is kept. The device's node id is recorded, and belongs to that
// device for ever: the device may push only its own changes, and no other
// enrolment may take its id. The same device enrols again (a new code, a new
// role) by proving it holds that device's current token.
import { uuidv7 } from '../shared/ids.js';
import { EnrolRequestSchema, type EnrolResponse } from '../shared/sync/hubProtocol.js';
import { HubError } from './errors.js';
import { codeHash, newDeviceToken, tokenHash } from './secrets.js';
import type { HubStorage } from './storage/types.js';

const REFUSALS = {
  unknown: 'That enrolment code is not one this hub issued; check it for typing mistakes, or ask the district office for a new one.',
  used: 'That enrolment code has already been used to enrol a device; ask the district office for a new one.',
  expired: 'That enrolment code has expired; ask the district office for a new one.',
  node_taken:
    'Another device is already enrolled with this device\u2019s id, and this device cannot prove it is that one, so the hub refused; nothing was changed. If this is the same computer, ask the district office to check its devices ("hub admin list-devices").',
} as const;

export async function enrolDevice(storage: HubStorage, body: unknown, now: number): Promise<EnrolResponse> {
  const parsed = EnrolRequestSchema.safeParse(body);
  if (!parsed.success) throw new HubError(400, 'invalid_input', 'Enrolment needs the code from the district office and this device\u2019s id.');
  const token = newDeviceToken();
  const { code, node, token: heldToken } = parsed.data;
  const outcome = await storage.enrol(codeHash(code), { id: uuidv7(now), node, tokenHash: tokenHash(token), proofTokenHash: heldToken ? tokenHash(heldToken) : null, now });
  if ('refused' in outcome) throw new HubError(401, outcome.refused === 'node_taken' ? 'node_taken' : 'code_unknown', REFUSALS[outcome.refused]);
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
