// Configuration that must be given: PUBLIC_URL in production, where share links and QR codes
// must never take their origin from a request's Host header.
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../server/config'
import { createTestApp } from '../support/test-app'

describe('PUBLIC_URL', () => {
  it('is required when NODE_ENV=production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL is required/)
    expect(
      loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://survei.example.go.id/' }),
    ).toMatchObject({ publicUrl: 'https://survei.example.go.id' })
    expect(loadConfig({}).publicUrl).toBeUndefined()
  })

  it('must be an http(s) URL', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'survei.example.go.id' })).toThrow(/PUBLIC_URL/)
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://survei.example.go.id' })).toThrow(/PUBLIC_URL/)
  })

  it('is the origin of share links and QR codes whatever the Host header says', async () => {
    const t = await createTestApp({ publicUrl: 'https://survei.example.go.id' })
    try {
      const admin = await t.loginAdmin()
      const { id: programId } = await t.deps.db
        .selectFrom('programs')
        .select('id')
        .where('name', '=', 'Si Mantab')
        .executeTakeFirstOrThrow()
      const q = await t.request('POST', `/api/programs/${programId}/questionnaires`, {
        cookie: admin,
        json: { template: 'nps' },
      })
      const { id } = (await q.json()) as { id: number }
      const link = await t.app.request(`http://evil.example/api/questionnaires/${id}/links`, {
        method: 'POST',
        headers: { cookie: admin, 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'WhatsApp' }),
      })
      expect(link.status).toBe(201)
      expect(((await link.json()) as { url: string }).url).toMatch(
        /^https:\/\/survei\.example\.go\.id\/s\//,
      )
    } finally {
      await t.close()
    }
  })
})
