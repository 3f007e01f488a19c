// Enrolling this device with the district hub: the one-time code from the
// district office becomes this device's token. Enrolling again (a new code,
// perhaps a new hub) starts over: a new token, and a new starting snapshot
// with every change of this device sent again (the hub skips what it has).
// The token held so far goes with the code: the hub gives a device id to one
// device only, and the old token proves this is that device.
import { EnrolResponseSchema } from '../../shared/sync/hubProtocol.js';
import type { Store } from '../store.js';
import { callHub } from './http.js';
import { readHubToken, saveHubToken, writeHubState } from './state.js';

export async function enrolWithHub(store: Store, hubUrl: string, code: string): Promise<void> {
  const url = hubUrl.trim().replace(/\/+$/, '');
  const held = readHubToken(store.dataDir);
  const answer = await callHub({ baseUrl: url, path: 'v1/enrol', body: { code, node: store.nodeId, ...(held ? { token: held } : {}) } }, EnrolResponseSchema);
  saveHubToken(store.dataDir, answer.token);
  writeHubState(store.db, {
    url,
    deviceId: answer.deviceId,
    districtName: answer.districtName,
    userName: answer.userName,
    role: answer.role,
    cursor: null,
    snapshotNext: null,
    snapshotCursor: null,
    pushedSeq: 0,
    lastSyncAt: null,
    lastError: null,
  });
}
