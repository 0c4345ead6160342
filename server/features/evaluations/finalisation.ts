// Finalising a region's year freezes the evaluation as it stands as the next numbered version
// (with the evaluator's reason, audited); reopening it (with a reason, audited) lets it be
// computed and changed again until the next finalisation makes the next version.
import type { AppDeps } from '../../deps'
import { AppError, fieldIssue, said } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import {
  getEvaluation,
  liveEvaluation,
  refuseWhenFinalised,
  regionForEvaluation,
  type Evaluation,
} from './service'
import * as versions from './version-repository'

type Readers = Pick<AppDeps, 'db' | 'aggregates'>

function reasonOf(reason: string): string {
  const text = reason.trim()
  if (!text) throw AppError.invalid([fieldIssue('reason', 'reason.required')])
  return text
}

/** POST /api/evaluations/:regionId/:year/finalise: the next version, frozen now. */
export async function finaliseEvaluation(
  deps: Readers,
  user: SessionUser,
  key: { regionId: number; year: number },
  reason: string,
  now: Date,
): Promise<Evaluation> {
  const text = reasonOf(reason)
  const region = await regionForEvaluation(deps.db, user, key.regionId)
  await refuseWhenFinalised(deps.db, key.regionId, key.year)
  await deps.aggregates.settle()
  // Computed before the transaction: the score reads may use their own prepared statements.
  const snapshot = await liveEvaluation(deps.db, user, region, key.year)
  await deps.db.transaction().execute(async (trx) => {
    await refuseWhenFinalised(trx, key.regionId, key.year)
    const history = await versions.listVersions(trx, key.regionId, key.year)
    const version = (history.at(-1)?.version ?? 0) + 1
    const at = now.toISOString()
    await versions.insertVersion(
      trx,
      { ...key, version, snapshot: JSON.stringify(snapshot), reason: text },
      { at, userId: user.id },
    )
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'evaluation.finalise',
      objectType: 'evaluation',
      objectId: `${key.regionId}/${key.year}`,
      after: {
        version,
        reason: text,
        index: snapshot.index,
        coverage: snapshot.coverage,
        scores: snapshot.scores,
      },
    })
  })
  return getEvaluation(deps, user, key.regionId, key.year)
}

/** POST /api/evaluations/:regionId/:year/reopen: the finalised version opens for a new one. */
export async function reopenEvaluation(
  deps: Readers,
  user: SessionUser,
  key: { regionId: number; year: number },
  reason: string,
  now: Date,
): Promise<Evaluation> {
  const text = reasonOf(reason)
  await regionForEvaluation(deps.db, user, key.regionId)
  await deps.db.transaction().execute(async (trx) => {
    const latest = (await versions.listVersions(trx, key.regionId, key.year)).at(-1)
    if (!latest || latest.reopenedAt !== null) {
      throw new AppError('conflict', said('evaluation.not-finalised', { year: key.year }))
    }
    await versions.markReopened(
      trx,
      { ...key, version: latest.version },
      { at: now.toISOString(), userId: user.id, reason: text },
    )
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'evaluation.reopen',
      objectType: 'evaluation',
      objectId: `${key.regionId}/${key.year}`,
      before: { version: latest.version },
      after: { reopened: latest.version, reason: text },
    })
  })
  return getEvaluation(deps, user, key.regionId, key.year)
}
