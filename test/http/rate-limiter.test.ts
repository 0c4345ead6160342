// The rate limiter keeps a bounded number of keys and does constant work per hit, however many
// keys it remembers: checked at 100,000 keys by counting what it asks of its map, not by timing.
import { describe, expect, it } from 'vitest'
import { RateLimiter } from '../../server/http/rate-limiter'

/** A Map that counts the entries its iterators hand out (a scan shows up as thousands). */
class CountingMap<K, V> extends Map<K, V> {
  stepped = 0
  override keys(): MapIterator<K> {
    const inner = super.keys()
    const next = inner.next.bind(inner)
    return Object.assign(inner, {
      next: () => {
        this.stepped++
        return next()
      },
    })
  }
  override entries(): MapIterator<[K, V]> {
    this.stepped += this.size
    return super.entries()
  }
  override values(): MapIterator<V> {
    this.stepped += this.size
    return super.values()
  }
  override forEach(cb: (value: V, key: K, map: Map<K, V>) => void): void {
    this.stepped += this.size
    super.forEach(cb)
  }
  override [Symbol.iterator](): MapIterator<[K, V]> {
    this.stepped += this.size
    return super[Symbol.iterator]()
  }
}

describe('the rate limiter', () => {
  it('limits each key to its count per window and lets it through in the next window', () => {
    const limiter = new RateLimiter(3, 60_000)
    const hits = [0, 1, 2, 3].map(() => limiter.hit('a', 1000))
    expect(hits.map((h) => h.allowed)).toEqual([true, true, true, false])
    expect(hits[3]!.retryAfter).toBe(60)
    expect(limiter.hit('b', 1000).allowed).toBe(true)
    expect(limiter.hit('a', 61_000).allowed).toBe(true)
  })

  it('does constant work per hit with 100,000 keys in the window', () => {
    const store = new CountingMap<
      string,
      { expiresAt: number; value: { start: number; count: number } }
    >()
    const limiter = new RateLimiter(5, 60_000, { maxKeys: 100_000, store })
    const keys = 100_000
    for (let i = 0; i < keys; i++) limiter.hit(`203.0.113.${i}`, 1_000 + i / 1000)
    expect(limiter.size).toBe(keys)
    // One look at the head of the map per new key; the old limiter scanned every key once it
    // held 50,000, i.e. ~2.5 billion steps for this loop.
    expect(store.stepped).toBeLessThanOrEqual(keys * 2)
    const before = store.stepped
    for (let i = 0; i < 1000; i++) limiter.hit(`198.51.100.${i}`, 2_000)
    expect(store.stepped - before).toBeLessThanOrEqual(1000 * 2 + 1000)
  })

  it('never remembers more than maxKeys: the key closest to expiry goes first', () => {
    const limiter = new RateLimiter(1, 60_000, { maxKeys: 1000 })
    for (let i = 0; i < 100_000; i++) limiter.hit(`k${i}`, 1_000 + i)
    expect(limiter.size).toBe(1000)
    expect(limiter.hit('k99999', 100_999).allowed).toBe(false) // still remembered
    expect(limiter.hit('k0', 100_999).allowed).toBe(true) // forgotten to stay in bounds
  })

  it('forgets expired windows as time passes, without being asked about them', () => {
    const limiter = new RateLimiter(1, 60_000)
    for (let i = 0; i < 10_000; i++) limiter.hit(`k${i}`, 0)
    limiter.hit('late', 60_001)
    expect(limiter.size).toBe(1)
  })
})
