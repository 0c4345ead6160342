// The one rendering of a link that does not take responses as a problem, with the link's window
// so the form can say when it opens or closed: the public form's GET and the submissions both
// answer with it.
import { AppError, said } from '../../http/app-error'
import type { LinkState } from './link-state'

/** Every state of a link but open, and `unknown` for a slug that names no link. */
export type ClosedLinkState = Exclude<LinkState, 'open'> | 'unknown'

const STATE_PROBLEM: Record<ClosedLinkState, () => AppError> = {
  unknown: () => AppError.notFound('questionnaire link'),
  unpublished: () => new AppError('not_found', said('questionnaire.unpublished')),
  inactive: () => new AppError('link_inactive'),
  not_open: () => new AppError('link_not_open'),
  closed: () => new AppError('link_closed'),
  capped: () => new AppError('link_capped'),
}

/** The problem of a link in `state` (with its window, so the form can say when). */
export function linkProblem(
  state: ClosedLinkState,
  window?: { opensAt: string | null; closesAt: string | null },
): AppError {
  const base = STATE_PROBLEM[state]()
  const extra = {
    state,
    opensAt: window?.opensAt ?? undefined,
    closesAt: window?.closesAt ?? undefined,
  }
  return new AppError(base.code, base.said, undefined, undefined, extra)
}
