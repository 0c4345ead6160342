// The programs of a region's year as the evaluation lists them: each with its citizen score (the
// score feature over the program's year), IKM and NPS where present, the assessors' quick-win
// mark and the combined score.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { combineAssessorAndCitizen } from '../../domain/evaluation'
import { findDimension } from '../../domain/reference'
import type { SessionUser } from '../../http/context'
import { assessorSummaries } from '../assessments/service'
import { getProgramForRead } from '../programs/service'
import { scoreOfProgramYear } from '../scores/service'
import * as repo from './repository'

function elementName(dimension: string, element: string) {
  return findDimension(dimension)?.elements.find((e) => e.code === element)?.name ?? { id: element }
}

/** Every program of the region's year, in id order, scored over its year (settled by the caller). */
export async function programEntries(
  db: Kysely<Database>,
  user: SessionUser,
  regionId: number,
  year: number,
  citizenWeight: number,
) {
  const ids = await repo.listProgramIds(db, regionId, year)
  const summaries = await assessorSummaries(db, ids)
  const entries = []
  for (const id of ids) {
    const program = await getProgramForRead(db, user, id)
    const score = await scoreOfProgramYear(db, program)
    const assessment = summaries.get(id)!
    const impact = score.impact
    entries.push({
      id: program.id,
      name: program.name,
      agency: { id: program.agencyId, code: program.agencyCode, name: program.agencyName },
      dimension: program.dimension,
      element: program.element,
      elementName: elementName(program.dimension, program.element),
      /** Responses in the year; impact.n of them carry an impact score. */
      n: score.n,
      impactN: impact.n,
      impactScore: impact.score,
      sd: impact.sd,
      ci: impact.ci,
      status: impact.status,
      criteria: impact.criteria,
      sampleTarget: { target: score.sampleTarget.target, method: score.sampleTarget.method },
      adequate: score.adequate,
      marginOfError: score.marginOfError,
      ikm: score.ikm
        ? {
            value: score.ikm.value,
            converted: score.ikm.converted,
            mutu: score.ikm.mutu,
            n: score.ikm.n,
          }
        : null,
      nps: score.nps ? { score: score.nps.score, ci: score.nps.ci, n: score.nps.n } : null,
      assessment: {
        assessors: assessment.assessors,
        assessorIds: assessment.assessorIds,
        means: assessment.means,
        criteria: assessment.criteria.map(({ code, mean, n }) => ({ code, mean, n })),
      },
      quickwinMark: assessment.quickwinMark,
      combined: combineAssessorAndCitizen(impact.score, assessment.quickwinMark, citizenWeight),
    })
  }
  return entries
}

export type ProgramEntry = Awaited<ReturnType<typeof programEntries>>[number]
