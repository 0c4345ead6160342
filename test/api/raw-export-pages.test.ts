// The raw export reads a questionnaire's responses a page at a time by id (keyset); each page must
// come straight from an index in id order. Sorting every response of the questionnaire for each
// page made a 1,000,000-response export take minutes (found by npm run bench).
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Database } from '../../db/database'
import { responsesAfter } from '../../server/features/exports/repository'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

it('reads each page of the raw export through an index in id order, without a sort', async () => {
  let query: CompiledQuery | undefined
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: t.deps.sqlite! }),
    log: (event) => void (query = event.query),
  })
  await responsesAfter(db, { questionnaireIds: [1], segments: {} }, 'counted', 0, 500)
  const plan = t.deps
    .sqlite!.prepare(`explain query plan ${query!.sql}`)
    .all(...query!.parameters)
    .map((row) => (row as { detail: string }).detail)
    .join('\n')
  expect(plan).not.toMatch(/TEMP B-TREE/)
  expect(plan).toMatch(/USING (COVERING )?INDEX \w+ \(questionnaire_id=\? AND (rowid|id)>\?\)/)
})
