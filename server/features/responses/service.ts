// Public submissions, in the order of the contract: the link is open, one response per device, the
// honeypot, the answers against the exact version served, scoring, then the group commit; the
// answer comes only after the commit. A stored idempotency key answers its first receipt: the
// writer finds it through its unique index, and each refusal here looks for it first. The
// aggregates follow shortly after (deferred-aggregates.ts), before anyone reads them.
import { AppError, type FieldIssue } from '../../http/app-error'
import type { AppDeps } from '../../http/context'
import { validateAnswers, type AnswerIssue } from '../../domain/questionnaire'
import { scoreRespondent } from '../../domain/scoring'
import { findOpenFormBySlug, linkState, type OpenForm } from '../links/service'
import { linkStateError } from '../public-forms/service'
import { deviceSecret, issueDeviceToken, verifyDeviceCookie } from './device-token'
import { LINK_STATE_REFUSAL, type RefusalCode } from './aggregate-writer'
import { ingestStatements, type IngestStatements } from './repository'
import type { SubmissionInput } from './schemas'

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

type RefusingState = keyof typeof LINK_STATE_REFUSAL

/** The link state behind each of the writer's link refusals (the inverse of its mapping). */
const LINK_REFUSAL_STATE = new Map<RefusalCode, RefusingState>(
  Object.entries(LINK_STATE_REFUSAL).map(([state, code]) => [code, state as RefusingState]),
)

const HONEYPOT = [{ path: 'website', message: 'This field must be left empty.' }]

type LinkRow = NonNullable<ReturnType<IngestStatements['linkBySlug']['get']>>

/** Submissions of one app: its caches of link rows and served forms. */
export function createSubmissionService(deps: AppDeps) {
  const st = ingestStatements(deps.sqlite)
  // Forms by slug, reused while the link's pin and latest version are unchanged (versions are
  // frozen); limits are checked again inside the writer's transaction.
  const forms = new Map<string, { fingerprint: string; form: OpenForm }>()
  // Link rows by slug. Reading one cost ~30 us under load, because every commit of the writer
  // thread empties this connection's page cache. A row is read again once this connection has
  // written anything (total_changes(): links and versions change through the console, on this
  // connection) or after a second. Its response count may lag: the writer checks the cap again
  // inside its transaction and refuses with the same problem.
  const totalChanges = deps.sqlite.prepare('select total_changes()').pluck()
  const links = new Map<string, { row: LinkRow; changes: number; readAt: number }>()

  function linkRow(slug: string): LinkRow | undefined {
    const changes = totalChanges.get() as number
    const at = performance.now()
    const hit = links.get(slug)
    if (hit && hit.changes === changes && at - hit.readAt < 1000) return hit.row
    const row = st.linkBySlug.get({ slug })
    if (!row) links.delete(slug)
    else {
      if (!hit && links.size >= 1000) links.delete(links.keys().next().value!)
      links.set(slug, { row, changes, readAt: at })
    }
    return row
  }

  async function servedForm(slug: string, now: Date) {
    const row = linkRow(slug)
    if (!row) throw linkStateError('unknown')
    const fingerprint = `${row.id}:${row.pinned_version_id}:${row.latest_version_id}`
    let hit = forms.get(slug)
    if (hit?.fingerprint !== fingerprint) {
      const form = await findOpenFormBySlug(deps.db, slug, now)
      if (!form) throw linkStateError('unknown')
      if (forms.size >= 1000) forms.delete(forms.keys().next().value!)
      forms.set(slug, (hit = { fingerprint, form }))
    }
    const limits = {
      active: row.active === 1,
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      maxResponses: row.max_responses,
      responseCount: row.response_count,
    }
    return { form: hit.form, row, state: linkState(limits, now, hit.form.version !== null) }
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
    const { form, row, state } = await servedForm(slug, now)
    // The common path does not look the key up: the writer's unique index finds a stored key in
    // the same transaction. Every refusal here asks first, so a retry of a stored response gets
    // its receipt even if the link has closed or the form has changed since.
    const refuse = (error: AppError): SubmissionResult => {
      const earlier = st.findByIdempotencyKey.get({ key: input.idempotencyKey })
      if (!earlier) throw error
      if (earlier.link_id !== row.id)
        throw new AppError('conflict', 'This idempotency key was already used for another form.')
      return { status: 200, receipt: earlier.receipt, submittedAt: earlier.submitted_at }
    }
    if (state !== 'open')
      return refuse(linkStateError(state, { opensAt: row.opens_at, closesAt: row.closes_at }))
    const version = form.version! // an open link serves a version (linkState)

    const secret = await deviceSecret(deps.db, now)
    let token = verifyDeviceCookie(secret, cookie)
    let deviceCookie: string | undefined
    if (!token) ({ token, cookie: deviceCookie } = issueDeviceToken(secret, now.getTime()))
    else if (row.allow_multiple === 0 && st.deviceHasResponded.get({ linkId: row.id, token }))
      return refuse(new AppError('already_responded'))

    if (input.website?.trim())
      return refuse(AppError.invalid(HONEYPOT, 'The submission was refused.'))
    const { definition } = version
    const checked = validateAnswers(definition, input.answers)
    if (!checked.ok) {
      const issues = checked.issues.map(toFieldIssue)
      return refuse(AppError.invalid(issues, 'Some answers need attention.'))
    }

    const outcome = await deps.responses.submit({
      questionnaireId: form.questionnaire.id,
      versionId: version.id,
      programId: form.program.id,
      linkId: row.id,
      definition,
      submittedAt: now.toISOString(),
      idempotencyKey: input.idempotencyKey,
      deviceToken: token,
      answers: checked.answers,
      score: scoreRespondent(definition, checked.answers),
    })
    if (outcome.status === 'refused') {
      // The writer's own check of the link (its row here may be a second old) answers the same
      // problem as the check above would have.
      const state = LINK_REFUSAL_STATE.get(outcome.code)
      if (state) throw linkStateError(state, { opensAt: row.opens_at, closesAt: row.closes_at })
      throw new AppError(outcome.code)
    }
    const { receipt, submittedAt } = outcome
    if (outcome.status === 'duplicate') return { status: 200, receipt, submittedAt }
    return { status: 201, receipt, submittedAt, deviceCookie }
  }

  return { submit }
}
