// The form's idempotency keys: valid UUIDv7 that the server's schema accepts, ordered by time
// (the server's unique index appends them), and unique.
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { newIdempotencyKey } from '../../client/form/storage/idempotency-key'
import { SubmissionSchema } from '../../server/features/responses/schemas'

describe('newIdempotencyKey', () => {
  it('makes a UUIDv7 carrying the time in milliseconds, accepted by the submission schema', () => {
    const now = Date.UTC(2026, 10, 23, 9, 30, 15, 123)
    const key = newIdempotencyKey(now)
    expect(key).toMatch(/^[\da-f]{8}-[\da-f]{4}-7[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/)
    expect(parseInt(key.replace(/-/g, '').slice(0, 12), 16)).toBe(now)
    const parsed = v.safeParse(SubmissionSchema, { answers: {}, idempotencyKey: key })
    expect(parsed.success).toBe(true)
  })

  it('sorts keys of later milliseconds after earlier ones, and never repeats', () => {
    const start = Date.UTC(2026, 0, 1)
    const keys = Array.from({ length: 2000 }, (_, i) => newIdempotencyKey(start + i * 7))
    expect([...keys].sort()).toEqual(keys)
    const same = Array.from({ length: 2000 }, () => newIdempotencyKey(start))
    expect(new Set(same).size).toBe(same.length)
  })
})
