// A cycle's meetings, tasks and resources, and removing any of a cycle's
// parts one by one. Attendees and assignees are team members. A removal is a
// tombstone like every synced delete; removing a focal student also forgets
// the name this device kept for them.
import type { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { MeetingInputSchema, ResourceInputSchema, TaskInputSchema } from '../../shared/lessonStudy/cycle.js';
import type { CycleDetail, LS_ITEM_KINDS, RemoveLsItemSchema } from '../../shared/lessonStudy/detail.js';
import type { OpValue } from '../../shared/registry.js';
import { writeChanges, type ApplyContext } from '../apply.js';
import { requireCycleItem } from './cycleItem.js';
import { getCycle, readCycleDetail } from './detail.js';
import { liveRow, notFound, type LsTable } from './rows.js';
import { requireMember } from './teams.js';

type ItemKind = (typeof LS_ITEM_KINDS)[number];

const ITEMS: Record<ItemKind, { table: LsTable; what: string }> = {
  meeting: { table: 'ls_meetings', what: 'meeting' },
  task: { table: 'ls_tasks', what: 'task' },
  resource: { table: 'ls_resources', what: 'resource' },
  focalStudent: { table: 'ls_focal_students', what: 'focal student' },
  assignment: { table: 'ls_assignments', what: 'observer assignment' },
  discussionNote: { table: 'ls_discussion_notes', what: 'discussion note' },
  revision: { table: 'ls_revisions', what: 'revision' },
  liteTeaching: { table: 'ls_lite_teachings', what: 'lite teaching' },
  measureResponse: { table: 'ls_measure_responses', what: 'survey answer' },
};

/**
 * Writes one of a cycle's items (a new one when id is absent; an existing
 * one must be this cycle's) and returns the cycle.
 */
export function saveCycleItem(ctx: ApplyContext, kind: ItemKind, cycleId: string, id: string | undefined, values: Record<string, OpValue>, seen?: Record<string, OpValue>): CycleDetail {
  getCycle(ctx.db, cycleId);
  const { table, what } = ITEMS[kind];
  if (id) requireCycleItem(ctx.db, table, id, cycleId, what);
  writeChanges(ctx, [{ table, row: id ?? uuidv7(ctx.now()), values: { cycle_id: cycleId, ...values, ...(id ? {} : { deleted: 0 }) }, seen: id ? seen : undefined }]);
  return readCycleDetail(ctx.db, cycleId);
}

function teamOf(ctx: ApplyContext, cycleId: string): string {
  return getCycle(ctx.db, cycleId).teamId;
}

export function saveMeeting(ctx: ApplyContext, input: z.output<typeof MeetingInputSchema>): CycleDetail {
  const teamId = teamOf(ctx, input.cycleId);
  const attendees = [...new Set(input.attendees)];
  for (const memberId of attendees) requireMember(ctx.db, teamId, memberId);
  return saveCycleItem(ctx, 'meeting', input.cycleId, input.id, meetingColumns({ ...input, attendees }), input.seen && meetingColumns(input.seen));
}

function meetingColumns(m: Omit<z.output<typeof MeetingInputSchema>, 'cycleId' | 'id' | 'seen'>): Record<string, OpValue> {
  return { held_on: m.heldOn, title: m.title, agenda: m.agenda, attendees: JSON.stringify([...new Set(m.attendees)]), notes: m.notes };
}

export function saveTask(ctx: ApplyContext, input: z.output<typeof TaskInputSchema>): CycleDetail {
  const teamId = teamOf(ctx, input.cycleId);
  if (input.assigneeId) requireMember(ctx.db, teamId, input.assigneeId);
  return saveCycleItem(ctx, 'task', input.cycleId, input.id, taskColumns(input), input.seen && taskColumns(input.seen));
}

function taskColumns(t: Omit<z.output<typeof TaskInputSchema>, 'cycleId' | 'id' | 'seen'>): Record<string, OpValue> {
  return { title: t.title, assignee_id: t.assigneeId, due: t.due, done: t.done ? 1 : 0, from_discussion: t.fromDiscussion ? 1 : 0 };
}

export function saveResource(ctx: ApplyContext, input: z.output<typeof ResourceInputSchema>): CycleDetail {
  return saveCycleItem(ctx, 'resource', input.cycleId, input.id, { title: input.title, link: input.link, note: input.note });
}

export function removeItem(ctx: ApplyContext, input: z.output<typeof RemoveLsItemSchema>): CycleDetail {
  const { table, what } = ITEMS[input.kind];
  const row = liveRow<{ cycle_id: string | null }>(ctx.db, table, input.id);
  if (!row || row.cycle_id === null) throw notFound(what);
  if (input.kind === 'revision' && liveRow<{ applied_plan_id: string | null }>(ctx.db, table, input.id)?.applied_plan_id) {
    throw new AppError('invalid_input', 'That revision is part of a later plan version; it stays as the record of why the plan changed.');
  }
  ctx.db.transaction(() => {
    writeChanges(ctx, [{ table, row: input.id, values: { deleted: 1 } }]);
    if (input.kind === 'focalStudent') ctx.db.prepare('DELETE FROM ls_student_names WHERE focal_student_id = ?').run(input.id);
  })();
  return readCycleDetail(ctx.db, row.cycle_id);
}
