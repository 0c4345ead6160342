// A fixed-window counter per key, in memory with a bounded number of keys (expiring-map.ts): one
// process's limit on public submissions and receipt look-ups per client address.
import { ExpiringMap } from './expiring-map'

export interface RateDecision {
  allowed: boolean
  /** Seconds until the window resets, for Retry-After. */
  retryAfter: number
}

export interface RateLimiterOptions {
  /** At most this many keys are remembered (default 100,000). */
  maxKeys?: number
  /** The map behind the limiter (tests count what it does). */
  store?: Map<string, { expiresAt: number; value: { start: number; count: number } }>
}

export class RateLimiter {
  private readonly windows: ExpiringMap<{ start: number; count: number }>

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    options: RateLimiterOptions = {},
  ) {
    this.windows = new ExpiringMap(options.maxKeys ?? 100_000, options.store)
  }

  /** How many keys are remembered now. */
  get size(): number {
    return this.windows.size
  }

  /** Counts one hit for `key`; a limit of 0 never refuses. */
  hit(key: string, now: number): RateDecision {
    if (this.limit <= 0) return { allowed: true, retryAfter: 0 }
    let w = this.windows.get(key, now)
    if (!w) this.windows.set(key, (w = { start: now, count: 0 }), now + this.windowMs, now)
    w.count++
    const retryAfter = Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000))
    return { allowed: w.count <= this.limit, retryAfter }
  }
}
