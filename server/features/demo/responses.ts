// Demo responses for Banjarmasin's 2024 quick wins, so a fresh install shows live dashboards: one
// published questionnaire and two links per program, and a deterministic (seeded) year of answers
// written through the ingestion batch writer, so aggregates are built exactly as for citizens.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { localDay, offsetMinutes } from '../../domain/calendar'
import { validateAnswers, type Definition } from '../../domain/questionnaire'
import { scoreRespondent } from '../../domain/scoring'
import { buildTemplate, type TemplateName } from '../../domain/templates'
import type { SessionUser } from '../../http/context'
import { createLink } from '../links/service'
import { createQuestionnaire, publishQuestionnaire } from '../questionnaires/service'
import { countingPlan } from '../aggregates/counting-plan'
import type { ResponseStore, ScoredResponse } from '../responses/response-store'
import { generatedAnswers, seededRandom, type Random } from './answers'

/** Every demo questionnaire title ends so, every demo link channel starts so. */
export const DEMO_TITLE_SUFFIX = ' (data demo)'
export const DEMO_CHANNELS = ['Demo: WhatsApp', 'Demo: Loket pelayanan']
const REGION = '63.71'
const YEAR = 2024
const SKM_PROGRAMS = new Set(['Si Mantab', 'Portal Pendidikan'])
/** How well each program serves citizens (0..1): answers lean towards it. */
const QUALITY: Record<string, number> = {
  'Si Mantab': 0.84,
  'Sungaiku Baiman': 0.62,
  'Baiman Store': 0.7,
  'Sampah Menjadi Energi': 0.55,
  'Bakawan RTLH': 0.77,
  'Portal Pendidikan': 0.66,
}
// Busy on weekdays, quieter on Saturday, little on Sunday (index = getUTCDay()).
const WEEKDAY_WEIGHT = [0.15, 1, 1.1, 1, 1, 0.8, 0.4]
/**
 * Submission instants over the year up to `until`, weighted by weekday, 08:00-16:00 on the
 * region's clock (`utcOffsetHours` east of UTC).
 */
function submissionTimes(
  rnd: Random,
  count: number,
  until: Date,
  utcOffsetHours: number,
): string[] {
  const days: { at: number; weight: number }[] = []
  for (let at = Date.UTC(YEAR, 0, 1); at < Date.UTC(YEAR + 1, 0, 1); at += 86_400_000) {
    if (at + 86_400_000 > until.getTime()) break
    // Uptake grows through the year as the program becomes known.
    const ramp = 0.6 + (0.8 * (at - Date.UTC(YEAR, 0, 1))) / (365 * 86_400_000)
    days.push({ at, weight: WEEKDAY_WEIGHT[new Date(at).getUTCDay()]! * ramp })
  }
  const total = days.reduce((s, d) => s + d.weight, 0)
  const times: string[] = []
  for (let i = 0; i < count && days.length > 0; i++) {
    let r = rnd() * total
    const day = days.find((d) => (r -= d.weight) < 0) ?? days.at(-1)!
    const localHour = 8 + rnd() * 8
    times.push(new Date(day.at + (localHour - utcOffsetHours) * 3_600_000).toISOString())
  }
  return times.sort()
}

async function seedProgram(
  db: Kysely<Database>,
  store: ResponseStore,
  actor: SessionUser,
  program: { id: number; name: string; timeZone: string },
  index: number,
  now: Date,
): Promise<number> {
  const template: TemplateName = SKM_PROGRAMS.has(program.name) ? 'skm' : 'impact'
  const { title } = buildTemplate(template, { programName: program.name })
  const demoTitle = {
    id: title.id + DEMO_TITLE_SUFFIX,
    en: (title.en ?? title.id) + DEMO_TITLE_SUFFIX,
  }
  const created = await createQuestionnaire(
    db,
    actor,
    program.id,
    { template, title: demoTitle },
    now,
  )
  const published = await publishQuestionnaire(db, actor, created.id, now)
  const linkIds: number[] = []
  for (const channel of DEMO_CHANNELS)
    linkIds.push((await createLink(db, actor, created.id, { channel }, '', now)).id)
  const version = await db
    .selectFrom('questionnaire_versions')
    .select('definition')
    .where('id', '=', published.id)
    .executeTakeFirstOrThrow()
  const def = JSON.parse(version.definition) as Definition
  const plan = countingPlan(published.id, def)

  const rnd = seededRandom(7919 * (index + 1))
  const quality = QUALITY[program.name] ?? 0.65
  const offset = offsetMinutes(Date.UTC(YEAR, 6, 1), program.timeZone) / 60
  const times = submissionTimes(rnd, 150 + Math.floor(rnd() * 250), now, offset)
  const batch: ScoredResponse[] = times.map((submittedAt, i) => {
    const checked = validateAnswers(def, generatedAnswers(def, rnd, quality))
    if (!checked.ok) throw new Error(`Demo answers for ${program.name} are not valid`)
    return {
      questionnaireId: created.id,
      versionId: published.id,
      programId: program.id,
      linkId: linkIds[rnd() < 0.6 ? 0 : 1]!,
      plan,
      submittedAt,
      day: localDay(submittedAt, program.timeZone),
      idempotencyKey: `demo-${created.id}-${i}`,
      deviceToken: null,
      answers: checked.answers,
      score: scoreRespondent(def, checked.answers),
    }
  })
  const outcomes = await store.storeWithAggregates(batch)
  if (outcomes.some((o) => o.status !== 'created')) throw new Error('Demo responses were refused')
  return batch.length
}

/**
 * Seeds the demo questionnaires, links and responses of Banjarmasin's 2024 programs, acting as
 * the first admin. Call it right after the demo seed ran on a fresh database (never twice).
 * Answers how many responses were written.
 */
export async function seedDemoResponses(
  db: Kysely<Database>,
  store: ResponseStore,
  now: Date,
): Promise<number> {
  const admin = await db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('role', '=', 'admin')
    .orderBy('id')
    .executeTakeFirst()
  if (!admin) return 0
  const actor: SessionUser = {
    ...admin,
    role: 'admin',
    agencyId: null,
    regionId: null,
    scope: null,
  }
  const programs = await db
    .selectFrom('programs')
    .innerJoin('regions', 'regions.id', 'programs.region_id')
    .select(['programs.id', 'programs.name', 'regions.time_zone as timeZone'])
    .where('regions.code', '=', REGION)
    .where('programs.year', '=', YEAR)
    .orderBy('programs.id')
    .execute()
  let written = 0
  for (const [index, program] of programs.entries()) {
    written += await seedProgram(db, store, actor, program, index, now)
  }
  return written
}
