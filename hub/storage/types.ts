// The hub's storage, behind one interface with two implementations:
// SQLite (one school server, the default) and PostgreSQL (a district). The
// rules (who sees what, idempotence, clock, sequence) live in hub/ above this
// interface, so both stores behave the same; each store only keeps rows and
// holds the per-district lock that orders pushes.
import type { Op } from '../../db/ops.js';
import type { CarriedRubric } from '../../db/bundles/rubricsPart.js';

export type StorageKind = 'sqlite' | 'postgres';

/** An op as the hub keeps it: its value as JSON text (so a string "007" stays a string), with its place and scope. */
export interface StoredOp extends Omit<Op, 'value'> {
  seq: number;
  valueJson: string;
  scope: string;
}

/** A published rubric version with its place in the district's sequence. */
export interface StoredRubric extends CarriedRubric {
  seq: number;
}

export function rubricKey(r: { id: string; version: number }): string {
  return `${r.id}@${r.version}`;
}

/** What an enrolment code grants, and so what the device enrolled with it may see and write. */
export interface Grant {
  districtId: string;
  userName: string;
  role: string;
  schools: string[];
  teams: string[];
}

export interface DeviceRecord extends Grant {
  id: string;
  node: string;
  enrolledAt: number;
  revokedAt: number | null;
}

export interface NewDevice {
  id: string;
  node: string;
  tokenHash: string;
  /** The hash of the token the device held before, when it enrols again: proof that the node is its own. */
  proofTokenHash: string | null;
  now: number;
}

/** 'node_taken': another enrolled device holds this node id, and the request did not prove it is that device. */
export type EnrolOutcome = { device: DeviceRecord } | { refused: 'unknown' | 'used' | 'expired' | 'node_taken' };

/** A rubric version as the district office sees it in `hub admin list-rubrics`. */
export interface RubricListing {
  id: string;
  version: number;
  contentHash: string;
  seq: number;
  withdrawnAt: number | null;
}

/** The push transaction: everything happens while the district's counter row is locked, so sequence numbers commit in order. */
export interface PushTx {
  /** The district's current sequence (locks its counter row until the transaction ends). */
  lockDistrict(): Promise<number>;
  heldOpIds(opIds: readonly string[]): Promise<Set<string>>;
  /** Known scopes of rows, by row id (row ids are UUIDs, so unique across tables). */
  rowScopes(rowIds: readonly string[]): Promise<Map<string, string>>;
  /** The district's stored content of these rubric versions ("id@version"), withdrawn ones included. */
  heldRubrics(keys: readonly string[]): Promise<Map<string, { content: string; contentHash: string }>>;
  /** Stores the new rubric versions, ops and row scopes and moves the counter to `seq`. */
  store(change: { rubrics: readonly StoredRubric[]; ops: readonly StoredOp[]; newRowScopes: ReadonlyMap<string, { table: string; scope: string }> }, seq: number): Promise<void>;
}

export interface OpQuery {
  districtId: string;
  after: number;
  /** Only ops at or below this sequence (a snapshot's upper end). */
  upTo: number | null;
  /** Only ops in these scopes; null for the whole district. */
  scopes: readonly string[] | null;
  limit: number;
  /** Only each field's winning op (highest hlc, then op id) among those up to `upTo`. */
  winnersOnly: boolean;
}

export interface HubStorage {
  readonly kind: StorageKind;
  migrate(): Promise<{ from: number; to: number }>;
  close(): Promise<void>;
  createDistrict(id: string, name: string, now: number): Promise<void>;
  districts(): Promise<{ id: string; name: string; seq: number }[]>;
  addSchool(districtId: string, schoolId: string, name: string): Promise<void>;
  addTeam(districtId: string, teamId: string, name: string): Promise<void>;
  /** The school and team ids the district knows. */
  directory(districtId: string): Promise<{ schools: string[]; teams: string[] }>;
  saveCode(codeHash: string, grant: Grant, now: number, expiresAt: number): Promise<void>;
  /**
   * Uses the code (once) and creates the device, in one transaction. A node
   * id held by an enrolled device is refused unless the request proves it is
   * that device (its current token); then that device row takes the new grant.
   */
  enrol(codeHash: string, device: NewDevice): Promise<EnrolOutcome>;
  deviceByToken(tokenHash: string): Promise<DeviceRecord | undefined>;
  revokeDevice(id: string, now: number): Promise<boolean>;
  listDevices(): Promise<DeviceRecord[]>;
  inPushTransaction<T>(districtId: string, fn: (tx: PushTx) => Promise<T>): Promise<T>;
  districtSeq(districtId: string): Promise<number>;
  readOps(query: OpQuery): Promise<StoredOp[]>;
  /** The district's rubric versions placed after `after` and at or below `upTo`, in sequence order, withdrawn ones left out. */
  readRubrics(districtId: string, after: number, upTo: number): Promise<CarriedRubric[]>;
  listRubrics(districtId: string): Promise<RubricListing[]>;
  /** Marks a version withdrawn (no longer sent); false when the district has no such version. */
  withdrawRubric(districtId: string, id: string, version: number, now: number): Promise<boolean>;
}
