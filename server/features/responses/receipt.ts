// Receipts: the short code a citizen keeps after submitting, read aloud or copied by hand, so it
// uses an alphabet without look-alikes (no 0/O, 1/I).
import { randomBytesPooled } from './random'

/** 32 symbols: a byte's low five bits pick one without modulo bias. */
export const RECEIPT_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const RECEIPT_LENGTH = 8

const RECEIPT_PATTERN = new RegExp(`^[${RECEIPT_ALPHABET}]{${RECEIPT_LENGTH}}$`)

/** A fresh random receipt, e.g. `K7QM2XPA` (40 bits; uniqueness is checked when stored). */
export function newReceipt(): string {
  const bytes = randomBytesPooled(RECEIPT_LENGTH)
  let receipt = ''
  for (const byte of bytes) receipt += RECEIPT_ALPHABET[byte & 31]
  return receipt
}

/** A typed-in receipt in canonical form (upper case, no spaces or dashes), or null if malformed. */
export function normalizeReceipt(input: string): string | null {
  const receipt = input.toUpperCase().replace(/[\s-]/g, '')
  return RECEIPT_PATTERN.test(receipt) ? receipt : null
}
