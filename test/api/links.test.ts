// Specification of share links: when a link takes responses (linkState and the API's `state`),
// unguessable slugs, pinned versions, QR codes that decode to the link, roles and audit.
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  findOpenFormBySlug,
  linkState,
  resolveServedVersion,
  type LinkLimits,
} from '../../server/features/links/service'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let owner: string
let programId: number
beforeAll(async () => {
  t = await createTestApp()
  owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  const program = await t.deps.db
    .selectFrom('programs')
    .select('id')
    .where('name', '=', 'Si Mantab')
    .executeTakeFirstOrThrow()
  programId = program.id
})
afterAll(() => t.close())

interface Link {
  id: number
  slug: string
  url: string
  state: string
  pinnedVersion: number | null
  opensAt: string | null
  closesAt: string | null
}

async function questionnaire(published: number): Promise<number> {
  const res = await t.request('POST', `/api/programs/${programId}/questionnaires`, {
    cookie: owner,
    json: { template: 'nps' },
  })
  const { id, draft } = (await res.json()) as { id: number; draft: { title: { id: string } } }
  for (let v = 1; v <= published; v++) {
    draft.title.id = `Versi ${v}`
    await t.request('PUT', `/api/questionnaires/${id}`, { cookie: owner, json: { draft } })
    expect(
      (await t.request('POST', `/api/questionnaires/${id}/publish`, { cookie: owner })).status,
    ).toBe(201)
  }
  return id
}

async function link(questionnaireId: number, body: Record<string, unknown> = {}): Promise<Link> {
  const res = await t.request('POST', `/api/questionnaires/${questionnaireId}/links`, {
    cookie: owner,
    json: { channel: 'WhatsApp', ...body },
  })
  expect(res.status).toBe(201)
  return (await res.json()) as Link
}

async function links(questionnaireId: number): Promise<Link[]> {
  const res = await t.request('GET', `/api/questionnaires/${questionnaireId}/links`, {
    cookie: owner,
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { items: Link[] }).items
}

const patch = (id: number, json: unknown, cookie = owner) =>
  t.request('PATCH', `/api/links/${id}`, { cookie, json })

describe('linkState', () => {
  const base: LinkLimits = {
    active: true,
    opensAt: '2024-06-01T00:00:00.000Z',
    closesAt: '2024-07-01T00:00:00.000Z',
    maxResponses: 10,
    responseCount: 3,
  }
  const at = (iso: string) => new Date(iso)

  it('is open inside the window and under the cap', () => {
    expect(linkState(base, at('2024-06-15T00:00:00Z'), true)).toBe('open')
    expect(linkState(base, at('2024-06-01T00:00:00Z'), true)).toBe('open')
  })

  it('is not_open before opensAt and closed from closesAt on', () => {
    expect(linkState(base, at('2024-05-31T23:59:59Z'), true)).toBe('not_open')
    expect(linkState(base, at('2024-07-01T00:00:00Z'), true)).toBe('closed')
  })

  it('is capped once the response count reaches maxResponses', () => {
    expect(linkState({ ...base, responseCount: 10 }, at('2024-06-15T00:00:00Z'), true)).toBe(
      'capped',
    )
  })

  it('checks inactive first, then unpublished', () => {
    const now = at('2024-08-01T00:00:00Z')
    expect(linkState({ ...base, active: false }, now, false)).toBe('inactive')
    expect(linkState(base, now, false)).toBe('unpublished')
  })

  it('is open without window or cap once something is published', () => {
    const open = {
      active: true,
      opensAt: null,
      closesAt: null,
      maxResponses: null,
      responseCount: 9e9,
    }
    expect(linkState(open, new Date(), true)).toBe('open')
  })
})

describe('resolveServedVersion', () => {
  const versions = [
    { id: 11, version: 1 },
    { id: 14, version: 3 },
    { id: 12, version: 2 },
  ]
  it('serves the latest version unless the link is pinned', () => {
    expect(resolveServedVersion({ pinnedVersionId: null }, versions)?.version).toBe(3)
    expect(resolveServedVersion({ pinnedVersionId: 12 }, versions)?.version).toBe(2)
    expect(resolveServedVersion({ pinnedVersionId: null }, [])).toBeNull()
  })
})

describe('creating links', () => {
  it('answers an unguessable 16-character URL-safe slug and the public URL', async () => {
    const id = await questionnaire(1)
    const created = await Promise.all(Array.from({ length: 20 }, () => link(id)))
    for (const l of created) {
      expect(l.slug).toMatch(/^[A-Za-z0-9_-]{16}$/)
      expect(l.url).toBe(`http://localhost/s/${l.slug}`)
    }
    expect(new Set(created.map((l) => l.slug)).size).toBe(20)
  })

  it('is allowed before publishing; the link is unpublished until a version exists', async () => {
    const id = await questionnaire(0)
    const created = await link(id)
    expect(created.state).toBe('unpublished')
    expect((await findOpenFormBySlug(t.deps.db, created.slug, t.clock.now))?.version).toBeNull()
    await t.request('POST', `/api/questionnaires/${id}/publish`, { cookie: owner })
    expect((await links(id)).map((l) => l.state)).toEqual(['open'])
  })

  it('stores times in UTC and refuses a window that closes before it opens', async () => {
    const id = await questionnaire(1)
    const created = await link(id, { opensAt: '2024-07-01T08:00:00+07:00' })
    expect(created.opensAt).toBe('2024-07-01T01:00:00.000Z')
    const res = await t.request('POST', `/api/questionnaires/${id}/links`, {
      cookie: owner,
      json: { channel: 'Loket', opensAt: '2024-07-02T00:00:00Z', closesAt: '2024-07-01T00:00:00Z' },
    })
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['closesAt'])
  })

  it('refuses a blank channel, a zero cap and a timestamp without a zone with their paths', async () => {
    const id = await questionnaire(0)
    const res = await t.request('POST', `/api/questionnaires/${id}/links`, {
      cookie: owner,
      json: { channel: ' ', maxResponses: 0, opensAt: '2024-07-01 08:00' },
    })
    expect(res.status).toBe(422)
    const paths = (await readProblem(res)).errors!.map((e) => e.path).sort()
    expect(paths).toEqual(['channel', 'maxResponses', 'opensAt'])
  })
})

