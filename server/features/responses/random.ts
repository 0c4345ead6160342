// Random bytes for receipts and device tokens, drawn from a pool that is refilled 4 KiB at a time
// from the system's CSPRNG: one synchronous randomBytes call per submission cost more than
// everything else in making a device token. Every byte is handed out once, as a copy.
import { randomFillSync } from 'node:crypto'

const pool = Buffer.allocUnsafe(4096)
let offset = pool.length

/** `size` (at most 4096) cryptographically random bytes. */
export function randomBytesPooled(size: number): Buffer {
  if (offset + size > pool.length) {
    randomFillSync(pool)
    offset = 0
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size))
  offset += size
  return bytes
}
