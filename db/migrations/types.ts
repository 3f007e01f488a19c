import type { Db } from '../sqlite.js';

/** One numbered migration. `up` runs inside a transaction opened by the runner. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
