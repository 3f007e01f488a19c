// `fieldbook demo`: load the fictional demo district into an empty store; with
// --observations N, a whole generated district of that size (db/demoScale/),
// with progress on stderr about every tenth of the way.
import { loadDemoDistrict } from '../../db/demo.js';
import { checkObservationCount, generateDemoDistrict } from '../../db/demoScale/generate.js';
import { UsageError, type CommandContext } from '../context.js';
import { withStore } from '../withStore.js';

const MAX_SEED = 4_294_967_295;

export interface DemoOptions {
  observations?: string;
  seed?: string;
}

function parseSeed(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seed = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(seed <= MAX_SEED)) throw new UsageError(`--seed takes a whole number from 0 to ${MAX_SEED}; "${text}" is not one.`);
  return seed;
}

export function demoCommand(ctx: CommandContext, options: DemoOptions = {}): void {
  if (options.observations === undefined) {
    if (options.seed !== undefined) throw new UsageError('--seed goes with --observations N: the small demo district has nothing to draw.');
    const result = withStore(ctx, loadDemoDistrict);
    ctx.out(`Loaded the demo district: ${result.schools} schools and ${result.people} people into ${ctx.dataDir}.`);
    return;
  }
  // Both checked before the store is opened, so a refused command creates nothing.
  const text = options.observations;
  const observations = checkObservationCount(/^\d+$/.test(text) ? Number(text) : NaN, `"${text}"`);
  const seed = parseSeed(options.seed);
  let reported = 0;
  const progress = (done: number, total: number) => {
    const tenth = Math.floor((done * 10) / total);
    if (tenth <= reported) return;
    reported = tenth;
    ctx.err(`${tenth * 10}%: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} observations written`);
  };
  const r = withStore(ctx, (store) => generateDemoDistrict(store, { observations, seed, progress }));
  const n = (x: number) => x.toLocaleString('en');
  ctx.out(
    `Generated the demo district into ${ctx.dataDir}: ${n(r.observations)} observation${r.observations === 1 ? '' : 's'} with ${n(r.scores)} scores, ` +
      `${r.schools} schools, ${n(r.teachers)} observed teachers, ${r.observers} observers (${n(r.people)} people in all), ${r.rounds} calibration rounds and ${r.cycles} lesson study cycles.`,
  );
}
