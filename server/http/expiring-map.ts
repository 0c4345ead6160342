// A map of per-key state that forgets entries once they expire and never holds more than
// `maxKeys`: what the rate limiters keep per client address or account. Entries are kept in the
// order of their expiry (a Map iterates in insertion order, and every `set` re-inserts at the end
// with an expiry no earlier than the ones before), so the entry to forget first is always at the
// head: each call looks at the head only while it has expired, and each entry is inserted and
// removed once, so the cost per call does not grow with the number of keys. Over `maxKeys`, the
// entry closest to expiry goes first: an attacker with more addresses than that can already
// spread their requests over them.

export class ExpiringMap<V> {
  constructor(
    private readonly maxKeys: number,
    private readonly entries: Map<string, { expiresAt: number; value: V }> = new Map(),
  ) {}

  get size(): number {
    return this.entries.size
  }

  /** The live value of `key`, or undefined (an expired entry is dropped). */
  get(key: string, now: number): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= now) {
      this.entries.delete(key)
      return undefined
    }
    return entry.value
  }

  /** Sets `key` to `value` until `expiresAt`, which callers keep no earlier than any before. */
  set(key: string, value: V, expiresAt: number, now: number): void {
    this.entries.delete(key)
    this.entries.set(key, { expiresAt, value })
    this.forgetExpired(now)
  }

  delete(key: string): void {
    this.entries.delete(key)
  }

  private forgetExpired(now: number): void {
    for (;;) {
      const head = this.entries.keys().next()
      if (head.done) return
      const entry = this.entries.get(head.value)!
      if (entry.expiresAt > now && this.entries.size <= this.maxKeys) return
      this.entries.delete(head.value)
    }
  }
}
