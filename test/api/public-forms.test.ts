// Specification of the public form: the JSON payload of an open link, the problem of every other
// state, and the /s/:slug page that inlines the payload safely under the app's CSP.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Definition } from '../../server/domain/questionnaire'
import { createFormPage } from '../../server/features/public-forms/form-page'
import { openLink, seedForm, type SeededForm } from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

const HOSTILE = '</script><script>alert(1)</script> <!-- & \u2028'

let t: TestApp
let form: SeededForm
let shellDir: string
beforeAll(async () => {
  shellDir = mkdtempSync(join(tmpdir(), 'quickwin-shell-'))
  mkdirSync(join(shellDir, 'form'))
  writeFileSync(
    join(shellDir, 'form', 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/form.js"></script></head><body><div id="app"></div></body></html>',
  )
  t = await createTestApp({ clientDist: shellDir })
  form = await seedForm(t, {
    template: 'skm',
    edit: (draft: Definition) => {
      draft.sections[1]!.questions[0]!.text = { id: `Persyaratan ${HOSTILE}`, en: 'Requirements' }
    },
  })
})
afterAll(async () => {
  await t.close()
  rmSync(shellDir, { recursive: true, force: true })
})

/** The JSON data block of a form page. */
function inlined(html: string): any {
  const match = html.match(/<script type="application\/json" id="qw-form">(.*?)<\/script>/s)
  expect(match).not.toBeNull()
  return JSON.parse(match![1]!)
}

describe('GET /api/public/forms/:slug', () => {
  it('answers the payload of an open link with the served definition', async () => {
    const res = await t.request('GET', `/api/public/forms/${form.slug}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const payload = await res.json()
    expect(payload).toMatchObject({
      slug: form.slug,
      state: 'open',
      program: { name: 'Si Mantab', description: { id: expect.any(String) } },
      questionnaireId: form.questionnaireId,
      version: 1,
      alreadyResponded: false,
      submitUrl: `/api/public/forms/${form.slug}/responses`,
    })
    expect(payload.definition.sections[1].questions[0].code).toBe('U1')
  })

  it('answers each other state with its own problem and no definition', async () => {
    const q = form.questionnaireId
    const owner = form.owner
    const notOpen = await openLink(t, owner, q, { opensAt: '2024-07-01T08:00:00+07:00' })
    const closed = await openLink(t, owner, q, { closesAt: '2024-06-01T08:00:00+07:00' })
    const off = await openLink(t, owner, q)
    await t.request('PATCH', `/api/links/${off.id}`, { cookie: owner, json: { active: false } })
    const draftOnly = await seedDraftOnlyLink()
    const expectations: [string, number, string][] = [
      ['no-such-slug', 404, '/problems/not-found'],
      [draftOnly, 404, '/problems/not-found'],
      [notOpen.slug, 403, '/problems/link-not-open'],
      [closed.slug, 410, '/problems/link-closed'],
      [off.slug, 410, '/problems/link-inactive'],
    ]
    for (const [slug, status, type] of expectations) {
      const problem = await readProblem(await t.request('GET', `/api/public/forms/${slug}`))
      expect({ slug, status: problem.status, type: problem.type }).toEqual({ slug, status, type })
      expect(problem).not.toHaveProperty('definition')
    }
    const notOpenProblem = await readProblem(
      await t.request('GET', `/api/public/forms/${notOpen.slug}`),
    )
    expect(notOpenProblem).toMatchObject({ state: 'not_open', opensAt: '2024-07-01T01:00:00.000Z' })
  })

  it('a capped link answers link-capped', async () => {
    const capped = await openLink(t, form.owner, form.questionnaireId, { maxResponses: 1 })
    await t.deps.db
      .updateTable('links')
      .set({ response_count: 1 })
      .where('id', '=', capped.id)
      .execute()
    const problem = await readProblem(await t.request('GET', `/api/public/forms/${capped.slug}`))
    expect(problem).toMatchObject({ status: 410, type: '/problems/link-capped' })
  })
})

async function seedDraftOnlyLink(): Promise<string> {
  const created = await t.request('POST', `/api/programs/${form.programId}/questionnaires`, {
    cookie: form.owner,
    json: { template: 'nps' },
  })
  const { id } = (await created.json()) as { id: number }
  return (await openLink(t, form.owner, id)).slug
}

describe('GET /s/:slug', () => {
  it('inlines the payload before </head> of the built shell, under the CSP', async () => {
    const res = await t.request('GET', `/s/${form.slug}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await res.text()
    expect(html).toMatch(/<script type="application\/json" id="qw-form">.*<\/script><\/head>/s)
    expect(html).toContain('<script type="module" src="/assets/form.js">')
    const payload = inlined(html)
    expect(payload).toMatchObject({ slug: form.slug, state: 'open', version: 1 })
    expect(payload.definition.sections[1].questions[0].text.id).toBe(`Persyaratan ${HOSTILE}`)
  })

  it('escapes < so that no text can close the data block', async () => {
    const html = await (await t.request('GET', `/s/${form.slug}`)).text()
    expect(html).not.toContain('</script><script>alert(1)')
    expect(html).not.toContain('<!-- &')
    expect(html).toContain('\\u003c/script>\\u003cscript>alert(1)')
    expect(html.match(/<\/script>/g)).toHaveLength(2) // the shell's own and the data block's
  })

  it('still answers the friendly page, with the status of the state, for unknown and closed links', async () => {
    const closed = await openLink(t, form.owner, form.questionnaireId, {
      closesAt: '2024-06-01T00:00:00+07:00',
    })
    const unknown = await t.request('GET', '/s/no-such-slug')
    expect(unknown.status).toBe(404)
    expect(inlined(await unknown.text())).toEqual({
      slug: 'no-such-slug',
      state: 'unknown',
      submitUrl: '/api/public/forms/no-such-slug/responses',
    })
    const page = await t.request('GET', `/s/${closed.slug}`)
    expect(page.status).toBe(410)
    const payload = inlined(await page.text())
    expect(payload).toMatchObject({ state: 'closed', program: { name: 'Si Mantab' } })
    expect(payload).not.toHaveProperty('definition')
  })

  it('without a built form client, serves a minimal page that states the link state', async () => {
    const bare = await createTestApp({ clientDist: join(shellDir, 'missing') })
    try {
      const closed = await seedForm(bare, {
        template: 'nps',
        link: { closesAt: '2024-06-01T00:00:00+07:00' },
      })
      const res = await bare.request('GET', `/s/${closed.slug}`)
      expect(res.status).toBe(410)
      const html = await res.text()
      expect(html).toContain('Kuesioner ini sudah ditutup.')
      expect(html).toContain('<h1>Si Mantab</h1>')
      expect(inlined(html).state).toBe('closed')
    } finally {
      await bare.close()
    }
  })
})

describe('the form page shell', () => {
  it('is re-read after a rebuild so the page never points at assets that are gone', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'form-shell-'))
    mkdirSync(join(dist, 'form'))
    const file = join(dist, 'form', 'index.html')
    const render = createFormPage(dist)
    const payload = {
      slug: 'x',
      state: 'unknown',
      submitUrl: '/api/public/forms/x/responses',
    } as const
    writeFileSync(file, '<html><head><script src="/assets/old.js"></script></head></html>')
    expect(render(payload)).toContain('old.js')
    writeFileSync(file, '<html><head><script src="/assets/new.js"></script></head></html>')
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    expect(render(payload)).toContain('new.js')
    rmSync(dist, { recursive: true, force: true })
  })
})
