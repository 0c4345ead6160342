// The rules a submission must pass to be stored, in one place, and the one representation of a
// refusal. The truth is the writer's: it applies them inside the transaction that stores the
// response, on the link's current row and the responses stored before it in the same batch. The
// request thread applies the same rules earlier, on a link row it cached for up to a second, so a
// closed link or a second answer from a device is refused before its answers are validated; when
// that row is stale the writer's verdict is the one answered.
import { AppError, said } from '../../http/app-error'
import { linkProblem, linkState, type ClosedLinkState } from '../links/service'
/** What the rules read of a link (a row of `links`). */
export interface LinkLimits {
  active: number
  opens_at: string | null
  closes_at: string | null
  max_responses: number | null
  response_count: number
  allow_multiple: number
}

/**
 * Why a submission is not stored: a link that does not take responses (its state), a device that
 * already answered a link that takes one response per device, or an idempotency key that was
 * used for another link.
 */
export type Refusal = ClosedLinkState | 'already_responded' | 'conflict'

/**
 * The refusal of a submission made at `at` to `link` (undefined: no such link), or null when it
 * may be stored. `stored` responses of the link were accepted earlier in the same batch;
 * `deviceAnswered` is asked only when the link takes one response per device.
 */
export function submissionRefusal(
  link: LinkLimits | undefined,
  at: Date,
  opts: { published: boolean; stored?: number; deviceAnswered: () => boolean },
): Refusal | null {
  if (!link) return 'unknown'
  const state = linkState(
    {
      active: link.active === 1,
      opensAt: link.opens_at,
      closesAt: link.closes_at,
      maxResponses: link.max_responses,
      responseCount: link.response_count + (opts.stored ?? 0),
    },
    at,
    opts.published,
  )
  if (state !== 'open') return state
  if (link.allow_multiple === 0 && opts.deviceAnswered()) return 'already_responded'
  return null
}

/** The problem that answers a refusal; a link's window lets the form say when. */
export function refusalProblem(
  refusal: Refusal,
  link?: { opens_at: string | null; closes_at: string | null },
): AppError {
  if (refusal === 'already_responded') return new AppError('already_responded')
  if (refusal === 'conflict') return new AppError('conflict', said('submission.key-reused'))
  return linkProblem(refusal, link && { opensAt: link.opens_at, closesAt: link.closes_at })
}

/** A response stored before under the same idempotency key. */
export type Earlier = { receipt: string; submittedAt: string } | 'conflict'

/**
 * The response stored under an idempotency key before (`earlier`, the row found by the key), or
 * 'conflict' when it was stored for another link; null when the key is new. Every refusal asks
 * first: a retry of a stored response gets its receipt even if the link has closed or the device
 * cookie has changed since.
 */
export function earlierSubmission(
  earlier: { receipt: string; submitted_at: string; link_id: number } | undefined,
  linkId: number,
): Earlier | null {
  if (!earlier) return null
  if (earlier.link_id !== linkId) return 'conflict'
  return { receipt: earlier.receipt, submittedAt: earlier.submitted_at }
}
