// What a published program shows the public: the latest year's IKM and mutu, the impact score
// with its interval, n and period, each element's figures, the follow-up actions with their status
// and effect, and the comments its owner approved. Every figure is the score API's for the same
// year (computeProgramScore over all the program's questionnaires); nothing personal: no segment,
// no answer, no evidence note, no comment without approval, and no figure below MIN_PUBLIC_N
// respondents (a single respondent's answers would otherwise be readable from the bars).
import type { AppDeps } from '../../deps'
import { todayIn } from '../../domain/calendar'
import { periodFromCode, periodName } from '../../domain/periods'
import { findDimension, type BilingualText } from '../../domain/reference'
import { findDayRange } from '../aggregates/read/scoped'
import { followUpsOfProgram } from '../follow-ups/service'
import { findProgram } from '../programs/service'
import { loadProgramQuestionnaires } from '../questionnaires/catalog'
import { findRegion } from '../regions/service'
import { computeProgramScore } from '../scores/service'
import * as repo from './repository'

/** Fewer respondents than this show only their number. */
export const MIN_PUBLIC_N = 5
/** Approved comments shown at most. */
const COMMENTS = 12

type Deps = Pick<AppDeps, 'db' | 'aggregates' | 'now'>

/** The results of a published program; null when the program is unknown or unpublished. */
export async function computePublicResults(deps: Deps, programId: number) {
  const publication = await repo.findPublicationRow(deps.db, programId)
  if (!publication?.published) return null
  const program = await findProgram(deps.db, programId)
  if (!program) return null
  const questionnaires = await loadProgramQuestionnaires(deps.db, programId)
  const questionnaireIds = questionnaires.map((q) => q.id)
  await deps.aggregates.settle()
  const range = await findDayRange(deps.db, { questionnaireIds, segments: {} })
  const year = range.last ? Number(range.last.slice(0, 4)) : program.year
  const period = periodFromCode(String(year))!
  const selection = { questionnaireIds, from: period.from, to: period.to, segments: {} }
  const score = await computeProgramScore(deps.db, program, questionnaires, selection)
  const today = todayIn(program.timeZone, deps.now().getTime())
  const followUps = await followUpsOfProgram(deps.db, programId, questionnaires, today)
  const comments = await repo.listApprovedComments(deps.db, programId, COMMENTS)
  const region = await findRegion(deps.db, program.regionId)
  const dimension = findDimension(program.dimension)
  const ikm = score.ikm
  const shown = (n: number) => n >= MIN_PUBLIC_N
  return {
    program: {
      id: program.id,
      name: program.name,
      description: {
        id: program.description.id,
        ...(program.description.en ? { en: program.description.en } : {}),
      } as BilingualText,
      agency: { code: program.agencyCode, name: program.agencyName },
      region: { id: program.regionId, name: region?.name ?? '' },
      dimension: { code: program.dimension, name: dimension?.name ?? { id: program.dimension } },
      year: program.year,
    },
    period: {
      from: period.from,
      to: period.to,
      label: periodName(period),
      lastDay: range.last && range.last <= period.to ? range.last : null,
    },
    n: score.n,
    minimumN: MIN_PUBLIC_N,
    ...(ikm && ikm.converted !== null && shown(ikm.n)
      ? {
          ikm: {
            n: ikm.n,
            value: ikm.value!,
            converted: ikm.converted,
            mutu: ikm.mutu!,
            kinerja: ikm.kinerja!,
            ci: ikm.ci,
            elements: ikm.elements.map((e) => ({
              code: e.code,
              name: e.name,
              n: e.n,
              nrr: e.nrr,
              converted: e.converted,
            })),
          },
        }
      : {}),
    ...(score.impact.score !== null && shown(score.impact.n)
      ? { impact: { n: score.impact.n, score: score.impact.score, ci: score.impact.ci } }
      : {}),
    followUps: followUps.map((f) => ({
      id: f.id,
      target: f.target,
      action: f.action,
      unit: f.unit,
      dueQuarter: f.dueQuarter,
      status: f.status,
      finishedOn: f.finishedOn,
      updatedAt: f.updatedAt,
      ...(f.effect ? { effect: f.effect } : {}),
    })),
    comments: comments
      .filter((c) => typeof c.text === 'string' && c.text.trim() !== '')
      .map((c) => ({ text: c.text!.trim(), day: c.day })),
    publishedAt: publication.published_at,
  }
}

export type PublicResults = NonNullable<Awaited<ReturnType<typeof computePublicResults>>>
