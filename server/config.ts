// Configuration from environment variables, with working defaults (DESIGN.md section 6).
import { resolve } from 'node:path'

export interface Config {
  port: number
  databasePath: string
  databaseUrl?: string
  /** PostgreSQL schema to use (`DATABASE_SCHEMA`); the server's search_path when absent. */
  databaseSchema?: string
  adminEmail?: string
  adminPassword?: string
  demoData: boolean
  /** Public submissions per client address per minute; 0 turns the limit off. */
  rateLimitPerMinute: number
  /** Where the built client lives (vite build output). */
  clientDist: string
  /** The origin the console and public links are served from, e.g. https://survei.example.go.id. */
  publicUrl?: string
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number
  sessionTtlHours: number
  /** Secure cookies: on unless explicitly served over plain HTTP for local use. */
  secureCookies: boolean
  /** At most this long (ms) between a submission and its aggregates, when nothing reads them. */
  aggregateFlushMs: number
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase())
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`)
  return n
}

/** Reads the configuration; throws a clear message on a malformed value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer('PORT', env.PORT, 3000),
    databasePath: env.DATABASE_PATH || resolve('data', 'quickwin.sqlite'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demoData: flag(env.DEMO_DATA, true),
    rateLimitPerMinute: integer('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 120),
    clientDist: env.CLIENT_DIST || resolve('dist', 'client'),
    publicUrl: env.PUBLIC_URL || undefined,
    bodyLimitBytes: integer('BODY_LIMIT_BYTES', env.BODY_LIMIT_BYTES, 256 * 1024),
    sessionTtlHours: integer('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12),
    secureCookies: flag(env.SECURE_COOKIES, false),
    aggregateFlushMs: integer('AGGREGATE_FLUSH_MS', env.AGGREGATE_FLUSH_MS, 500),
  }
}
