// Receipts and device tokens come from a pool of random bytes refilled 4 KiB at a time: every
// draw is fresh (also across refills), the receipt alphabet holds, and signed tokens verify.
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { issueDeviceToken, verifyDeviceCookie } from '../../server/features/responses/device-token'
import { randomBytesPooled } from '../../server/features/responses/random'
import {
  RECEIPT_ALPHABET,
  RECEIPT_LENGTH,
  newReceipt,
  normalizeReceipt,
} from '../../server/features/responses/receipt'

describe('random bytes for receipts and tokens', () => {
  it('hands out every byte once, across refills of the pool', () => {
    const draws = Array.from({ length: 1000 }, () => randomBytesPooled(16)) // ~4 refills
    expect(draws.every((b) => b.length === 16)).toBe(true)
    expect(new Set(draws.map((b) => b.toString('hex'))).size).toBe(draws.length)
    // A draw is a copy: later draws never change it.
    const kept = randomBytesPooled(8)
    const copy = Buffer.from(kept)
    for (let i = 0; i < 600; i++) randomBytesPooled(8)
    expect(kept.equals(copy)).toBe(true)
  })

  it('makes receipts of the alphabet, distinct in practice', () => {
    const receipts = Array.from({ length: 2000 }, newReceipt)
    const pattern = new RegExp(`^[${RECEIPT_ALPHABET}]{${RECEIPT_LENGTH}}$`)
    expect(receipts.every((r) => pattern.test(r) && normalizeReceipt(r) === r)).toBe(true)
    expect(new Set(receipts).size).toBe(receipts.length)
    // Each of the 32 symbols turns up (2000 x 8 draws of 1/32 each).
    expect(new Set(receipts.join('')).size).toBe(32)
  })

  it('signs device tokens that verify, and refuses altered ones', () => {
    const secret = randomBytes(32)
    const issued = Array.from({ length: 300 }, () => issueDeviceToken(secret))
    expect(new Set(issued.map((d) => d.token)).size).toBe(issued.length)
    for (const { token, cookie } of issued.slice(0, 20)) {
      expect(verifyDeviceCookie(secret, cookie)).toBe(token)
      expect(verifyDeviceCookie(randomBytes(32), cookie)).toBeNull()
      expect(verifyDeviceCookie(secret, `${token}x${cookie.slice(token.length)}`)).toBeNull()
    }
  })

  it('issues tokens that sort by the time they were issued, with random bits after it', () => {
    const secret = randomBytes(32)
    const start = Date.UTC(2026, 10, 23)
    const tokens = Array.from({ length: 500 }, (_, i) => issueDeviceToken(secret, start + i).token)
    expect([...tokens].sort()).toEqual(tokens)
    expect(tokens[0]!.slice(0, 12)).toBe(start.toString(16).padStart(12, '0'))
    const sameMs = Array.from({ length: 500 }, () => issueDeviceToken(secret, start).token)
    expect(new Set(sameMs).size).toBe(sameMs.length)
    for (const token of sameMs) expect(token).toMatch(/^[\da-f]{12}[\w-]{16}$/)
  })
})
