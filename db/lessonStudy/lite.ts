// Lesson study lite: one team member's teaching of the lesson in their own
// room, with how it went, where they departed from the plan and what they
// take from it, for the team's reflection side by side.
import type { z } from 'zod';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { LiteTeachingInputSchema } from '../../shared/lessonStudy/lite.js';
import type { OpValue } from '../../shared/registry.js';
import type { ApplyContext } from '../apply.js';
import { getCycle } from './detail.js';
import { saveCycleItem } from './items.js';
import { requireMember } from './teams.js';

export function saveLiteTeaching(ctx: ApplyContext, input: z.output<typeof LiteTeachingInputSchema>): CycleDetail {
  requireMember(ctx.db, getCycle(ctx.db, input.cycleId).teamId, input.teacherId);
  return saveCycleItem(ctx, 'liteTeaching', input.cycleId, input.id, liteColumns(input), input.seen && liteColumns(input.seen));
}

function liteColumns(l: Omit<z.output<typeof LiteTeachingInputSchema>, 'cycleId' | 'id' | 'seen'>): Record<string, OpValue> {
  return { teacher_id: l.teacherId, taught_on: l.taughtOn, how_it_went: l.howItWent, deviations: l.deviations, reflection: l.reflection };
}
