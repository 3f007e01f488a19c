// The child process of the crash test (tests/unit/crash.test.ts). Run as
//   node --import tsx tests/support/crashWriter.ts DATA_DIR RUN_LABEL
// It opens the store and writes one new school per iteration through the apply
// path (writeChanges), and only after writeChanges has returned (the
// transaction committed) prints `ack <n> <rowId>` on stdout. The parent kills
// it with SIGKILL mid-loop and then checks that every acknowledged write is in
// the database. Names are `Crash <RUN> School <n>`, codes `<RUN>-<n>`. Stops
// by itself after MAX_WRITES in case the parent vanished.
import { writeChanges } from '../../db/apply.js';
import { openStore } from '../../db/store.js';
import { uuidv7 } from '../../shared/ids.js';

const MAX_WRITES = 200_000;

const [dataDir, run = 'r'] = process.argv.slice(2);
if (!dataDir) {
  process.stderr.write('usage: crashWriter.ts DATA_DIR [RUN_LABEL]\n');
  process.exit(2);
}

const store = openStore({ dataDir });
process.stdout.write(`ready ${store.nodeId}\n`);
for (let n = 0; n < MAX_WRITES; n++) {
  const row = uuidv7();
  writeChanges(store, [
    { table: 'schools', row, values: { name: `Crash ${run} School ${n}`, code: `${run}-${n}`, grades: 'K-8', archived: 0, deleted: 0 } },
  ]);
  // Only now, after the commit. Writes to a pipe are synchronous on Linux and
  // macOS, so the ack is in the pipe before the next write starts.
  process.stdout.write(`ack ${n} ${row}\n`);
}
store.close();
