// Share links of a questionnaire: unguessable slugs, a response window, an optional cap and a
// pinned version. Access follows the questionnaire's program; every change is audited.
import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { AppError, fieldIssue, type FieldIssue } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import { getQuestionnaireForRead, getQuestionnaireForWrite } from '../questionnaires/service'
import { linkState } from './link-state'
import * as repo from './repository'
import type { CreateLinkInput, UpdateLinkInput } from './schemas'

export { linkState, resolveServedVersion } from './link-state'
export type { LinkLimits, LinkState } from './link-state'
export { linkProblem, type ClosedLinkState } from './link-problem'
export type { LinkRecord } from './repository'
export { findLinkBySlug, findOpenFormBySlug } from './public-form'
export type { OpenForm } from './public-form'

/** 12 random bytes: 16 base64url characters, 96 bits. */
export const newSlug = () => randomBytes(12).toString('base64url')

/** Where links point: the configured public URL, else the origin the console was reached at. */
export const linkUrl = (base: string, slug: string) => `${base.replace(/\/+$/, '')}/s/${slug}`

type Versions = { id: number; version: number }[]

function toLink(link: repo.LinkRecord, versions: Versions, base: string, now: Date) {
  const { pinnedVersionId, ...rest } = link
  return {
    ...rest,
    url: linkUrl(base, link.slug),
    pinnedVersion: versions.find((v) => v.id === pinnedVersionId)?.version ?? null,
    state: linkState(link, now, versions.length > 0),
  }
}

export type Link = ReturnType<typeof toLink>

interface Window {
  opensAt: string | null
  closesAt: string | null
}

/** Times in UTC ISO form; the window must open before it closes. */
function checkWindow(w: Window): Window {
  const errors: FieldIssue[] = []
  const utc = (value: string | null, path: string) => {
    if (value === null) return null
    const t = Date.parse(value)
    if (Number.isNaN(t)) errors.push(fieldIssue(path, 'link.not-real-time'))
    return Number.isNaN(t) ? null : new Date(t).toISOString()
  }
  const opensAt = utc(w.opensAt, 'opensAt')
  const closesAt = utc(w.closesAt, 'closesAt')
  if (opensAt !== null && closesAt !== null && opensAt >= closesAt) {
    errors.push(fieldIssue('closesAt', 'link.close-after-open'))
  }
  if (errors.length > 0) throw AppError.invalid(errors)
  return { opensAt, closesAt }
}

function pinnedVersionId(versions: Versions, version: number | null): number | null {
  if (version === null) return null
  const found = versions.find((v) => v.version === version)
  if (!found) {
    throw AppError.invalid([fieldIssue('pinnedVersion', 'link.version-unpublished', { version })])
  }
  return found.id
}

export async function listLinks(
  db: Kysely<Database>,
  user: SessionUser,
  questionnaireId: number,
  base: string,
  now: Date,
): Promise<Link[]> {
  await getQuestionnaireForRead(db, user, questionnaireId)
  const versions = await repo.listVersionNumbers(db, questionnaireId)
  const links = await repo.listLinkRecords(db, questionnaireId)
  return links.map((link) => toLink(link, versions, base, now))
}

/** A link with the program it belongs to, if `user` may read it. */
export async function getLinkForRead(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
  base: string,
  now: Date,
) {
  const record = await repo.findLinkRecord(db, id)
  if (!record) throw AppError.notFound('link')
  const { program } = await getQuestionnaireForRead(db, user, record.questionnaireId)
  const versions = await repo.listVersionNumbers(db, record.questionnaireId)
  return { link: toLink(record, versions, base, now), program }
}

/** A new link; allowed before publishing (its state is then `unpublished`). Audited. */
export async function createLink(
  db: Kysely<Database>,
  user: SessionUser,
  questionnaireId: number,
  input: CreateLinkInput,
  base: string,
  now: Date,
): Promise<Link> {
  const window = checkWindow({ opensAt: input.opensAt ?? null, closesAt: input.closesAt ?? null })
  return db.transaction().execute(async (trx) => {
    await getQuestionnaireForWrite(trx, user, questionnaireId)
    const versions = await repo.listVersionNumbers(trx, questionnaireId)
    const at = now.toISOString()
    const id = await repo.insertLink(trx, {
      questionnaire_id: questionnaireId,
      slug: newSlug(),
      channel: input.channel.trim(),
      opens_at: window.opensAt,
      closes_at: window.closesAt,
      max_responses: input.maxResponses ?? null,
      active: 1,
      allow_multiple: input.allowMultiple ? 1 : 0,
      pinned_version_id: pinnedVersionId(versions, input.pinnedVersion ?? null),
      created_at: at,
      updated_at: at,
    })
    const link = toLink((await repo.findLinkRecord(trx, id))!, versions, base, now)
    const audit = { action: 'link.create', objectType: 'link', objectId: id, after: link }
    await recordAudit(trx, now, { userId: user.id, ...audit })
    return link
  })
}

/** Changes the fields sent (null clears a limit or the pin). Audited with before and after. */
export async function updateLink(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
  input: UpdateLinkInput,
  base: string,
  now: Date,
): Promise<Link> {
  return db.transaction().execute(async (trx) => {
    const current = await repo.findLinkRecord(trx, id)
    if (!current) throw AppError.notFound('link')
    await getQuestionnaireForWrite(trx, user, current.questionnaireId)
    const versions = await repo.listVersionNumbers(trx, current.questionnaireId)
    const window = checkWindow({
      opensAt: input.opensAt === undefined ? current.opensAt : input.opensAt,
      closesAt: input.closesAt === undefined ? current.closesAt : input.closesAt,
    })
    const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0)
    await repo.updateLinkRow(trx, id, {
      channel: input.channel?.trim(),
      opens_at: window.opensAt,
      closes_at: window.closesAt,
      max_responses: input.maxResponses,
      active: flag(input.active),
      allow_multiple: flag(input.allowMultiple),
      pinned_version_id:
        input.pinnedVersion === undefined
          ? undefined
          : pinnedVersionId(versions, input.pinnedVersion),
      updated_at: now.toISOString(),
    })
    const before = toLink(current, versions, base, now)
    const after = toLink((await repo.findLinkRecord(trx, id))!, versions, base, now)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'link.update',
      objectType: 'link',
      objectId: id,
      before,
      after,
    })
    return after
  })
}
