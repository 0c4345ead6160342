// Corrections of stored responses on PostgreSQL: excluding them from every figure, restoring
// them, and moving a region's responses to the calendar days of a new time zone. Each settles the
// pending aggregates first, then changes the response rows and corrects the sums in one
// transaction; rows still listed in agg_pending by then (stored a moment ago, not yet summed)
// are taken off the list and summed with their new state, so nothing is counted twice.
import type { Kysely } from 'kysely'
import type { Database } from '../../../../db/database'
import { localDay } from '../../../domain/calendar'
import {
  correctAggregates,
  rebuildQuestionnaires,
} from '../../aggregates/write/postgres/corrections'
import {
  aggregateStored,
  retried,
  settlePending,
  storedResponses,
  unlistPending,
} from '../../aggregates/write/postgres/pending'
import type { Exclusion } from '../response-store'

async function change(
  db: Kysely<Database>,
  ids: readonly number[],
  exclusion: Exclusion | null,
): Promise<number> {
  if (ids.length === 0) return 0
  await settlePending(db)
  return retried(() =>
    db.transaction().execute(async (trx) => {
      // Locked in id order: a concurrent correction of the same responses waits for this one.
      const locked = await trx
        .selectFrom('responses')
        .select(['id', 'excluded_at'])
        .where('id', 'in', [...ids])
        .orderBy('id')
        .forUpdate()
        .execute()
      const target = locked.filter((r) =>
        exclusion ? r.excluded_at === null : r.excluded_at !== null,
      )
      const targetIds = target.map((r) => r.id)
      if (targetIds.length === 0) return 0
      const unsummed = await unlistPending(trx, targetIds)
      const before = await storedResponses(trx, targetIds)
      await trx
        .updateTable('responses')
        .set(
          exclusion
            ? {
                excluded_at: exclusion.at,
                excluded_by: exclusion.by,
                excluded_reason: exclusion.reason,
              }
            : { excluded_at: null, excluded_by: null, excluded_reason: null },
        )
        .where('id', 'in', targetIds)
        .execute()
      const summed = before.filter((r) => !unsummed.has(r.id))
      await correctAggregates(trx, db, summed, exclusion ? -1 : 1)
      // Not yet summed: summed now in their new state (an excluded one gets its segment rows only).
      const fresh = await storedResponses(trx, [...unsummed])
      await aggregateStored(trx, db, fresh)
      return targetIds.length
    }),
  )
}

export const excludeStored = (db: Kysely<Database>, ids: readonly number[], e: Exclusion) =>
  change(db, ids, e)

export const restoreStored = (db: Kysely<Database>, ids: readonly number[]) => change(db, ids, null)

/** Moves a region's responses to their days in `timeZone` and rebuilds their questionnaires. */
export async function rebucketRegion(db: Kysely<Database>, regionId: number, timeZone: string) {
  await settlePending(db)
  const moved = await db.transaction().execute(async (trx) => {
    let changed = 0
    const questionnaires = new Set<number>()
    for (let after = 0; ;) {
      const rows = await trx
        .selectFrom('responses')
        .select(['id', 'questionnaire_id', 'submitted_at', 'day'])
        .where('program_id', 'in', (eb) =>
          eb.selectFrom('programs').select('id').where('region_id', '=', regionId),
        )
        .where('id', '>', after)
        .orderBy('id')
        .limit(10_000)
        .execute()
      for (const row of rows) {
        questionnaires.add(row.questionnaire_id)
        const day = localDay(row.submitted_at, timeZone)
        if (day === row.day) continue
        await trx.updateTable('responses').set({ day }).where('id', '=', row.id).execute()
        changed++
      }
      if (rows.length < 10_000) break
      after = rows.at(-1)!.id
    }
    return { changed, questionnaires: [...questionnaires] }
  })
  if (moved.changed > 0) await rebuildQuestionnaires(db, moved.questionnaires)
  return moved.changed
}
