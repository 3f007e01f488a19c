// The district office's side of the hub: districts, the schools and lesson
// study teams devices may be enrolled for, one-time enrolment codes, devices
// (listed, revoked) and the district's rubric versions (listed, withdrawn). Used by `fieldbook hub admin ...`.
import { AppError } from '../shared/errors.js';
import { uuidv7 } from '../shared/ids.js';
import { ROLES } from '../shared/domain.js';
import { codeHash, newEnrolmentCode } from './secrets.js';
import type { DeviceRecord, Grant, HubStorage, RubricListing } from './storage/types.js';

export const CODE_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function createDistrict(storage: HubStorage, name: string, now: number): Promise<string> {
  const clean = name.trim();
  if (!clean) throw new AppError('invalid_input', 'Name the district, e.g. fieldbook hub admin create-district "Valley Unified".');
  if ((await storage.districts()).some((d) => d.name.toLowerCase() === clean.toLowerCase())) throw new AppError('invalid_input', `The hub already has a district called "${clean}".`);
  const id = uuidv7(now);
  await storage.createDistrict(id, clean, now);
  return id;
}

/** The district named by --district (id or name), or the only one. */
export async function resolveDistrict(storage: HubStorage, given: string | undefined): Promise<string> {
  const all = await storage.districts();
  if (given === undefined) {
    if (all.length === 1) return all[0]!.id;
    throw new AppError('invalid_input', all.length === 0 ? 'The hub has no district yet; run "fieldbook hub admin create-district NAME" first.' : 'The hub has several districts; name one with --district.');
  }
  const found = all.find((d) => d.id === given || d.name.toLowerCase() === given.trim().toLowerCase());
  if (!found) throw new AppError('invalid_input', `The hub has no district "${given}"; "fieldbook hub admin list-devices" shows what it has.`);
  return found.id;
}

function checkId(kind: 'school' | 'team', id: string): string {
  const clean = id.trim().toLowerCase();
  if (!UUID.test(clean)) throw new AppError('invalid_input', `"${id}" is not a ${kind} id; copy the id from Fieldbook (it looks like 0190f3a2-...).`);
  return clean;
}

export async function addSchool(storage: HubStorage, districtId: string, id: string, name: string): Promise<string> {
  const clean = checkId('school', id);
  await storage.addSchool(districtId, clean, name.trim());
  return clean;
}

export async function addTeam(storage: HubStorage, districtId: string, id: string, name: string): Promise<string> {
  const clean = checkId('team', id);
  await storage.addTeam(districtId, clean, name.trim());
  return clean;
}

export async function issueCode(storage: HubStorage, grant: Grant, now: number): Promise<string> {
  if (!grant.userName.trim()) throw new AppError('invalid_input', 'Name the person the code is for with --user NAME.');
  if (!(ROLES as readonly string[]).includes(grant.role)) throw new AppError('invalid_input', `--role must be one of ${ROLES.join(', ')}.`);
  const known = await storage.directory(grant.districtId);
  const schools = grant.schools.map((s) => checkId('school', s));
  const teams = grant.teams.map((t) => checkId('team', t));
  const unknownSchool = schools.find((s) => !known.schools.includes(s));
  if (unknownSchool) throw new AppError('invalid_input', `School ${unknownSchool} is not in this district on the hub; add it with "fieldbook hub admin add-school" first.`);
  const unknownTeam = teams.find((t) => !known.teams.includes(t));
  if (unknownTeam) throw new AppError('invalid_input', `Team ${unknownTeam} is not in this district on the hub; add it with "fieldbook hub admin add-team" first.`);
  const code = newEnrolmentCode();
  await storage.saveCode(codeHash(code), { ...grant, userName: grant.userName.trim(), schools, teams }, now, now + CODE_LIFETIME_MS);
  return code;
}

export async function revokeDevice(storage: HubStorage, id: string, now: number): Promise<void> {
  if (!(await storage.revokeDevice(id.trim(), now))) throw new AppError('invalid_input', `The hub has no device ${id}; "fieldbook hub admin list-devices" lists them.`);
}

export function describeDevice(d: DeviceRecord): string {
  const scope = [...d.schools.map((s) => `school ${s}`), ...d.teams.map((t) => `team ${t}`)].join(', ') || 'no school or team';
  const state = d.revokedAt === null ? 'active' : `revoked ${new Date(d.revokedAt).toISOString()}`;
  return `${d.id}  ${d.userName} (${d.role})  device ${d.node}  ${scope}  enrolled ${new Date(d.enrolledAt).toISOString()}  ${state}`;
}

/** Withdraws "ID@VERSION": the hub stops sending it; devices that hold it keep it, and a push carrying it again does not bring it back. */
export async function withdrawRubric(storage: HubStorage, districtId: string, ref: string, now: number): Promise<{ id: string; version: number }> {
  const match = /^(.+)@(\d+)$/.exec(ref.trim());
  if (!match) throw new AppError('invalid_input', `Name the rubric version as ID@VERSION, e.g. tru-math@1 ("fieldbook hub admin list-rubrics" lists them).`);
  const [, id, version] = match as unknown as [string, string, string];
  if (!(await storage.withdrawRubric(districtId, id, Number(version), now))) {
    throw new AppError('invalid_input', `The district has no rubric version ${id}@${version}; "fieldbook hub admin list-rubrics" lists them.`);
  }
  return { id, version: Number(version) };
}

export function describeRubric(r: RubricListing): string {
  const state = r.withdrawnAt === null ? 'sent to devices' : `withdrawn ${new Date(r.withdrawnAt).toISOString()}`;
  return `${r.id}@${r.version}  sha256 ${r.contentHash}  ${state}`;
}
