// Published figures written by the demo seeder (no user, no audit: a fresh install's data).
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { savePublished, type PublishedRecord } from './version-repository'

export function seedPublishedFigure(db: Kysely<Database>, record: PublishedRecord) {
  return savePublished(db, record)
}
