// A program's score for a period (the program's year by default): impact with criteria, IKM,
// NPS, SUS, sample target and adequacy, all from the domain's scoring functions over sums read
// from the aggregates, or from the raw responses when a segment filter needs them.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { SKM, type BilingualText } from '../../domain/reference'
import {
  computeIkm,
  computeImpactScore,
  computeNps,
  isAdequate,
  marginOfError,
  sampleTarget,
  summarizeSus,
  type Moments,
} from '../../domain/scoring'
import type { SessionUser } from '../../http/context'
import { getProgramForRead, type Program } from '../programs/service'
import { scoreMethod } from './method'
import { sumRawResponses } from './raw-sums'
import * as repo from './repository'
import { loadScoringContext, type ScoringContext } from './context'
import { resolveFilter, type ScoreFilter } from './filters'
import type { ScoreQuery } from './schemas'

const ELEMENT_CODES = SKM.elements.map((e) => e.code)
const ELEMENT_NAMES = new Map(SKM.elements.map((e) => [e.code, e.name as BilingualText]))

/** Criterion labels from the definitions (newest wording first), in definition order. */
function criterionLabels(ctx: ScoringContext): Map<string, BilingualText> {
  const labels = new Map<string, BilingualText>()
  for (const v of ctx.versions)
    for (const c of v.definition.criteria) if (!labels.has(c.code)) labels.set(c.code, c.label)
  return labels
}

function orderedCriteria(ctx: ScoringContext, sums: Map<string, Moments>) {
  const labels = criterionLabels(ctx)
  const record: Record<string, Moments> = {}
  for (const code of labels.keys()) if (sums.has(code)) record[code] = sums.get(code)!
  for (const [code, m] of sums) if (!(code in record)) record[code] = m
  return { record, labels }
}

/** The score of `program` over `filter`; access must have been checked by the caller. */
export async function computeProgramScore(
  db: Kysely<Database>,
  program: Program,
  ctx: ScoringContext,
  filter: ScoreFilter,
) {
  const scope = {
    questionnaireIds: ctx.questionnaires.map((q) => q.id),
    from: filter.from ?? undefined,
    to: filter.to ?? undefined,
    linkId: filter.linkId ?? undefined,
  }
  const skmVersions = ctx.versions.filter((v) => v.definition.kind === 'skm').map((v) => v.id)
  // The aggregates hold one segment value at a time; two or more need the raw responses.
  const segments = Object.entries(filter.segments)
  const raw = segments.length > 1
  const segment =
    segments.length === 1 ? { code: segments[0]![0], value: segments[0]![1] } : undefined
  const sums = raw
    ? await sumRawResponses(db, { ...scope, segments: filter.segments }, skmVersions, ELEMENT_CODES)
    : await repo.sumAggregates(db, scope, skmVersions, ELEMENT_CODES, segment)

  const N = program.targetPopulation
  const { record, labels } = orderedCriteria(ctx, sums.criteria)
  const impact = computeImpactScore(sums.impact, record, { populationSize: N })
  const fixedTargets = ctx.questionnaires.map((q) => q.sample_target ?? 0)
  const fixed =
    fixedTargets.length > 0 && Math.max(...fixedTargets) > 0 ? Math.max(...fixedTargets) : null
  const target = sampleTarget({ populationSize: N, fixed })
  const nps = computeNps(sums.nps)
  const source = raw ? ('responses' as const) : ('aggregates' as const)

  return {
    programId: program.id,
    period: { from: filter.from, to: filter.to },
    filters: { link: filter.linkId, segments: filter.segments },
    source,
    n: sums.responses,
    impact: {
      ...impact,
      criteria: impact.criteria.map((c) => ({ ...c, label: labels.get(c.code) ?? { id: c.code } })),
    },
    ...(sums.ikm.n > 0 ? { ikm: ikmOf(sums, N) } : {}),
    ...(nps.n > 0 ? { nps } : {}),
    ...(sums.sus.n > 0 ? { sus: susOf(sums.sus, N) } : {}),
    sampleTarget: { ...target, populationSize: N, fixed },
    adequate: isAdequate(impact.n, target.target),
    marginOfError: marginOfError(impact.n, N),
    method: scoreMethod({ populationSize: N, from: filter.from, to: filter.to, source }),
  }
}

export type ProgramScore = Awaited<ReturnType<typeof computeProgramScore>>

function ikmOf(sums: repo.ScoreSums, N: number | null) {
  const elements = ELEMENT_CODES.map((code) => ({
    code,
    ...(sums.elements.get(code) ?? { n: 0, sum: 0 }),
  }))
  const ikm = computeIkm(elements, sums.ikm, { populationSize: N })
  const counts = new Map(elements.map((e) => [e.code, e.n]))
  return {
    ...ikm,
    elements: ikm.elements.map((e) => ({
      ...e,
      name: ELEMENT_NAMES.get(e.code) ?? { id: e.code },
      n: counts.get(e.code) ?? 0,
    })),
  }
}

function susOf(m: Moments, N: number | null) {
  const s = summarizeSus(m, { populationSize: N })
  return { n: s.n, score: s.mean, sd: s.sd, ci: s.ci }
}

/** GET /api/programs/:id/score: access checked, filters resolved against the program. */
export async function getProgramScore(
  db: Kysely<Database>,
  user: SessionUser,
  programId: number,
  query: ScoreQuery,
) {
  const program = await getProgramForRead(db, user, programId)
  const ctx = await loadScoringContext(db, programId)
  return computeProgramScore(db, program, ctx, resolveFilter(query, program, ctx))
}
