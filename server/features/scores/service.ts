// A program's score for a period (the program's year by default): impact with criteria, IKM,
// NPS, SUS, sample target and adequacy, all from the domain's scoring functions over sums read
// from the aggregates, or from the raw responses when a segment filter needs them.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { AppDeps } from '../../deps'
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
import { readScoreSums, type ScoreSums } from '../aggregates/read/score-sums'
import type { Selection } from '../aggregates/read/selection'
import { getProgramForRead, type Program } from '../programs/service'
import { loadProgramQuestionnaires, type CatalogQuestionnaire } from '../questionnaires/catalog'
import { scoreMethod } from './method'
import { scoreSelection, yearPeriod } from './selection'
import type { ScoreQuery } from './schemas'

const ELEMENT_CODES = SKM.elements.map((e) => e.code)
const ELEMENT_NAMES = new Map(SKM.elements.map((e) => [e.code, e.name as BilingualText]))

/** Published versions of the questionnaires, newest first within each. */
const newestFirst = (questionnaires: CatalogQuestionnaire[]) =>
  questionnaires.flatMap((q) => [...q.versions].reverse())

/** Criterion labels from the definitions (newest wording first), in definition order. */
function criterionLabels(questionnaires: CatalogQuestionnaire[]): Map<string, BilingualText> {
  const labels = new Map<string, BilingualText>()
  for (const v of newestFirst(questionnaires))
    for (const c of v.definition.criteria) if (!labels.has(c.code)) labels.set(c.code, c.label)
  return labels
}

function orderedCriteria(questionnaires: CatalogQuestionnaire[], sums: Map<string, Moments>) {
  const labels = criterionLabels(questionnaires)
  const record: Record<string, Moments> = {}
  for (const code of labels.keys()) if (sums.has(code)) record[code] = sums.get(code)!
  for (const [code, m] of sums) if (!(code in record)) record[code] = m
  return { record, labels }
}

/** The SKM versions of the questionnaires: their U1..U9 answers make the IKM's element sums. */
function skmElements(questionnaires: CatalogQuestionnaire[]) {
  const versionIds = newestFirst(questionnaires)
    .filter((v) => v.definition.kind === 'skm')
    .map((v) => v.id)
  return { versionIds, codes: ELEMENT_CODES }
}

/**
 * The sums a score of `questionnaires` over `selection` is computed from (aggregates read path);
 * access must have been checked and the aggregates settled by the caller.
 */
export function readProgramScoreSums(
  db: Kysely<Database>,
  questionnaires: CatalogQuestionnaire[],
  selection: Selection,
): Promise<ScoreSums> {
  return readScoreSums(db, selection, skmElements(questionnaires))
}

/**
 * The score of `program` over `selection` of its `questionnaires`; access must have been checked
 * and the aggregates settled by the caller.
 */
export async function computeProgramScore(
  db: Kysely<Database>,
  program: Program,
  questionnaires: CatalogQuestionnaire[],
  selection: Selection,
) {
  const sums = await readProgramScoreSums(db, questionnaires, selection)
  return scoreFromSums(program, questionnaires, selection, sums)
}

/** The score from sums read by readProgramScoreSums (a report reuses them for its intervals). */
export function scoreFromSums(
  program: Program,
  questionnaires: CatalogQuestionnaire[],
  selection: Selection,
  sums: ScoreSums,
) {
  const N = program.targetPopulation
  const { record, labels } = orderedCriteria(questionnaires, sums.criteria)
  const impact = computeImpactScore(sums.impact, record, { populationSize: N })
  const fixedTargets = questionnaires.map((q) => q.sampleTarget ?? 0)
  const fixed =
    fixedTargets.length > 0 && Math.max(...fixedTargets) > 0 ? Math.max(...fixedTargets) : null
  const target = sampleTarget({ populationSize: N, fixed })
  const nps = computeNps(sums.nps)
  const { source } = sums
  const period = { from: selection.from ?? null, to: selection.to ?? null }

  return {
    programId: program.id,
    period,
    filters: { link: selection.linkId ?? null, segments: selection.segments },
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
    method: scoreMethod({ populationSize: N, ...period, source, timeZone: program.timeZone }),
  }
}

export type ProgramScore = ReturnType<typeof scoreFromSums>

function ikmOf(sums: ScoreSums, N: number | null) {
  const elements = ELEMENT_CODES.map((code) => ({
    code,
    ...(sums.elements.get(code) ?? { n: 0, sum: 0, sumSq: 0 }),
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
  deps: Pick<AppDeps, 'db' | 'aggregates'>,
  user: SessionUser,
  programId: number,
  query: ScoreQuery,
) {
  const program = await getProgramForRead(deps.db, user, programId)
  const all = await loadProgramQuestionnaires(deps.db, programId)
  const { selection, questionnaires } = scoreSelection(query, program, all)
  await deps.aggregates.settle()
  return computeProgramScore(deps.db, program, questionnaires, selection)
}

/**
 * The score of a program over its year, every questionnaire, unfiltered (the evaluation's); access
 * checked and aggregates settled by the caller.
 */
export async function scoreOfProgramYear(db: Kysely<Database>, program: Program) {
  const questionnaires = await loadProgramQuestionnaires(db, program.id)
  const selection: Selection = {
    questionnaireIds: questionnaires.map((q) => q.id),
    ...yearPeriod(program.year),
    segments: {},
  }
  return computeProgramScore(db, program, questionnaires, selection)
}
