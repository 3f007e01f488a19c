// `fieldbook demo`: load the fictional demo district into an empty store.
import { loadDemoDistrict } from '../../db/demo.js';
import { withStore, type CommandContext } from '../context.js';

export function demoCommand(ctx: CommandContext): void {
  const result = withStore(ctx, loadDemoDistrict);
  ctx.out(`Loaded the demo district: ${result.schools} schools and ${result.people} people into ${ctx.dataDir}.`);
}
