// Structured logs: one JSON line per event on stdout (pino, written asynchronously so a request
// never waits on the terminal or the log collector). LOG_LEVEL sets the level; `silent` (the
// tests' default) writes nothing.
import pino, { type Logger } from 'pino'

export type { Logger }

export function createLogger(level: string): Logger {
  if (level === 'silent') return pino({ level })
  return pino(
    { level, base: { service: 'quickwin' }, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ sync: false, minLength: 4096 }),
  )
}
