// Which database this test run works on: the vitest project "postgres" sets TEST_DIALECT and
// needs TEST_DATABASE_URL (vitest.config.ts); every other run is SQLite.
import { describe, it } from 'vitest'

export const onPostgres = process.env.TEST_DIALECT === 'postgres'

/** A describe block for what only SQLite has (its writer thread, its file, its query plans). */
export const describeSqlite = describe.skipIf(onPostgres)
/** A test for what only SQLite has. */
export const itSqlite = it.skipIf(onPostgres)
