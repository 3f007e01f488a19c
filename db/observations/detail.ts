// One observation with everything recorded in it, as the capture screen opens it.
import type { ObservationDetail } from '../../shared/observation.js';
import type { ApplyContext } from '../apply.js';
import { listAttachments } from './attachments.js';
import { listEpisodes } from './episodes.js';
import { listNotes, readNoteDraft } from './notes.js';
import { getObservation } from './observations.js';
import { listScores } from './scores.js';
import { listStudents } from './students.js';
import { supersededBy } from './submit.js';

export function getObservationDetail(ctx: ApplyContext, id: string): ObservationDetail {
  const observation = getObservation(ctx, id);
  return {
    observation,
    notes: listNotes(ctx.db, id),
    episodes: listEpisodes(ctx.db, id),
    scores: listScores(ctx.db, id),
    students: listStudents(ctx.db, id),
    attachments: listAttachments(ctx.db, id),
    supersededBy: supersededBy(ctx.db, id),
    noteDraft: readNoteDraft(ctx.db, id),
  };
}