describe('the state of a link through the API', () => {
  it('follows the window as the clock moves, the cap and the active flag', async () => {
    const id = await questionnaire(1)
    const now = t.clock.now.getTime()
    const hour = 3600_000
    const created = await link(id, {
      opensAt: new Date(now + hour).toISOString(),
      closesAt: new Date(now + 2 * hour).toISOString(),
      maxResponses: 5,
    })
    expect(created.state).toBe('not_open')
    const saved = t.clock.now
    try {
      t.clock.now = new Date(now + hour)
      expect((await links(id))[0]!.state).toBe('open')
      await t.deps.db
        .updateTable('links')
        .set({ response_count: 5 })
        .where('id', '=', created.id)
        .execute()
      expect((await links(id))[0]!.state).toBe('capped')
      t.clock.now = new Date(now + 2 * hour)
      expect((await links(id))[0]!.state).toBe('closed')
      const off = await patch(created.id, { active: false })
      expect(((await off.json()) as Link).state).toBe('inactive')
    } finally {
      t.clock.now = saved
    }
  })
})

describe('changing links', () => {
  it('refuses opensAt after closesAt, also against the stored closesAt', async () => {
    const id = await questionnaire(1)
    const created = await link(id, { closesAt: '2024-07-01T00:00:00Z' })
    const res = await patch(created.id, { opensAt: '2024-08-01T00:00:00Z' })
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors).toEqual([
      {
        path: 'closesAt',
        code: 'link.close-after-open',
        message: 'The link must close after it opens.',
      },
    ])
    const cleared = await patch(created.id, { opensAt: '2024-08-01T00:00:00Z', closesAt: null })
    expect(cleared.status).toBe(200)
    expect(await cleared.json()).toMatchObject({
      opensAt: '2024-08-01T00:00:00.000Z',
      closesAt: null,
    })
  })

  it('renames the channel and lifts the cap with null', async () => {
    const id = await questionnaire(1)
    const created = await link(id, { maxResponses: 3 })
    const res = await patch(created.id, { channel: 'Instagram', maxResponses: null })
    expect(await res.json()).toMatchObject({ channel: 'Instagram', maxResponses: null })
  })

  it('answers 404 for an unknown link', async () => {
    expect((await patch(999999, { active: false })).status).toBe(404)
  })
})

