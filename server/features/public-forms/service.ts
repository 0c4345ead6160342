// The public form of a share link: the payload the citizen form renders (definition only while
// the link is open) and its state (links/link-problem.ts answers the problem of a closed one).
import type { AppDeps } from '../../deps'
import type { Definition } from '../../domain/questionnaire'
import { findOpenFormBySlug, linkProblem, type LinkState } from '../links/service'
import { isPublished, resultsPagePath } from '../public-results/service'
import { deviceHasResponded } from '../responses/service'
import { findProgramDescription } from './repository'

export type PublicFormState = LinkState | 'unknown'

/** The contract with the citizen form client (inlined in /s/:slug, answered by the API). */
export interface PublicFormPayload {
  slug: string
  state: PublicFormState
  opensAt?: string
  closesAt?: string
  /** `url`: the program's public results page, once its owner has published them. */
  program?: { name: string; description: { id: string; en?: string }; url?: string }
  questionnaireId?: number
  version?: number
  /** Only while the link is open. */
  definition?: Definition
  /** This device already answered a one-response-per-device link. */
  alreadyResponded?: boolean
  submitUrl: string
}

/** Where the form posts its answers. */
export const submitUrl = (slug: string) => `/api/public/forms/${encodeURIComponent(slug)}/responses`

/** The payload for `slug` in every state; `deviceCookie` is the qw_device cookie, if any. */
export async function describePublicForm(
  deps: AppDeps,
  slug: string,
  deviceCookie?: string,
): Promise<PublicFormPayload> {
  const form = await findOpenFormBySlug(deps.db, slug, deps.now())
  if (!form) return { slug, state: 'unknown', submitUrl: submitUrl(slug) }
  const program = await findProgramDescription(deps.db, form.program.id)
  const published = await isPublished(deps.db, form.program.id)
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
      ...(published ? { url: resultsPagePath(form.program.id) } : {}),
    },
    questionnaireId: form.questionnaire.id,
    version: form.version?.version,
    submitUrl: submitUrl(slug),
  }
  if (form.state === 'open' && form.version) {
    payload.definition = form.version.definition
    payload.alreadyResponded = await deviceHasResponded(deps, form.link, deviceCookie)
  }
  return payload
}

/** The HTTP status of a payload's state: 200 when open, else the status of its problem. */
export function payloadStatus(payload: PublicFormPayload): number {
  return payload.state === 'open' ? 200 : linkProblem(payload.state).status
}
