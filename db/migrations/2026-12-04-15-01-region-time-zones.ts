// Every region keeps its calendar in its own time zone (IANA name), derived from its province:
// WITA (Asia/Makassar) for Bali, NTB, NTT, Kalimantan Selatan/Timur/Utara and Sulawesi; WIT
// (Asia/Jayapura) for Maluku and Papua; WIB (Asia/Jakarta) elsewhere. Until now every day was
// counted in WIB, so the responses of a WITA or WIT region move to their own calendar day and
// their questionnaires' aggregates are rebuilt: the migration drops those rows and lists the
// responses in agg_pending, and start-up aggregates them from their stored rows (the same code
// that recovers from a crash), so the result is a rebuild by construction. The mapping is copied
// here, frozen, from server/domain/calendar/time-zones.ts.
import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../dialect'

const WITA = ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']
/** Whole hours east of UTC: none of Indonesia's zones has daylight saving time. */
const OFFSETS = { 'Asia/Makassar': 8, 'Asia/Jayapura': 9 } as const

const DERIVED = [
  'agg_daily',
  'agg_answers',
  'agg_criteria',
  'agg_answers_total',
  'agg_criteria_total',
  'agg_segment_daily',
  'agg_segment_answers',
  'agg_segment_criteria',
  'response_segments',
]

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('regions')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Asia/Jakarta'))
    .execute()
  const province = sql`substr(code, 1, 2)`
  await sql`update regions set time_zone = 'Asia/Jayapura'
    where ${province} in ('81', '82') or ${province} like '9%'`.execute(db)
  await sql`update regions set time_zone = 'Asia/Makassar'
    where ${province} in (${sql.join(WITA)})`.execute(db)

  // A PostgreSQL database is created by all the migrations at once: it has no responses yet.
  if (dialectOf(db) === 'postgres') return
  for (const [zone, hours] of Object.entries(OFFSETS)) {
    const questionnaires = sql`select q.id from questionnaires q
      join programs p on p.id = q.program_id join regions g on g.id = p.region_id
      where g.time_zone = ${zone}`
    await sql`update responses set day = date(submitted_at, ${`+${hours} hours`})
      where questionnaire_id in (${questionnaires})`.execute(db)
    for (const table of DERIVED) {
      await sql`delete from ${sql.table(table)} where questionnaire_id in (${questionnaires})`.execute(
        db,
      )
    }
    await sql`insert or ignore into agg_pending (response_id)
      select id from responses where questionnaire_id in (${questionnaires})`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('regions').dropColumn('time_zone').execute()
}
