// A region's evaluation for a year as readers see it: frozen as its latest version when finalised,
// otherwise computed from the data (build.ts) with its coverage, status (provisional until
// coverage is complete or it is finalised), the previous evaluation and the change, and the method
// in words. Admins and evaluators whose scope holds the region read it; PUT changes the entered
// settings of an evaluation that is not finalised.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { AppDeps } from '../../deps'
import { AppError, said } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { readsRegion, scopeWords } from '../../http/region-scope'
import { recordAudit } from '../audit/service'
import { findRegion } from '../regions/service'
import { buildEvaluation, type EvaluatedRegion } from './build'
import { evaluationMethod } from './method-text'
import * as repo from './repository'
import type { EvaluationInput } from './schemas'
import { applyEvaluationInput } from './settings'
import * as versions from './version-repository'

type Readers = Pick<AppDeps, 'db' | 'aggregates'>

/** The region if `user` may see its evaluation: admins, and evaluators whose scope holds it. */
export async function regionForEvaluation(db: Kysely<Database>, user: SessionUser, id: number) {
  if (user.role !== 'admin' && user.role !== 'evaluator')
    throw AppError.forbidden(said('evaluation.evaluators-only-one'))
  const region = await findRegion(db, id)
  if (!region) throw AppError.notFound('region')
  if (!readsRegion(user, region))
    throw AppError.forbidden(said('evaluation.out-of-scope', scopeWords(user)))
  return { id: region.id, code: region.code, name: region.name, timeZone: region.timeZone }
}

/** The evaluation computed from the data, with the previous year's index and the method. */
export async function liveEvaluation(
  db: Kysely<Database>,
  user: SessionUser,
  region: EvaluatedRegion,
  year: number,
) {
  const { facts, ...evaluation } = await buildEvaluation(db, user, region, year)
  const previousYear = await repo.findPreviousYear(db, region.id, year)
  const before = previousYear ? await buildEvaluation(db, user, region, previousYear) : null
  const previous = before && {
    year: previousYear!,
    index: before.index,
    complete: before.complete,
    partialIndex: before.partialIndex,
  }
  const index = evaluation.index
  return {
    ...evaluation,
    previous,
    change: index !== null && previous?.index != null ? index - previous.index : null,
    method: evaluationMethod({ ...facts, previousYear }),
  }
}

export type LiveEvaluation = Awaited<ReturnType<typeof liveEvaluation>>

function versionLabel(latest: versions.VersionRecord | undefined, frozen: boolean) {
  if (latest && frozen) {
    const day = latest.finalisedAt.slice(0, 10)
    return {
      id: `Versi ${latest.version} (final, ${day})`,
      en: `Version ${latest.version} (final, ${day})`,
    }
  }
  if (latest) {
    const next = latest.version + 1
    return {
      id: `Draf versi ${next} (versi ${latest.version} dibuka kembali)`,
      en: `Draft version ${next} (version ${latest.version} reopened)`,
    }
  }
  return { id: 'Draf (belum difinalkan)', en: 'Draft (not finalised)' }
}

/**
 * The evaluation of a region's year as it stands (access checked and aggregates settled by the
 * caller): the frozen snapshot of its latest version when finalised and not reopened, otherwise
 * computed now; with its status, version and version history.
 */
export async function currentEvaluation(
  db: Kysely<Database>,
  user: SessionUser,
  region: EvaluatedRegion,
  year: number,
) {
  const history = await versions.listVersions(db, region.id, year)
  const latest = history.at(-1)
  const frozen = latest !== undefined && latest.reopenedAt === null
  const evaluation = frozen
    ? ((await versions.findSnapshot(db, {
        regionId: region.id,
        year,
        version: latest.version,
      })) as LiveEvaluation)
    : await liveEvaluation(db, user, region, year)
  const status: 'final' | 'provisional' =
    frozen || evaluation.coverage.complete ? 'final' : 'provisional'
  return {
    ...evaluation,
    status,
    /** The frozen version shown, or null while the evaluation is computed live. */
    version: frozen ? latest.version : null,
    versionLabel: versionLabel(latest, frozen),
    finalisation: frozen
      ? { reason: latest.reason, at: latest.finalisedAt, by: latest.finalisedBy }
      : null,
    versions: history,
  }
}

/** GET /api/evaluations/:regionId/:year. */
export async function getEvaluation(
  deps: Readers,
  user: SessionUser,
  regionId: number,
  year: number,
) {
  const region = await regionForEvaluation(deps.db, user, regionId)
  await deps.aggregates.settle()
  return currentEvaluation(deps.db, user, region, year)
}

export type Evaluation = Awaited<ReturnType<typeof getEvaluation>>

function settingsOf(stored: repo.StoredEvaluation): repo.EvaluationSettings {
  const { updatedAt: _at, updatedBy: _by, ...settings } = stored
  return settings
}

/** 409 when the region's year is finalised: a frozen version changes only by reopening it. */
export async function refuseWhenFinalised(db: Kysely<Database>, regionId: number, year: number) {
  const latest = (await versions.listVersions(db, regionId, year)).at(-1)
  if (latest && latest.reopenedAt === null) {
    throw new AppError('conflict', said('evaluation.finalised', { year, version: latest.version }))
  }
}

/** PUT /api/evaluations/:regionId/:year: entered scores, overrides, weights; audited. */
export async function putEvaluation(
  deps: Readers,
  user: SessionUser,
  regionId: number,
  year: number,
  input: EvaluationInput,
  now: Date,
): Promise<Evaluation> {
  await regionForEvaluation(deps.db, user, regionId)
  await deps.db.transaction().execute(async (trx) => {
    await refuseWhenFinalised(trx, regionId, year)
    const stored = await repo.findEvaluation(trx, regionId, year)
    const before: repo.EvaluationSettings | null = stored ? settingsOf(stored) : null
    const next = applyEvaluationInput(before ?? repo.EMPTY_SETTINGS, input)
    await repo.saveEvaluation(trx, { regionId, year, at: now.toISOString(), by: user.id }, next)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'evaluation.put',
      objectType: 'evaluation',
      objectId: `${regionId}/${year}`,
      before,
      after: next,
    })
  })
  return getEvaluation(deps, user, regionId, year)
}
