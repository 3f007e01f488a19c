// Episodes: the lesson split by activity (launch, small group work, ...), each
// starting at a time on the observation's timer and lasting until the next.
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { Episode } from '../../shared/observation.js';
import { writeChanges, type ApplyContext } from '../apply.js';
import type { Db } from '../sqlite.js';
import { requireOpen, rubricOf } from './observations.js';
import { LIVE, toEpisode, type EpisodeRow } from './rows.js';

export function listEpisodes(db: Db, observationId: string): Episode[] {
  const rows = db.prepare(`SELECT * FROM episodes WHERE observation_id = ? AND ${LIVE} ORDER BY start_ms, id`).all(observationId) as EpisodeRow[];
  return rows.map(toEpisode);
}

export function startEpisode(ctx: ApplyContext, input: { observationId: string; typeId: string; atMs: number }): Episode {
  const observation = requireOpen(ctx, input.observationId);
  const types = rubricOf(ctx, observation).episodeTypes;
  if (!types.some((t) => t.id === input.typeId)) {
    const known = types.map((t) => t.name).join(', ') || 'none';
    throw new AppError('invalid_input', `"${input.typeId}" is not an episode type of this rubric (it has: ${known}).`);
  }
  const id = uuidv7(ctx.now());
  writeChanges(ctx, [{ table: 'episodes', row: id, values: { observation_id: input.observationId, type_id: input.typeId, start_ms: input.atMs, deleted: 0 } }]);
  return listEpisodes(ctx.db, input.observationId).find((e) => e.id === id)!;
}
