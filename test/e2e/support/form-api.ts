// Sets up citizen forms for the browser tests through the real HTTP API, as an admin does: a
// questionnaire for Si Mantab from a template (or a given definition), published, and shared.
import type { Definition } from '../../../server/domain/questionnaire'
import { E2E_ADMIN } from './server'

export interface LinkOptions {
  channel?: string
  opensAt?: string | null
  closesAt?: string | null
  maxResponses?: number | null
  allowMultiple?: boolean
}

export interface SharedForm {
  questionnaireId: number
  linkId: number
  slug: string
  definition: Definition
}

export type FormApi = Awaited<ReturnType<typeof connectFormApi>>

/** Logs in as the e2e admin with fetch and answers helpers bound to that session. */
export async function connectFormApi(baseUrl: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(E2E_ADMIN),
  })
  if (login.status !== 200) throw new Error(`admin login: ${login.status} ${await login.text()}`)
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!

  async function call<T = any>(method: string, path: string, json?: unknown): Promise<T> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
      body: json === undefined ? undefined : JSON.stringify(json),
    })
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
    return res.json() as Promise<T>
  }

  const programs = await call<{ items: { id: number; name: string; agencyId: number }[] }>(
    'GET',
    '/api/programs?q=Si%20Mantab',
  )
  const siMantab = programs.items.find((p) => p.name === 'Si Mantab')
  if (!siMantab) throw new Error('the demo data has no Si Mantab program')

  const submit = (slug: string, answers: Record<string, unknown>) =>
    fetch(`${baseUrl}/api/public/forms/${slug}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers, idempotencyKey: crypto.randomUUID(), website: '' }),
    })

  const openLink = (questionnaireId: number, options: LinkOptions = {}) =>
    call<{ id: number; slug: string }>('POST', `/api/questionnaires/${questionnaireId}/links`, {
      channel: 'WhatsApp',
      ...options,
    })

  return {
    call,
    /** The demo program the browser tests work on. */
    siMantab,
    /** Adds an owner of Si Mantab's agency (DPMPTSP) who logs in with `login`. */
    createOwner: (login: { email: string; password: string }) =>
      call('POST', '/api/users', {
        ...login,
        name: 'Pemilik DPMPTSP',
        role: 'owner',
        agencyId: siMantab.agencyId,
      }),
    openLink,
    updateLink: (linkId: number, patch: LinkOptions & { active?: boolean }) =>
      call('PATCH', `/api/links/${linkId}`, patch),
    /**
     * A Si Mantab questionnaire from `template`, its draft replaced by `definition` when given,
     * published (unless `publish` is false) and shared with one link.
     */
    async shareForm(
      options: {
        template?: 'skm' | 'impact' | 'nps' | 'sus' | 'blank'
        definition?: Definition
        publish?: boolean
        link?: LinkOptions
      } = {},
    ): Promise<SharedForm> {
      const created = await call<{ id: number; draft: Definition }>(
        'POST',
        `/api/programs/${siMantab.id}/questionnaires`,
        { template: options.template ?? 'skm' },
      )
      const definition = options.definition ?? created.draft
      if (options.definition) {
        await call('PUT', `/api/questionnaires/${created.id}`, { draft: definition })
      }
      if (options.publish !== false) {
        await call('POST', `/api/questionnaires/${created.id}/publish`)
      }
      const link = await openLink(created.id, options.link)
      return { questionnaireId: created.id, linkId: link.id, slug: link.slug, definition }
    },
    /** How many responses a link has stored, as the console reads it. */
    async responseCount(form: { questionnaireId: number; linkId: number }): Promise<number> {
      const links = await call<{ items: { id: number; responseCount: number }[] }>(
        'GET',
        `/api/questionnaires/${form.questionnaireId}/links`,
      )
      return links.items.find((l) => l.id === form.linkId)!.responseCount
    },
    /** Submits answers as a citizen would (no session), for states such as a full link. */
    async submitAnswers(slug: string, answers: Record<string, unknown>): Promise<number> {
      return (await submit(slug, answers)).status
    },
    /** Submits answers as a citizen would and answers the receipt the form shows. */
    async submitForReceipt(slug: string, answers: Record<string, unknown>): Promise<string> {
      const res = await submit(slug, answers)
      if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`)
      return ((await res.json()) as { receipt: string }).receipt
    },
  }
}
