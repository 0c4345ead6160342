// The form payload that GET /s/:slug inlines as <script type="application/json" id="qw-form">: read
// synchronously, so the first paint needs no API round trip.
import type { Definition } from '../../server/domain/questionnaire/definition'

export type LinkState =
  'open' | 'not_open' | 'closed' | 'capped' | 'inactive' | 'unpublished' | 'unknown'

/** The contract of server/features/public-forms (PublicFormPayload), as the form reads it. */
export interface FormPayload {
  slug: string
  state: LinkState
  opensAt?: string
  closesAt?: string
  /** `url` is the program's public page, when the server provides one. */
  program?: { name: string; description: { id: string; en?: string }; url?: string }
  questionnaireId?: number
  version?: number
  definition?: Definition
  alreadyResponded?: boolean
  submitUrl: string
}

/** The inlined payload, or null when the page carries none or it cannot be read. */
export function readPayload(doc: Document = document): FormPayload | null {
  const text = doc.getElementById('qw-form')?.textContent
  if (!text) return null
  try {
    const payload = JSON.parse(text) as FormPayload
    return typeof payload?.slug === 'string' && typeof payload.state === 'string' ? payload : null
  } catch {
    return null
  }
}
