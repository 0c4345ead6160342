// The console shows the API's problem details and field messages in Indonesian first: every
// message a family of bad requests draws from the real API must have an Indonesian wording in
// client/shared/server-messages.ts (the English original stays for the English interface).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverText } from '../../client/shared/server-messages'
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

/** Every message of a problem: its detail and each field's message. */
async function messagesOf(res: Response): Promise<string[]> {
  const problem = await readProblem(res)
  expect(res.status, JSON.stringify(problem)).toBeGreaterThanOrEqual(400)
  return [problem.detail ?? '', ...(problem.errors ?? []).map((e) => e.message)].filter(Boolean)
}

describe('problem messages in Indonesian', () => {
  it('has an Indonesian wording for every message of a range of bad requests', async () => {
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
    const untranslated = new Set<string>()
    let seen = 0
    for (const [method, path, opts] of calls) {
      for (const message of await messagesOf(await t.request(method, path, opts))) {
        seen++
        const text = serverText(message)
        if (text.id === message) untranslated.add(`${method} ${path}: ${message}`)
        expect(text.en).toBe(message.includes(' / ') ? message.split(' / ')[1] : message)
      }
    }
    expect(seen).toBeGreaterThan(30)
    expect([...untranslated]).toEqual([])
  })

  it('splits details written in both languages', () => {
    expect(serverText('Silakan masuk terlebih dahulu. / Please log in.')).toEqual({
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please log in.',
    })
  })
})
