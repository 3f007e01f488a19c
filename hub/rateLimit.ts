// Token buckets, in this process's memory (a restart forgives everyone). Two
// uses: requests per device token, to stop a runaway client; and failed
// authentications (unknown or withdrawn tokens, wrong enrolment codes) per
// network address, checked before any authentication, so guessing codes or
// tokens from one address is slowed to a trickle.
export interface RateLimit {
  /** Requests (or failures) a key may have at once. */
  burst: number;
  /** Allowance refilled per second. */
  perSecond: number;
}

export interface Buckets {
  /** Whether the key has at least one unit of allowance left. */
  hasRoom(key: string): boolean;
  /** Uses one unit of the key's allowance; false when none was left. */
  take(key: string): boolean;
}

/** Past this many keys, full buckets are forgotten (they hold nothing a new bucket would not). */
const PRUNE_ABOVE = 10_000;

export function createBuckets(limit: RateLimit, now: () => number = Date.now): Buckets {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (key: string) => {
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: limit.burst, at: t };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((t - bucket.at) / 1000) * limit.perSecond);
    bucket.at = t;
    return bucket;
  };
  const prune = () => {
    if (buckets.size <= PRUNE_ABOVE) return;
    for (const key of [...buckets.keys()]) if (refill(key).tokens >= limit.burst) buckets.delete(key);
  };
  return {
    hasRoom: (key) => (buckets.has(key) ? refill(key).tokens >= 1 : true),
    take: (key) => {
      const bucket = refill(key);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      buckets.set(key, bucket);
      prune();
      return true;
    },
  };
}