describe('pinned versions', () => {
  it('a pinned link serves its version, an unpinned one the latest', async () => {
    const id = await questionnaire(2)
    const pinned = await link(id, { pinnedVersion: 1 })
    const latest = await link(id)
    expect(pinned.pinnedVersion).toBe(1)
    const servedPinned = await findOpenFormBySlug(t.deps.db, pinned.slug, t.clock.now)
    const servedLatest = await findOpenFormBySlug(t.deps.db, latest.slug, t.clock.now)
    expect(servedPinned?.version?.version).toBe(1)
    expect(servedPinned?.version?.definition.title.id).toBe('Versi 1')
    expect(servedLatest?.version?.version).toBe(2)
    expect(servedLatest).toMatchObject({
      state: 'open',
      program: { id: programId, name: 'Si Mantab' },
      questionnaire: { id, programId },
      link: { slug: latest.slug, channel: 'WhatsApp' },
    })
    const unpinned = await patch(pinned.id, { pinnedVersion: null })
    expect(((await unpinned.json()) as Link).pinnedVersion).toBeNull()
    expect((await findOpenFormBySlug(t.deps.db, pinned.slug, t.clock.now))?.version?.version).toBe(
      2,
    )
  })

  it('refuses to pin a version that was never published', async () => {
    const id = await questionnaire(1)
    const created = await link(id)
    const res = await patch(created.id, { pinnedVersion: 3 })
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['pinnedVersion'])
  })

  it('finds nothing for an unknown slug', async () => {
    expect(await findOpenFormBySlug(t.deps.db, 'AAAAAAAAAAAAAAAA', t.clock.now)).toBeNull()
  })
})

describe('QR codes', () => {
  it('the PNG decodes to the link URL, is at least 512 px and downloads with a named file', async () => {
    const created = await link(await questionnaire(1))
    const res = await t.request('GET', `/api/links/${created.id}/qr.png`, { cookie: owner })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="qr-si-mantab-whatsapp.png"',
    )
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()))
    expect(png.width).toBeGreaterThanOrEqual(512)
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(decoded?.data).toBe(created.url)
  })

  it('the SVG is an SVG document with path data', async () => {
    const created = await link(await questionnaire(1), { channel: 'Loket Pelayanan' })
    const res = await t.request('GET', `/api/links/${created.id}/qr.svg`, { cookie: owner })
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(res.headers.get('content-disposition')).toContain('qr-si-mantab-loket-pelayanan.svg')
    const svg = await res.text()
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toMatch(/<path[^>]* d="M[^"]+"/)
  })
})

describe('roles and audit', () => {
  it('an evaluator of the region reads links and QR codes but cannot create or change them', async () => {
    const id = await questionnaire(1)
    const created = await link(id)
    const evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
    const list = await t.request('GET', `/api/questionnaires/${id}/links`, { cookie: evaluator })
    expect(list.status).toBe(200)
    const qr = await t.request('GET', `/api/links/${created.id}/qr.svg`, { cookie: evaluator })
    expect(qr.status).toBe(200)
    const post = await t.request('POST', `/api/questionnaires/${id}/links`, {
      cookie: evaluator,
      json: { channel: 'X' },
    })
    expect(post.status).toBe(403)
    expect((await patch(created.id, { active: false }, evaluator)).status).toBe(403)
  })

  it('an owner of another agency gets 403 and anonymous callers 401', async () => {
    const id = await questionnaire(1)
    const created = await link(id)
    const other = await t.userCookie('owner', { agencyCode: 'DLH' })
    const list = await t.request('GET', `/api/questionnaires/${id}/links`, { cookie: other })
    expect(list.status).toBe(403)
    expect((await patch(created.id, { active: false }, other)).status).toBe(403)
    expect(
      (await t.request('GET', `/api/links/${created.id}/qr.png`, { cookie: other })).status,
    ).toBe(403)
    expect((await t.request('GET', `/api/links/${created.id}/qr.png`)).status).toBe(401)
  })

  it('records link.create and link.update with the state before and after', async () => {
    const created = await link(await questionnaire(1))
    await patch(created.id, { channel: 'Loket' })
    const admin = await t.loginAdmin()
    const res = await t.request('GET', `/api/audit?objectType=link&objectId=${created.id}`, {
      cookie: admin,
    })
    const { items } = (await res.json()) as { items: { action: string; before: any; after: any }[] }
    expect(items.map((e) => e.action).sort()).toEqual(['link.create', 'link.update'])
    const update = items.find((e) => e.action === 'link.update')!
    expect([update.before.channel, update.after.channel]).toEqual(['WhatsApp', 'Loket'])
  })
})

describe('with a configured public URL', () => {
  it('builds link URLs from PUBLIC_URL instead of the request origin', async () => {
    const app = await createTestApp({ publicUrl: 'https://survei.banjarmasinkota.go.id' })
    try {
      const cookie = await app.loginAdmin()
      const created = await app.request('POST', `/api/programs/${programId}/questionnaires`, {
        cookie,
        json: { template: 'nps' },
      })
      const { id } = (await created.json()) as { id: number }
      const res = await app.request('POST', `/api/questionnaires/${id}/links`, {
        cookie,
        json: { channel: 'Loket' },
      })
      const { url, slug } = (await res.json()) as Link
      expect(url).toBe(`https://survei.banjarmasinkota.go.id/s/${slug}`)
    } finally {
      await app.close()
    }
  })
})
