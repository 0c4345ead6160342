// Idempotency keys are UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. The
// server keeps a unique index on them; keys that grow with time are appended at the index's end
// instead of landing on a random page, so every stored response dirties fewer pages.
// crypto.randomUUID needs a secure context (and makes v4); getRandomValues works everywhere.

/** A fresh UUIDv7 for a response: created once per draft, reused for every retry of it. */
export function newIdempotencyKey(now: number = Date.now()): string {
  const b = crypto.getRandomValues(new Uint8Array(16))
  let ms = Math.max(0, Math.floor(now))
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256
    ms = Math.floor(ms / 256)
  }
  b[6] = (b[6]! & 0x0f) | 0x70
  b[8] = (b[8]! & 0x3f) | 0x80
  let hex = ''
  for (const byte of b) hex += byte.toString(16).padStart(2, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
