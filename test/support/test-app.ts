// A fresh, migrated SQLite file per test file (demo data loaded), the app around it, and small
// helpers to log in and call the API like the console does.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../../server/app'
import { boot } from '../../server/boot'
import { loadConfig, type Config } from '../../server/config'
import { hashPassword } from '../../server/features/auth/password'
import type { Role } from '../../db/database'
import { onPostgres } from './dialect'
import { createSchema, dropSchema } from './postgres-schema'

export const ADMIN = { email: 'admin@test.local', password: 'admin-password-123' }

export interface TestApp {
  app: ReturnType<typeof createApp>
  deps: Awaited<ReturnType<typeof boot>>['deps']
  /** Moves the app's clock. */
  clock: { now: Date }
  login(email: string, password: string): Promise<string>
  loginAdmin(): Promise<string>
  /** Creates a user straight in the database and answers its session cookie. */
  userCookie(
    role: Role,
    opts?: {
      agencyCode?: string
      regionCode?: string
      email?: string
      /** An evaluator's province (`provinceCode`) or national scope, instead of a region. */
      scope?: { kind: 'province'; code: string } | { kind: 'national' }
    },
  ): Promise<string>
  request(
    method: string,
    path: string,
    opts?: { cookie?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> },
  ): Promise<Response>
  close(): Promise<void>
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'quickwin-test-'))
  const clock = { now: new Date('2024-06-15T08:00:00.000Z') }
  // On PostgreSQL (the vitest project "postgres"), each test app has a schema of its own.
  const schema = onPostgres ? `test_${randomBytes(6).toString('hex')}` : undefined
  if (schema) await createSchema(schema)
  const config: Config = {
    ...loadConfig({}),
    databasePath: join(dir, 'test.sqlite'),
    ...(schema ? { databaseUrl: process.env.TEST_DATABASE_URL, databaseSchema: schema } : {}),
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
    demoData: true,
    logLevel: 'silent',
    ...overrides,
  }
  const booted = await boot(config, () => new Date(clock.now))
  const app = createApp(booted.deps)
  const { db } = booted.deps

  const request: TestApp['request'] = (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers }
    if (opts.cookie) headers.cookie = opts.cookie
    let body = opts.body
    if (opts.json !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(opts.json)
    }
    return Promise.resolve(app.request(path, { method, headers, body }))
  }

  const login = async (email: string, password: string) => {
    const res = await request('POST', '/api/auth/login', { json: { email, password } })
    if (res.status !== 200)
      throw new Error(`login ${email} failed: ${res.status} ${await res.text()}`)
    return res.headers.get('set-cookie')!.split(';')[0]!
  }

  let counter = 0
  const userCookie: TestApp['userCookie'] = async (role, opts = {}) => {
    const agency = opts.agencyCode
      ? await db
          .selectFrom('agencies')
          .select(['id', 'region_id'])
          .where('code', '=', opts.agencyCode)
          .executeTakeFirstOrThrow()
      : undefined
    const region = opts.regionCode
      ? await db
          .selectFrom('regions')
          .select('id')
          .where('code', '=', opts.regionCode)
          .executeTakeFirstOrThrow()
      : undefined
    const email = opts.email ?? `${role}${++counter}@test.local`
    const password = `pw-${role}-${counter}-secret`
    const at = clock.now.toISOString()
    await db
      .insertInto('users')
      .values({
        email,
        name: `Test ${role}`,
        password_hash: await hashPassword(password),
        role,
        agency_id: agency?.id ?? null,
        region_id: region?.id ?? agency?.region_id ?? null,
        scope_kind: opts.scope?.kind ?? (role === 'evaluator' && region ? 'region' : null),
        scope_code:
          opts.scope?.kind === 'province'
            ? opts.scope.code
            : role === 'evaluator' && region
              ? opts.regionCode!
              : null,
        active: 1,
        created_at: at,
        updated_at: at,
      })
      .execute()
    return login(email, password)
  }

  return {
    app,
    deps: booted.deps,
    clock,
    login,
    loginAdmin: () => login(ADMIN.email, ADMIN.password),
    userCookie,
    request,
    close: async () => {
      await booted.handle.close()
      rmSync(dir, { recursive: true, force: true })
      if (schema) await dropSchema(schema)
    },
  }
}

/** Reads a problem+json answer and checks its media type. */
export async function readProblem(res: Response) {
  const type = res.headers.get('content-type') ?? ''
  if (!type.startsWith('application/problem+json')) {
    throw new Error(`expected application/problem+json, got ${type}: ${await res.text()}`)
  }
  return (await res.json()) as {
    type: string
    title: string
    status: number
    detail?: string
    errors?: { path: string; message: string }[]
  }
}
