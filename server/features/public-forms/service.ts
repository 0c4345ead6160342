// The public form of a share link: the payload the citizen form renders (definition only while
// the link is open) and the problem that refuses a link in any other state.
import { AppError } from '../../http/app-error'
import type { AppDeps } from '../../http/context'
import type { Definition } from '../../domain/questionnaire'
import { findOpenFormBySlug, type LinkState, type OpenForm } from '../links/service'
import { deviceSecret, verifyDeviceCookie } from '../responses/device-token'
import { ingestStatements } from '../responses/repository'
import { findProgramDescription } from './repository'

export type PublicFormState = LinkState | 'unknown'

/** The contract with the citizen form client (inlined in /s/:slug, answered by the API). */
export interface PublicFormPayload {
  slug: string
  state: PublicFormState
  opensAt?: string
  closesAt?: string
  program?: { name: string; description: { id: string; en?: string } }
  questionnaireId?: number
  version?: number
  /** Only while the link is open. */
  definition?: Definition
  /** This device already answered a one-response-per-device link. */
  alreadyResponded?: boolean
  submitUrl: string
}

const STATE_ERROR: Record<Exclude<PublicFormState, 'open'>, () => AppError> = {
  unknown: () => AppError.notFound('This questionnaire link'),
  unpublished: () => new AppError('not_found', 'This questionnaire has not been published yet.'),
  inactive: () => new AppError('link_inactive'),
  not_open: () => new AppError('link_not_open'),
  closed: () => new AppError('link_closed'),
  capped: () => new AppError('link_capped'),
}

/** The problem that refuses a link in `state` (with the window, so the form can say when). */
export function linkStateError(
  state: Exclude<PublicFormState, 'open'>,
  link?: { opensAt: string | null; closesAt: string | null },
): AppError {
  const base = STATE_ERROR[state]()
  const extra = {
    state,
    opensAt: link?.opensAt ?? undefined,
    closesAt: link?.closesAt ?? undefined,
  }
  return new AppError(base.code, base.detail, undefined, undefined, extra)
}

/** Where the form posts its answers. */
export const submitUrl = (slug: string) => `/api/public/forms/${encodeURIComponent(slug)}/responses`

async function alreadyResponded(deps: AppDeps, form: OpenForm, cookie: string | undefined) {
  if (form.link.allowMultiple || !cookie) return false
  const token = verifyDeviceCookie(await deviceSecret(deps.db, deps.now()), cookie)
  if (!token) return false
  return !!ingestStatements(deps.sqlite).deviceHasResponded.get({ linkId: form.link.id, token })
}

/** The payload for `slug` in every state; `deviceCookie` is the qw_device cookie, if any. */
export async function describePublicForm(
  deps: AppDeps,
  slug: string,
  deviceCookie?: string,
): Promise<PublicFormPayload> {
  const form = await findOpenFormBySlug(deps.db, slug, deps.now())
  if (!form) return { slug, state: 'unknown', submitUrl: submitUrl(slug) }
  const program = await findProgramDescription(deps.db, form.program.id)
  const payload: PublicFormPayload = {
    slug,
    state: form.state,
    opensAt: form.link.opensAt ?? undefined,
    closesAt: form.link.closesAt ?? undefined,
    program: {
      name: form.program.name,
      description: {
        id: program?.description_id ?? '',
        ...(program?.description_en ? { en: program.description_en } : {}),
      },
    },
    questionnaireId: form.questionnaire.id,
    version: form.version?.version,
    submitUrl: submitUrl(slug),
  }
  if (form.state === 'open' && form.version) {
    payload.definition = form.version.definition
    payload.alreadyResponded = await alreadyResponded(deps, form, deviceCookie)
  }
  return payload
}

/** The HTTP status of a payload's state: 200 when open, else the status of its problem. */
export function payloadStatus(payload: PublicFormPayload): number {
  return payload.state === 'open' ? 200 : linkStateError(payload.state).status
}
