// A fixed-window counter per key, in memory: enough for one process. Used for login attempts
// (per account and per address) and for public submissions (per address).

export interface RateDecision {
  allowed: boolean
  /** Seconds until the window resets, for Retry-After. */
  retryAfter: number
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one hit for `key`; a limit of 0 never refuses. */
  hit(key: string, now: number): RateDecision {
    if (this.limit <= 0) return { allowed: true, retryAfter: 0 }
    let w = this.windows.get(key)
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 }
      this.windows.set(key, w)
      if (this.windows.size > 50_000) this.prune(now)
    }
    w.count++
    const retryAfter = Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000))
    return { allowed: w.count <= this.limit, retryAfter }
  }

  /** Whether `key` is over the limit now, without counting a hit. */
  blocked(key: string, now: number): RateDecision {
    const w = this.windows.get(key)
    if (this.limit <= 0 || !w || now - w.start >= this.windowMs)
      return { allowed: true, retryAfter: 0 }
    const retryAfter = Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000))
    return { allowed: w.count < this.limit, retryAfter }
  }

  reset(key: string): void {
    this.windows.delete(key)
  }

  private prune(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k)
  }
}
