// Public submissions, in the order of the contract: the submission rules (link open, cap, one
// response per device; submission-rules.ts) on the link row this thread caches, the honeypot,
// the answers against the exact version served, scoring, then the group commit (writer.ts), whose
// transaction applies the rules again and stores the response (store-responses.ts); the answer
// comes only after the commit. A stored idempotency key answers its first receipt: the writer
// finds it through its unique index, and each refusal here looks for it first.
import type { AppDeps } from '../../deps'
import { AppError, fieldIssue, said, type FieldIssue } from '../../http/app-error'
import { validateAnswers, type AnswerIssue } from '../../domain/questionnaire'
import { scoreRespondent } from '../../domain/scoring'
import { localDay } from '../../domain/calendar'
import { countingPlan } from '../aggregates/counting-plan'
import { findOpenFormBySlug, linkProblem, type OpenForm } from '../links/service'
import { deviceSecret, issueDeviceToken, verifyDeviceCookie } from './device-token'
import { normalizeReceipt } from './receipt'
import { findReceipt } from './repository'
import type { LinkRow } from './response-store'
import type { SubmissionInput } from './schemas'
import { refusalProblem, submissionRefusal, type Refusal } from './submission-rules'

export interface SubmissionResult {
  /** 201 when stored now, 200 when the idempotency key was stored before. */
  status: 200 | 201
  receipt: string
  submittedAt: string
  /** A new device cookie value to set, when the request carried no valid one. */
  deviceCookie?: string
}

const toFieldIssue = (issue: AnswerIssue): FieldIssue => ({
  path: issue.path,
  code: issue.code,
  message: issue.message.en,
  messages: issue.message,
})

const HONEYPOT = [fieldIssue('website', 'honeypot.filled')]

/** Submissions of one app: its caches of link rows and served forms. */
export function createSubmissionService(deps: AppDeps) {
  const store = deps.responses
  // Forms by slug, reused while the link's pin and latest version are unchanged (versions are
  // frozen); the rules are applied again inside the writer's transaction.
  const forms = new Map<string, { fingerprint: string; form: OpenForm }>()
  // Link rows by slug, read again after a second, or at once when the store tells that this
  // process may have changed links or versions (on SQLite, its connection's total_changes()).
  // A cached row's response count may lag: the store's own check in its transaction is the truth.
  const links = new Map<string, { row: LinkRow; changes: number | null; readAt: number }>()

  async function linkRow(slug: string): Promise<LinkRow | undefined> {
    const changes = store.changeStamp()
    const at = performance.now()
    const hit = links.get(slug)
    if (hit && hit.changes === changes && at - hit.readAt < 1000) return hit.row
    const row = await store.linkBySlug(slug)
    if (!row) links.delete(slug)
    else {
      if (!hit && links.size >= 1000) links.delete(links.keys().next().value!)
      links.set(slug, { row, changes, readAt: at })
    }
    return row
  }

  async function servedForm(slug: string, now: Date) {
    const row = await linkRow(slug)
    if (!row) throw linkProblem('unknown')
    const fingerprint = `${row.id}:${row.pinned_version_id}:${row.latest_version_id}`
    let hit = forms.get(slug)
    if (hit?.fingerprint !== fingerprint) {
      const form = await findOpenFormBySlug(deps.db, slug, now)
      if (!form) throw linkProblem('unknown')
      if (forms.size >= 1000) forms.delete(forms.keys().next().value!)
      forms.set(slug, (hit = { fingerprint, form }))
    }
    return { form: hit.form, row }
  }

  /**
   * Takes one submission to `slug`. An idempotency key already stored for this link answers its
   * first receipt even if the link has closed or filled up since: that response was stored.
   */
  async function submit(
    slug: string,
    input: SubmissionInput,
    cookie: string | undefined,
  ): Promise<SubmissionResult> {
    const now = deps.now()
    const { form, row } = await servedForm(slug, now)
    // The common path does not look the key up: the writer's unique index finds a stored key in
    // the same transaction. Every refusal here asks first, so a retry of a stored response gets
    // its receipt even if the link has closed or the form has changed since.
    const refuse = async (refusal: Refusal | AppError): Promise<SubmissionResult> => {
      const earlier = await store.earlier(input.idempotencyKey, row.id)
      if (earlier === 'conflict') throw refusalProblem('conflict')
      if (earlier) return { status: 200, ...earlier }
      throw refusal instanceof AppError ? refusal : refusalProblem(refusal, row)
    }

    const secret = await deviceSecret(deps.db, now)
    let token = verifyDeviceCookie(secret, cookie)
    let deviceCookie: string | undefined
    if (!token) ({ token, cookie: deviceCookie } = issueDeviceToken(secret, now.getTime()))
    // A device that just got its cookie has answered nothing.
    const answered =
      row.allow_multiple === 0 && !deviceCookie && (await store.deviceAnswered(row.id, token))
    const refusal = submissionRefusal(row, now, {
      published: form.version !== null,
      deviceAnswered: () => answered,
    })
    if (refusal) return refuse(refusal)
    const version = form.version! // an open link serves a version (submissionRefusal)

    if (input.website?.trim()) return refuse(AppError.invalid(HONEYPOT, said('submission.refused')))
    const { definition } = version
    const checked = validateAnswers(definition, input.answers)
    if (!checked.ok) {
      const issues = checked.issues.map(toFieldIssue)
      return refuse(AppError.invalid(issues, said('submission.answers-invalid')))
    }

    const at = now.toISOString()
    const outcome = await deps.responses.submit({
      questionnaireId: form.questionnaire.id,
      versionId: version.id,
      programId: form.program.id,
      linkId: row.id,
      plan: countingPlan(version.id, definition),
      submittedAt: at,
      day: localDay(at, form.program.timeZone),
      idempotencyKey: input.idempotencyKey,
      deviceToken: token,
      answers: checked.answers,
      score: scoreRespondent(definition, checked.answers),
    })
    // The writer's verdict on its current link row (this thread's may be a second old).
    if (outcome.status === 'refused') throw refusalProblem(outcome.refusal, row)
    const { receipt, submittedAt } = outcome
    if (outcome.status === 'duplicate') return { status: 200, receipt, submittedAt }
    deps.webhooks.nudge() // response.created goes out now, not at the next poll
    deps.changes.changed(form.program.id)
    return { status: 201, receipt, submittedAt, deviceCookie }
  }

  return { submit }
}

/** Whether the device behind a signed cookie already answered this one-response-per-device link. */
export async function deviceHasResponded(
  deps: AppDeps,
  link: { id: number; allowMultiple: boolean },
  cookie: string | undefined,
): Promise<boolean> {
  if (link.allowMultiple || !cookie) return false
  const token = verifyDeviceCookie(await deviceSecret(deps.db, deps.now()), cookie)
  if (!token) return false
  return deps.responses.deviceAnswered(link.id, token)
}

/** A receipt with its time and program (no answers), for the thank-you page; 404 otherwise. */
export async function lookUpReceipt(deps: AppDeps, typed: string) {
  const receipt = normalizeReceipt(typed)
  const row = receipt && (await findReceipt(deps.db, receipt))
  if (!row) throw AppError.notFound('receipt')
  return {
    receipt: row.receipt,
    submittedAt: row.submitted_at,
    program: { name: row.program_name },
  }
}
