// Whether this instance can serve: its database answers a trivial query within two seconds.
import { sql } from 'kysely'
import type { AppDeps } from '../../deps'

const TIMEOUT_MS = 2000

export async function checkHealth(deps: Pick<AppDeps, 'db' | 'dialect'>) {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)
  })
  try {
    await Promise.race([sql`select 1`.execute(deps.db), timeout])
    return { ok: true as const, database: deps.dialect }
  } catch {
    return { ok: false as const, database: deps.dialect }
  } finally {
    clearTimeout(timer)
  }
}
