// Login throttling slows a guesser with growing waits but never hands them a lockout: failures are
// counted per account and address (and per account and browser once it logged in), so a stranger
// who knows a staff e-mail cannot keep its owner out, and a sprayer at a shared address does not
// keep out the staff whose browsers logged in there before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ trustProxyHops: 1 })
})
afterAll(() => t.close())

function attempt(email: string, password: string, address: string, cookie?: string) {
  return t.request('POST', '/api/auth/login', {
    json: { email, password },
    cookie,
    headers: { 'x-forwarded-for': address },
  })
}

const later = (ms: number) => (t.clock.now = new Date(t.clock.now.getTime() + ms))

/** The login device cookie a successful login set, as a Cookie header part. */
const deviceCookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('qw_login_device='))!
    .split(';')[0]!

describe('login throttling', () => {
  it('keeps a known account open to its owner while a stranger guesses its password', async () => {
    for (let i = 0; i < 12; i++) {
      const res = await attempt(ADMIN.email, `guess-${i}`, '203.0.113.66')
      expect([401, 429]).toContain(res.status)
      await res.body?.cancel()
    }
    const stranger = await attempt(ADMIN.email, ADMIN.password, '203.0.113.66')
    expect(stranger.status).toBe(429)
    const owner = await attempt(ADMIN.email, ADMIN.password, '198.51.100.20')
    expect(owner.status).toBe(200)
  })

  it('makes each attempt past five failures wait twice as long as the one before', async () => {
    const email = 'slowed@test.local'
    const address = '203.0.113.70'
    for (let i = 0; i < 5; i++) expect((await attempt(email, 'x', address)).status).toBe(401)
    const waits: number[] = []
    for (let i = 0; i < 5; i++) {
      const refused = await attempt(email, 'x', address)
      expect(refused.status).toBe(429)
      await readProblem(refused)
      const wait = Number(refused.headers.get('retry-after'))
      waits.push(wait)
      later(wait * 1000)
      expect((await attempt(email, 'x', address)).status).toBe(401)
    }
    expect(waits).toEqual([1, 2, 4, 8, 16])
  })

  it('lets the account’s own browser in at an address a sprayer has slowed down', async () => {
    const office = '198.51.100.99'
    const first = await attempt(ADMIN.email, ADMIN.password, office)
    expect(first.status).toBe(200)
    const device = deviceCookieOf(first)
    // Someone at the same address tries 40 other accounts.
    for (let i = 0; i < 40; i++) await (await attempt(`user${i}@test.local`, 'x', office)).text()
    const newBrowser = await attempt(ADMIN.email, ADMIN.password, office)
    expect(newBrowser.status).toBe(429)
    expect(Number(newBrowser.headers.get('retry-after'))).toBeLessThanOrEqual(5 * 60)
    const knownBrowser = await attempt(ADMIN.email, ADMIN.password, office, device)
    expect(knownBrowser.status).toBe(200)
    // A device cookie of another account does not count for this one.
    const owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP', email: 'o1@test.local' })
    expect(owner).toBeTruthy()
    const forged = await attempt('o1@test.local', 'wrong-password', office, device)
    expect(forged.status).toBe(429)
  })

  it('forgets an address’s failures on the account once the right password comes', async () => {
    const address = '203.0.113.80'
    for (let i = 0; i < 4; i++) await attempt(ADMIN.email, 'x', address)
    expect((await attempt(ADMIN.email, ADMIN.password, address)).status).toBe(200)
    for (let i = 0; i < 5; i++) expect((await attempt(ADMIN.email, 'x', address)).status).toBe(401)
  })
})
