// Evaluations across regions and years: the comparison of a year (every region of the caller's
// scope with its ranks), a region's trajectory (its years, the change from year to year and the
// component that moved it most, SPBE indices as context, and the history of its continuing quick
// wins), and published figures entered from official sources.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { AppDeps } from '../../deps'
import { yearOverYear, type TrajectoryPoint } from '../../domain/evaluation'
import { DEMO_REGIONS, type EvaluationWeights } from '../../domain/reference'
import { AppError, fieldIssue, said } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { narrowRegionFilter, readsRegion, regionFilterOf } from '../../http/region-scope'
import { recordAudit } from '../audit/service'
import { listPrograms } from '../programs/service'
import { findRegion } from '../regions/service'
import { programHistory } from '../scores/history'
import { RANKING_RULE, yearField, type EvaluationItem } from './field'
import type { ComparisonQuery, PublishedInput } from './schemas'
import { regionForEvaluation } from './service'
import * as store from './version-repository'

type Readers = Pick<AppDeps, 'db' | 'aggregates' | 'now'>

function evaluatorsOnly(user: SessionUser) {
  if (user.role !== 'admin' && user.role !== 'evaluator')
    throw AppError.forbidden(said('evaluation.evaluators-only'))
}

/** The latest year with programs or published figures, else the current year. */
async function latestYear(db: Kysely<Database>, now: Date) {
  const row = await db
    .selectFrom(
      db
        .selectFrom('programs')
        .select('year')
        .union(db.selectFrom('published_evaluations').select('year'))
        .as('years'),
    )
    .select(sql<number | null>`max(year)`.as('year'))
    .executeTakeFirst()
  return row?.year ?? now.getUTCFullYear()
}

const byRank = (a: EvaluationItem, b: EvaluationItem) =>
  (a.rank.national ?? Infinity) - (b.rank.national ?? Infinity) ||
  a.regionName.localeCompare(b.regionName) ||
  (a.source === b.source ? 0 : a.source === 'published' ? -1 : 1)

/** GET /api/evaluations?year&province&kind: the year's items within the caller's scope. */
export async function getComparison(deps: Readers, user: SessionUser, query: ComparisonQuery) {
  evaluatorsOnly(user)
  const year = query.year ? Number(query.year) : await latestYear(deps.db, deps.now())
  const filter = narrowRegionFilter(
    regionFilterOf(user),
    query.province ? { provinceCode: query.province } : {},
  )
  await deps.aggregates.settle()
  const field = await yearField(deps.db, year)
  const items = field.items
    .filter(
      (item) => filter !== null && readsRegion(user, { id: item.regionId, code: item.regionCode }),
    )
    .filter((item) => !filter?.provinceCode || item.provinceCode === filter.provinceCode)
    .filter((item) => !query.kind || item.kind === query.kind)
    .sort(byRank)
  return { year, items, ranking: { rule: RANKING_RULE, ranked: field.ranked } }
}

export type Comparison = Awaited<ReturnType<typeof getComparison>>

const SPBE_SOURCE = 'KemenPAN-RB (evaluasi SPBE), dari laporan berita'

/** SPBE indices of a region from the reference data: context, never part of the smart-city index. */
function spbeOf(code: string) {
  return DEMO_REGIONS.publishedEvaluations.spbe
    .filter((s) => s.region === code)
    .map((s) => ({ year: s.year, index: s.index, source: SPBE_SOURCE }))
}

/** The quick wins of the region that continue over two years or more, with their history. */
async function continuingPrograms(deps: Readers, user: SessionUser, regionId: number) {
  const { items } = await listPrograms(deps.db, user, { regionId }, { limit: 200, offset: 0 })
  const latest = new Map<string, (typeof items)[number]>()
  for (const p of items) {
    const key = p.name.trim().toLowerCase().replace(/\s+/g, ' ')
    if (!latest.has(key) || latest.get(key)!.year < p.year) latest.set(key, p)
  }
  const histories = []
  const lastYear = deps.now().getUTCFullYear()
  for (const program of latest.values()) {
    const history = await programHistory(deps.db, user, program, lastYear)
    if (new Set(history.years.map((y) => y.year)).size >= 2) histories.push(history)
  }
  return histories
}

/** GET /api/evaluations/:regionId: the region's years, changes, SPBE context, program history. */
export async function getTrajectory(deps: Readers, user: SessionUser, regionId: number) {
  const region = await regionForEvaluation(deps.db, user, regionId)
  await deps.aggregates.settle()
  const years = await store.listRegionYears(deps.db, regionId)
  const items: EvaluationItem[] = []
  const points: (TrajectoryPoint & { source: EvaluationItem['source'] })[] = []
  for (const year of years) {
    const own = (await yearField(deps.db, year)).items.filter((i) => i.regionId === regionId)
    items.push(...own)
    const headline = own.find((i) => i.source === 'published') ?? own[0]!
    points.push({
      year,
      index: headline.index,
      scores: headline.scores,
      weights: headline.weights as EvaluationWeights | null,
      source: headline.source,
    })
  }
  const changes = yearOverYear(points).map((c) => ({
    ...c,
    source: points.find((p) => p.year === c.year)!.source,
    previousSource: points.find((p) => p.year === c.previousYear)!.source,
  }))
  return {
    region,
    items,
    changes,
    ranking: { rule: RANKING_RULE },
    context: { spbe: spbeOf(region.code) },
    programs: await continuingPrograms(deps, user, regionId),
  }
}

export type Trajectory = Awaited<ReturnType<typeof getTrajectory>>

/** POST /api/evaluations/:regionId/:year/published: records (or replaces) the figure; audited. */
export async function recordPublished(
  deps: Readers,
  user: SessionUser,
  key: { regionId: number; year: number },
  input: PublishedInput,
  now: Date,
) {
  await regionForEvaluation(deps.db, user, key.regionId)
  const source = input.source.trim()
  if (!source) throw AppError.invalid([fieldIssue('source', 'source.required')])
  const record: store.PublishedRecord = {
    ...key,
    index: input.index,
    scores: input.scores ?? null,
    source,
    publishedAt: input.publishedAt,
    note: input.note?.trim() || null,
    rank: input.rank ?? null,
    createdAt: now.toISOString(),
    createdBy: user.id,
  }
  let replaced = false
  await deps.db.transaction().execute(async (trx) => {
    const [before] = await store.listPublished(trx, { regionIds: [key.regionId], year: key.year })
    replaced = before !== undefined
    await store.savePublished(trx, record)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'evaluation.published',
      objectType: 'evaluation',
      objectId: `${key.regionId}/${key.year}`,
      before: before ?? null,
      after: record,
    })
  })
  await deps.aggregates.settle()
  const field = await yearField(deps.db, key.year)
  const item = field.items.find((i) => i.regionId === key.regionId && i.source === 'published')!
  return { item, replaced }
}
