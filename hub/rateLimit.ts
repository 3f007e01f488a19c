// Requests per device token: a token bucket per token, in this process's
// memory (a restart forgives everyone, which is fine for a limit meant to
// stop a runaway client, not an attacker with many tokens).
export interface RateLimit {
  /** Requests a token may make at once. */
  burst: number;
  /** Requests per second refilled. */
  perSecond: number;
}

export function createRateLimiter(limit: RateLimit, now: () => number = Date.now): (key: string) => boolean {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (key) => {
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: limit.burst, at: t };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((t - bucket.at) / 1000) * limit.perSecond);
    bucket.at = t;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
}
