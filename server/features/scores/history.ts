// A quick win over the years: its impact score and IKM per calendar year with their 95% intervals,
// from every program of its region with the same name (a quick win entered again each year) and
// from the later years in which a program kept collecting responses, so an evaluator sees whether
// it kept its benefit.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { AppDeps } from '../../deps'
import type { SessionUser } from '../../http/context'
import { getProgramForRead, listContinuations, type Program } from '../programs/service'
import { loadProgramQuestionnaires } from '../questionnaires/catalog'
import { computeProgramScore } from './service'
import { yearPeriod } from './selection'

export interface HistoryYear {
  year: number
  programId: number
  /** The program's own year (a later year is the same program still collecting responses). */
  programYear: number
  n: number
  impact: { score: number | null; ci: [number, number] | null; n: number }
  ikm: {
    converted: number | null
    ci: [number, number] | null
    mutu: string | null
    n: number
  } | null
}

/** The years of `programs` (one quick win): each program's own year and later years with data. */
async function historyOf(db: Kysely<Database>, programs: Program[], lastYear: number) {
  const years: HistoryYear[] = []
  for (const [i, program] of programs.entries()) {
    const questionnaires = await loadProgramQuestionnaires(db, program.id)
    const until = Math.max(
      program.year,
      Math.min(lastYear, (programs[i + 1]?.year ?? lastYear + 1) - 1),
    )
    for (let year = program.year; year <= until; year++) {
      const selection = {
        questionnaireIds: questionnaires.map((q) => q.id),
        ...yearPeriod(year),
        segments: {},
      }
      const score = await computeProgramScore(db, program, questionnaires, selection)
      if (year !== program.year && score.n === 0) continue
      years.push({
        year,
        programId: program.id,
        programYear: program.year,
        n: score.n,
        impact: { score: score.impact.score, ci: score.impact.ci, n: score.impact.n },
        ikm: score.ikm
          ? {
              converted: score.ikm.converted,
              ci: score.ikm.ci,
              mutu: score.ikm.mutu,
              n: score.ikm.n,
            }
          : null,
      })
    }
  }
  return years
}

/**
 * The history of the quick win `program` belongs to (access checked and aggregates settled by
 * the caller), up to `lastYear`.
 */
export async function programHistory(
  db: Kysely<Database>,
  user: SessionUser,
  program: Program,
  lastYear: number,
) {
  // An owner reads only their agency's programs: a continuation under another agency stays out.
  const programs = (await listContinuations(db, program)).filter(
    (p) => user.role !== 'owner' || p.agencyId === user.agencyId,
  )
  return {
    name: program.name,
    agency: { code: program.agencyCode, name: program.agencyName },
    dimension: program.dimension,
    programIds: programs.map((p) => p.id),
    years: await historyOf(db, programs, lastYear),
  }
}

export type ProgramHistory = Awaited<ReturnType<typeof programHistory>>

/** GET /api/programs/:id/history for any reader of the program. */
export async function getProgramHistory(
  deps: Pick<AppDeps, 'db' | 'aggregates' | 'now'>,
  user: SessionUser,
  programId: number,
) {
  const program = await getProgramForRead(deps.db, user, programId)
  await deps.aggregates.settle()
  return programHistory(deps.db, user, program, deps.now().getUTCFullYear())
}
