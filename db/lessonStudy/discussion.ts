// The post-lesson discussion: the protocol's agenda with a timer per part,
// and notes per speaker and key learnings. The agenda's parts get ids derived
// from the cycle and the part, so two devices that set up the same discussion
// while apart make the same rows, which merge, instead of two agendas.
import crypto from 'node:crypto';
import type { z } from 'zod';
import { uuidv7 } from '../../shared/ids.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import { DISCUSSION_PROTOCOL, type DiscussionNoteInputSchema, type DiscussionPartInputSchema, type SetDiscussionPartSchema } from '../../shared/lessonStudy/discussion.js';
import type { Cycle } from '../../shared/lessonStudy/cycle.js';
import type { OpValue } from '../../shared/registry.js';
import { writeChanges, type ApplyContext, type RowChange } from '../apply.js';
import type { Db } from '../sqlite.js';
import { requireCycleItem } from './cycleItem.js';
import { getCycle, readCycleDetail } from './detail.js';
import { saveCycleItem } from './items.js';
import { liveRow, liveRows, notFound, toDiscussionPart, type DiscussionPartRow } from './rows.js';
import { requireMember, teamMembers } from './teams.js';

function parts(db: Db, cycleId: string) {
  return liveRows<DiscussionPartRow>(db, 'ls_discussion_parts', 'cycle_id', cycleId, 'coalesce(position, 0), id').map(toDiscussionPart);
}

/** The same id for the same part of the same cycle on every device. */
function partId(cycle: Cycle, kind: string): string {
  const digest = crypto.createHash('sha256').update(`${cycle.id}:discussion:${kind}`).digest();
  return uuidv7(cycle.createdAt, (bytes) => bytes.set(digest.subarray(0, bytes.length)));
}

export function startDiscussion(ctx: ApplyContext, cycleId: string): CycleDetail {
  const cycle = getCycle(ctx.db, cycleId);
  if (parts(ctx.db, cycleId).length > 0) return readCycleDetail(ctx.db, cycleId);
  const hasEquityCommentator = teamMembers(ctx.db, cycle.teamId).some((m) => m.roles.includes('equity_commentator'));
  const changes: RowChange[] = DISCUSSION_PROTOCOL.flatMap((part, position) =>
    part.kind === 'equity' && !hasEquityCommentator
      ? []
      : [
          {
            table: 'ls_discussion_parts' as const,
            row: partId(cycle, part.kind),
            // The protocol's index, so a part one device left out keeps its place when another adds it.
            values: { cycle_id: cycleId, position, kind: part.kind, title: part.title, minutes: part.minutes, started_at: null, ended_at: null, deleted: 0 },
          },
        ],
  );
  writeChanges(ctx, changes);
  return readCycleDetail(ctx.db, cycleId);
}

export function saveDiscussionPart(ctx: ApplyContext, input: z.output<typeof DiscussionPartInputSchema>): CycleDetail {
  const row = liveRow<DiscussionPartRow>(ctx.db, 'ls_discussion_parts', input.id);
  if (!row || row.cycle_id === null) throw notFound('part of the discussion');
  writeChanges(ctx, [{ table: 'ls_discussion_parts', row: input.id, values: partColumns(input), seen: input.seen && partColumns(input.seen) }]);
  return readCycleDetail(ctx.db, row.cycle_id);
}

/** The columns a patch sets: only the fields it has. */
function partColumns(p: Omit<z.output<typeof DiscussionPartInputSchema>, 'id' | 'seen'>): Record<string, OpValue> {
  return { ...(p.title === undefined ? {} : { title: p.title }), ...(p.minutes === undefined ? {} : { minutes: p.minutes }) };
}

/** Starts one part, ending the one running; restarting a finished part runs it again. partId null only stops the running part. */
export function setDiscussionPart(ctx: ApplyContext, input: z.output<typeof SetDiscussionPartSchema>): CycleDetail {
  getCycle(ctx.db, input.cycleId);
  const agenda = parts(ctx.db, input.cycleId);
  const target = input.partId === null ? null : agenda.find((p) => p.id === input.partId);
  if (target === undefined) throw notFound('part of the discussion');
  const isRunning = (p: (typeof agenda)[number]) => p.startedAt !== null && p.endedAt === null;
  const now = ctx.now();
  const changes: RowChange[] = agenda.filter((p) => isRunning(p) && p.id !== target?.id).map((p) => ({ table: 'ls_discussion_parts', row: p.id, values: { ended_at: now } }));
  if (target && !isRunning(target)) changes.push({ table: 'ls_discussion_parts', row: target.id, values: { started_at: now, ended_at: null } });
  writeChanges(ctx, changes);
  return readCycleDetail(ctx.db, input.cycleId);
}

export function saveDiscussionNote(ctx: ApplyContext, input: z.output<typeof DiscussionNoteInputSchema>): CycleDetail {
  const cycle = getCycle(ctx.db, input.cycleId);
  if (input.partId) requireCycleItem<DiscussionPartRow>(ctx.db, 'ls_discussion_parts', input.partId, input.cycleId, 'part of the discussion');
  // A team member is written down by their name as it is now, so the record reads the same if they later leave the team.
  const speaker = input.speakerId ? requireMember(ctx.db, cycle.teamId, input.speakerId).name : input.speaker;
  return saveCycleItem(ctx, 'discussionNote', input.cycleId, input.id, {
    part_id: input.partId,
    speaker_id: input.speakerId,
    speaker,
    kind: input.kind,
    text: input.text,
    ...(input.id ? {} : { created_at: ctx.now() }),
  });
}
