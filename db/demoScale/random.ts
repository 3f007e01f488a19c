// The generator's one source of chance: a seeded PRNG with the draws the
// district model needs, and row ids made from it, so the same seed gives the
// same district, ids included (two stores compare equal by digest).
import { uuidv7 } from '../../shared/ids.js';
import { normal, seededRandom } from '../../shared/seededRandom.js';

export class Rng {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** A whole number from lo to hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  normal(): number {
    return normal(this.next);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` different items, in the order drawn. */
  pickDistinct<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }

  /** A UUIDv7 stamped with `ms`, its random bits from this generator. */
  id(ms: number): string {
    return uuidv7(ms, (bytes) => {
      for (let i = 0; i < bytes.length; i += 4) {
        const word = Math.floor(this.next() * 4_294_967_296);
        for (let j = 0; j < 4 && i + j < bytes.length; j++) bytes[i + j] = (word >>> (8 * j)) & 0xff;
      }
    });
  }
}
