// Evaluators read one region, one province or the whole country: users get a scope kind and the
// Kemendagri code it names (a region's `63.71`, a province's `63`, none for national). Existing
// evaluators keep their region.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('scope_kind', 'text').execute()
  await db.schema.alterTable('users').addColumn('scope_code', 'text').execute()
  await sql`
    UPDATE users SET scope_kind = 'region',
      scope_code = (SELECT code FROM regions WHERE regions.id = users.region_id)
    WHERE role = 'evaluator' AND region_id IS NOT NULL
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('scope_code').execute()
  await db.schema.alterTable('users').dropColumn('scope_kind').execute()
}
