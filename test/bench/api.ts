// The benchmark's set-up through the real HTTP API, as an admin does it in the console: log in,
// publish an SKM questionnaire for a demo program, share it with links that take many answers.
import type { Definition } from '../../server/domain/questionnaire'
import { BENCH_ADMIN } from './server-process'

export interface AdminApi {
  cookie: string
  call<T = any>(method: string, path: string, json?: unknown): Promise<T>
}

export interface PublishedForm {
  programId: number
  questionnaireId: number
  versionId: number
  definition: Definition
  links: { id: number; slug: string; channel: string }[]
}

/** Logs in as the bench admin; `call` fails loudly on any status of 300 or more. */
export async function connectAdmin(baseUrl: string): Promise<AdminApi> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  })
  if (login.status !== 200) throw new Error(`admin login: ${login.status} ${await login.text()}`)
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!
  return {
    cookie,
    async call(method, path, json) {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
        body: json === undefined ? undefined : JSON.stringify(json),
      })
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
      return res.json()
    },
  }
}

/** An SKM questionnaire of `programName`, published, with one allowMultiple link per channel. */
export async function publishSkmForm(
  api: AdminApi,
  programName: string,
  channels: string[],
): Promise<PublishedForm> {
  const programs = await api.call<{ items: { id: number; name: string }[] }>(
    'GET',
    `/api/programs?q=${encodeURIComponent(programName)}`,
  )
  const program = programs.items.find((p) => p.name === programName)
  if (!program) throw new Error(`the demo data has no program "${programName}"`)
  const created = await api.call<{ id: number; draft: Definition }>(
    'POST',
    `/api/programs/${program.id}/questionnaires`,
    { template: 'skm' },
  )
  const published = await api.call<{ id: number; version: number }>(
    'POST',
    `/api/questionnaires/${created.id}/publish`,
  )
  const links = []
  for (const channel of channels) {
    const link = await api.call<{ id: number; slug: string }>(
      'POST',
      `/api/questionnaires/${created.id}/links`,
      { channel, allowMultiple: true },
    )
    links.push({ id: link.id, slug: link.slug, channel })
  }
  return {
    programId: program.id,
    questionnaireId: created.id,
    versionId: published.id,
    definition: created.draft,
    links,
  }
}
