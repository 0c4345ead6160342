// Login throttling that slows a password guesser without handing them a lockout of a known
// account (OWASP Authentication Cheat Sheet, "Login Throttling", and its "Slow Down Online
// Guessing Attacks with Device Cookies"). Failures are counted in buckets; past a bucket's free
// failures, each next attempt must wait twice as long as the one before (1 s, 2 s, 4 s, ... up to
// a cap), answered as 429 with Retry-After instead of holding the connection open:
// - a browser that logged in to this account before carries a signed device cookie and is
//   counted on its own (per account and device): nobody elsewhere can slow it down;
// - any other client is counted per account and address, per address over all accounts (a
//   sprayer trying many accounts from one place) and per account over all addresses (a botnet),
//   the last two with far more free failures, so only a campaign ever meets them.
// Nothing locks: every bucket lets an attempt through once its wait is over, and a success
// clears the bucket of that account and device or address.
import { ExpiringMap } from '../../http/expiring-map'

interface Policy {
  /** Failures allowed before any wait. */
  free: number
  /** The longest wait between two attempts, in ms. */
  maxDelayMs: number
  /** A bucket is forgotten this long after its last failure. */
  forgetMs: number
}

const MINUTE = 60_000
export const POLICIES = {
  device: { free: 5, maxDelayMs: 15 * MINUTE, forgetMs: 60 * MINUTE },
  accountAddress: { free: 5, maxDelayMs: 15 * MINUTE, forgetMs: 60 * MINUTE },
  address: { free: 30, maxDelayMs: 5 * MINUTE, forgetMs: 60 * MINUTE },
  account: { free: 100, maxDelayMs: 5 * MINUTE, forgetMs: 60 * MINUTE },
} satisfies Record<string, Policy>

interface Bucket {
  failures: number
  lastFailureAt: number
}

class FailureBuckets {
  private readonly buckets = new ExpiringMap<Bucket>(100_000)
  constructor(private readonly policy: Policy) {}

  /** Milliseconds before the next attempt under `key` may be tried (0: now). */
  waitMs(key: string, now: number): number {
    const b = this.buckets.get(key, now)
    if (!b || b.failures < this.policy.free) return 0
    const delay = Math.min(1000 * 2 ** (b.failures - this.policy.free), this.policy.maxDelayMs)
    return Math.max(0, b.lastFailureAt + delay - now)
  }

  fail(key: string, now: number): void {
    const failures = (this.buckets.get(key, now)?.failures ?? 0) + 1
    this.buckets.set(key, { failures, lastFailureAt: now }, now + this.policy.forgetMs, now)
  }

  clear(key: string): void {
    this.buckets.delete(key)
  }
}

/** Who is attempting: the account, the client address, and a valid device cookie's id if any. */
export interface LoginAttempt {
  email: string
  address: string
  device: string | null
}

export function createLoginThrottle() {
  const device = new FailureBuckets(POLICIES.device)
  const accountAddress = new FailureBuckets(POLICIES.accountAddress)
  const address = new FailureBuckets(POLICIES.address)
  const account = new FailureBuckets(POLICIES.account)

  const bucketsOf = (a: LoginAttempt): [FailureBuckets, string][] =>
    a.device
      ? [[device, `${a.email}\n${a.device}`]]
      : [
          [accountAddress, `${a.email}\n${a.address}`],
          [address, a.address],
          [account, a.email],
        ]

  return {
    /** Seconds to wait before this attempt may be checked, or 0. */
    retryAfter(a: LoginAttempt, now: number): number {
      const waits = bucketsOf(a).map(([b, key]) => b.waitMs(key, now))
      return Math.ceil(Math.max(...waits) / 1000)
    },
    failed(a: LoginAttempt, now: number): void {
      for (const [b, key] of bucketsOf(a)) b.fail(key, now)
    },
    succeeded(a: LoginAttempt): void {
      const [first] = bucketsOf(a)
      first![0].clear(first![1])
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
