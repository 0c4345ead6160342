// Bulk-loads generated responses into a PostgreSQL schema through the PostgreSQL store's own bulk
// path (storeBatch with the aggregates summed in the same transaction), 20,000 per transaction,
// the same answers and days as the SQLite leg's loader (data.ts).
import { openPostgres } from '../../db/connection'
import type { Definition } from '../../server/domain/questionnaire'
import { storeBatch } from '../../server/features/responses/postgres/store-batch'
import { generatedBatches, type BulkTarget } from './data'

export async function loadResponsesPostgres(
  url: string,
  schema: string,
  target: Omit<BulkTarget, 'databasePath'>,
  count: number,
  seed: number,
  onProgress: (written: number) => void = () => {},
): Promise<number> {
  const started = performance.now()
  const handle = openPostgres(url, { schema })
  try {
    const version = await handle.db
      .selectFrom('questionnaire_versions')
      .select('definition')
      .where('id', '=', target.versionId)
      .executeTakeFirstOrThrow()
    const region = await handle.db
      .selectFrom('questionnaires as q')
      .innerJoin('programs as p', 'p.id', 'q.program_id')
      .innerJoin('regions as g', 'g.id', 'p.region_id')
      .select('g.time_zone')
      .where('q.id', '=', target.questionnaireId)
      .executeTakeFirstOrThrow()
    const definition = JSON.parse(version.definition) as Definition
    let written = 0
    for (const batch of generatedBatches(
      target,
      definition,
      region.time_zone,
      count,
      seed,
      20_000,
    )) {
      const outcomes = await storeBatch(handle.db, batch, true)
      if (outcomes.some((o) => o.status !== 'created')) throw new Error('a response was refused')
      written += batch.length
      onProgress(written)
    }
  } finally {
    await handle.close()
  }
  return (performance.now() - started) / 1000
}
