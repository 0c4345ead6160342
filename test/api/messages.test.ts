// The console renders the API's problems from codes, never from English prose: every problem a
// family of bad requests draws from the real API has a stable type, a catalogue code for its
// detail and one per field error, and the English beside each code is the catalogue's wording.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderMessage, type MessageParams } from '../../server/domain/messages'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let admin: string
let owner: string
let otherOwner: string
let evaluator: string
let programId: number
let regionId: number

beforeAll(async () => {
  t = await createTestApp()
  admin = await t.loginAdmin()
  owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  otherOwner = await t.userCookie('owner', { agencyCode: 'DLH' })
  evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
  const program = await t.deps.db
    .selectFrom('programs')
    .select(['id', 'region_id'])
    .where('name', '=', 'Si Mantab')
    .executeTakeFirstOrThrow()
  programId = program.id
  regionId = program.region_id
})
afterAll(() => t.close())

interface Said {
  code?: string
  params?: MessageParams
  message: string
  where: string
}

/** Every coded message of a problem (its detail and each field's), checked for a stable type. */
async function messagesOf(res: Response, where: string): Promise<Said[]> {
  const problem = (await readProblem(res)) as Awaited<ReturnType<typeof readProblem>> & {
    code?: string
    params?: MessageParams
    errors?: { path: string; code?: string; params?: MessageParams; message: string }[]
  }
  expect(res.status, JSON.stringify(problem)).toBeGreaterThanOrEqual(400)
  expect(problem.type, where).toMatch(/^\/problems\/[a-z-]+$/)
  const detail = problem.detail
    ? [{ code: problem.code, params: problem.params, message: problem.detail, where }]
    : []
  const fields = (problem.errors ?? []).map((e) => ({ ...e, where: `${where} ${e.path}` }))
  return [...detail, ...fields]
}

describe('problem messages by code', () => {
  it('gives every problem a type and a catalogue code for its detail and each field error', async () => {
    const draft = await t.request('POST', `/api/programs/${programId}/questionnaires`, {
      cookie: owner,
      json: { template: 'blank' },
    })
    const questionnaireId = ((await draft.json()) as { id: number }).id
    const calls: [string, string, { cookie?: string; json?: unknown }][] = [
      ['POST', '/api/auth/login', { json: { email: 'not an email', password: '' } }],
      ['POST', '/api/auth/login', { json: { email: 'x@y.z', password: 'wrong-password' } }],
      ['POST', '/api/programs', { cookie: admin, json: {} }],
      [
        'POST',
        '/api/programs',
        {
          cookie: admin,
          json: {
            name: '',
            description: { id: '' },
            dimension: 'space',
            year: 'last',
            regionId: 'x',
          },
        },
      ],
      ['PATCH', `/api/programs/${programId}`, { cookie: otherOwner, json: { name: 'Diambil' } }],
      ['GET', `/api/programs/${programId}/analytics`, { cookie: otherOwner }],
      ['GET', '/api/programs/999999', { cookie: admin }],
      ['GET', '/api/nothing-here', { cookie: admin }],
      ['POST', '/api/users', { cookie: admin, json: { email: 'bad', role: 'boss', name: '' } }],
      [
        'POST',
        '/api/users',
        {
          cookie: admin,
          json: { email: 'admin@test.local', name: 'A', role: 'admin', password: 'short' },
        },
      ],
      [
        'POST',
        '/api/users',
        {
          cookie: admin,
          json: {
            email: 'rina@test.local',
            name: 'Rina',
            role: 'owner',
            password: 'long-enough-1',
          },
        },
      ],
      ['POST', '/api/regions', { cookie: admin, json: { code: '99' } }],
      [
        'POST',
        '/api/agencies',
        { cookie: admin, json: { regionId: 999999, code: 'a b', name: '' } },
      ],
      [
        'POST',
        `/api/questionnaires/${questionnaireId}/links`,
        { cookie: owner, json: { channel: '', opensAt: '2024-01-01', maxResponses: 0 } },
      ],
      ['POST', `/api/questionnaires/${questionnaireId}/publish`, { cookie: owner }],
      [
        'PUT',
        `/api/programs/${programId}/assessment`,
        {
          cookie: evaluator,
          json: { marks: { inovasi: 7, bogus: 1 }, notes: { inovasi: 'x'.repeat(2001) } },
        },
      ],
      ['PUT', `/api/programs/${programId}/assessment`, { cookie: owner, json: { marks: {} } }],
      [
        'PUT',
        `/api/evaluations/${regionId}/2024`,
        {
          cookie: evaluator,
          json: { scores: { baseline: 9, impact: 3 }, weights: { baseline: 2 } },
        },
      ],
      ['GET', `/api/evaluations/${regionId}/2024`, { cookie: owner }],
      [
        'GET',
        `/api/programs/${programId}/analytics?from=2024-13-01&link=x&segment.nope=1`,
        { cookie: owner },
      ],
      [
        'GET',
        `/api/questionnaires/${questionnaireId}/responses.csv?includePersonal=1`,
        { cookie: owner },
      ],
    ]
    const uncoded: string[] = []
    let seen = 0
    for (const [method, path, opts] of calls) {
      const where = `${method} ${path}`
      for (const said of await messagesOf(await t.request(method, path, opts), where)) {
        seen++
        const id = said.code && renderMessage({ code: said.code, params: said.params }, 'id')
        const en = said.code && renderMessage({ code: said.code, params: said.params }, 'en')
        if (!id || !en) uncoded.push(`${said.where}: ${said.code ?? '(no code)'} ${said.message}`)
        else {
          expect(en, said.where).toBe(said.message)
          expect(id, said.where).not.toMatch(/\{[a-z@]/i) // every placeholder filled
        }
      }
    }
    expect(seen).toBeGreaterThan(30)
    expect(uncoded).toEqual([])
  })
})
