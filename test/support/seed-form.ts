// Sets up a public form the way an owner does, through the API: a questionnaire for Si Mantab
// (DPMPTSP) from a template, optionally edited, published, and shared as a link; plus a helper
// that submits to it like the citizen form does.
import { randomUUID } from 'node:crypto'
import type { Definition } from '../../server/domain/questionnaire'
import type { TestApp } from './test-app'

export interface SeededForm {
  programId: number
  questionnaireId: number
  /** The published definition the link serves. */
  definition: Definition
  linkId: number
  slug: string
  /** Session cookie of the DPMPTSP owner who made it. */
  owner: string
}

export interface LinkOptions {
  channel?: string
  opensAt?: string | null
  closesAt?: string | null
  maxResponses?: number | null
  allowMultiple?: boolean
}

async function ok(res: Response, status: number, what: string): Promise<any> {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${await res.text()}`)
  return res.json()
}

/** Publishes the questionnaire's current draft; answers the new version number. */
export async function publish(t: TestApp, owner: string, questionnaireId: number) {
  const res = await t.request('POST', `/api/questionnaires/${questionnaireId}/publish`, {
    cookie: owner,
  })
  return ((await ok(res, 201, 'publish')) as { version: number }).version
}

/** Opens another link on a questionnaire. */
export async function openLink(
  t: TestApp,
  owner: string,
  questionnaireId: number,
  options: LinkOptions = {},
): Promise<{ id: number; slug: string }> {
  const res = await t.request('POST', `/api/questionnaires/${questionnaireId}/links`, {
    cookie: owner,
    json: { channel: 'WhatsApp', ...options },
  })
  return ok(res, 201, 'create link')
}

/**
 * A published questionnaire of Si Mantab from `template` with an open link. `edit` may change
 * the draft before it is published (e.g. add a question).
 */
export async function seedForm(
  t: TestApp,
  options: {
    template?: 'skm' | 'impact' | 'nps' | 'sus'
    link?: LinkOptions
    owner?: string
    edit?: (draft: Definition) => void
    /** Another DPMPTSP program than Si Mantab (e.g. one without demo responses). */
    programId?: number
  } = {},
): Promise<SeededForm> {
  const owner = options.owner ?? (await t.userCookie('owner', { agencyCode: 'DPMPTSP' }))
  const program = options.programId
    ? { id: options.programId }
    : await t.deps.db
        .selectFrom('programs')
        .select('id')
        .where('name', '=', 'Si Mantab')
        .executeTakeFirstOrThrow()
  const created = await ok(
    await t.request('POST', `/api/programs/${program.id}/questionnaires`, {
      cookie: owner,
      json: { template: options.template ?? 'skm' },
    }),
    201,
    'create questionnaire',
  )
  const draft = created.draft as Definition
  if (options.edit) {
    options.edit(draft)
    const res = await t.request('PUT', `/api/questionnaires/${created.id}`, {
      cookie: owner,
      json: { draft },
    })
    await ok(res, 200, 'save draft')
  }
  await publish(t, owner, created.id)
  const link = await openLink(t, owner, created.id, options.link)
  return {
    programId: program.id,
    questionnaireId: created.id,
    definition: draft,
    linkId: link.id,
    slug: link.slug,
    owner,
  }
}

/** POSTs answers to a link like the citizen form (a fresh idempotency key unless one is given). */
export function submit(
  t: TestApp,
  slug: string,
  answers: unknown,
  options: { key?: string; cookie?: string; website?: string; body?: unknown } = {},
): Promise<Response> {
  const json = options.body ?? {
    answers,
    idempotencyKey: options.key ?? randomUUID(),
    ...(options.website !== undefined ? { website: options.website } : {}),
  }
  return t.request('POST', `/api/public/forms/${slug}/responses`, { cookie: options.cookie, json })
}

/** A complete, valid SKM answer set (profile segments included). */
export function skmAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const answers: Record<string, unknown> = { age: '30-39', gender: 'perempuan' }
  for (let i = 1; i <= 9; i++) answers[`U${i}`] = ((i % 4) + 1) as number
  return { ...answers, ...overrides }
}

/** Adds a multiple-choice question `channels` (how the citizen heard of the program) to a draft. */
export function addChannelsQuestion(draft: Definition, values = ['wa', 'radio', 'loket']): void {
  draft.sections.at(-1)!.questions.push({
    code: 'channels',
    type: 'multi',
    text: { id: 'Dari mana Anda tahu program ini?' },
    required: false,
    options: values.map((value) => ({ value, label: { id: value } })),
  })
}

/** A new DPMPTSP program of 2024 (no demo responses), created through the API by `owner`. */
export async function createDpmptspProgram(
  t: TestApp,
  owner: string,
  name: string,
  targetPopulation: number | null = 1000,
): Promise<number> {
  const agency = await t.deps.db
    .selectFrom('agencies')
    .select(['id', 'region_id'])
    .where('code', '=', 'DPMPTSP')
    .executeTakeFirstOrThrow()
  const res = await t.request('POST', '/api/programs', {
    cookie: owner,
    json: {
      regionId: agency.region_id,
      agencyId: agency.id,
      dimension: 'governance',
      element: 'governance.1',
      year: 2024,
      name,
      description: { id: `Program uji ${name}.` },
      targetPopulation,
    },
  })
  return ((await ok(res, 201, 'create program')) as { id: number }).id
}
