// The public results pages, mounted at the root before the console's catch-all: /hasil/:programId
// (and ?lang=en), /hasil/:programId/tv, /hasil/:programId/badge.svg, /hasil/wilayah/:regionId and
// the TV view's script. Served from the results cache: each page is rendered and gzipped once per
// cache entry and language, then sent as stored bytes; revalidated with ETags.
import { gzipSync } from 'node:zlib'
import { Hono, type Context } from 'hono'
import { describeRoute } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { resultsCacheOf, type CachedResults } from './cache'
import { resultsBadge, unpublishedBadge } from './pages/badge'
import { programPage } from './pages/program-page'
import { regionPage } from './pages/region-page'
import { esc, page } from './pages/shell'
import { TEXT, tr, type Lang } from './pages/texts'
import { TV_SCRIPT, TV_SCRIPT_PATH, tvPage } from './pages/tv-page'
import { publicRegionResults } from './service'
import { AppError } from '../../http/app-error'

const langOf = (c: Context) => (c.req.query('lang') === 'en' ? 'en' : 'id') as Lang
const REVALIDATE = { 'cache-control': 'no-cache' }

function notPublished(c: Context, lang: Lang) {
  const body = `<main><h1>${esc(tr(TEXT.results, lang))}</h1><p>${esc(tr(TEXT.notFound, lang))}</p></main>`
  return c.html(page({ lang, title: tr(TEXT.results, lang), path: c.req.path, body }), 404)
}

/** Answers 304 when the client holds this ETag. */
function fresh(c: Context, etag: string) {
  return c.req.header('if-none-match') === etag
}

interface RenderedPage {
  html: string
  gzip: Uint8Array
}
const rendered = new WeakMap<CachedResults, Map<string, RenderedPage>>()

/** A page of a cache entry, rendered and gzipped once per `key` (kind, language, origin). */
function sendPage(
  c: Context,
  cached: CachedResults,
  key: string,
  render: () => string,
  headers: Record<string, string>,
) {
  let pages = rendered.get(cached)
  if (!pages) rendered.set(cached, (pages = new Map()))
  let page = pages.get(key)
  if (!page) {
    const html = render()
    pages.set(key, (page = { html, gzip: gzipSync(html, { level: 9 }) }))
  }
  const type = { 'content-type': 'text/html; charset=UTF-8', vary: 'Accept-Encoding' }
  // Stored bytes: the compress middleware leaves a response with Content-Encoding alone.
  if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    return c.body(page.gzip as Uint8Array<ArrayBuffer>, 200, {
      ...headers,
      ...type,
      'content-encoding': 'gzip',
    })
  }
  return c.body(page.html, 200, { ...headers, ...type })
}

export function resultsPageRoutes(deps: AppDeps) {
  const cache = resultsCacheOf(deps)
  const origin = (c: Context) =>
    deps.config.publicUrl?.replace(/\/+$/, '') ?? new URL(c.req.url).origin
  const doc = (summary: string, type = 'text/html') =>
    describeRoute({
      tags: ['public results'],
      summary,
      responses: {
        200: { description: summary, content: { [type]: {} } },
        404: {
          description: 'Not published, or no such program or region',
          content: { [type]: {} },
        },
      },
    })
  return new Hono<AppEnv>()
    .get('/hasil/tv.js', doc("The TV view's refresh script", 'text/javascript'), (c) =>
      c.body(TV_SCRIPT, 200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'public, max-age=3600',
      }),
    )
    .get(
      '/hasil/wilayah/:regionId{[0-9]{1,12}}',
      doc('A region page of published results'),
      async (c) => {
        const lang = langOf(c)
        const found = await publicRegionResults(deps, Number(c.req.param('regionId'))).catch(
          (e: unknown) => {
            if (e instanceof AppError && e.status === 404) return null
            throw e
          },
        )
        if (!found) return notPublished(c, lang)
        const { region, programs } = found
        c.header('cache-control', 'no-cache')
        return c.html(
          regionPage(
            region,
            programs.map((p) => p.results),
            lang,
          ),
        )
      },
    )
    .get('/hasil/:programId{[0-9]{1,12}}', doc("A program's public results page"), async (c) => {
      const lang = langOf(c)
      const cached = await cache.get(Number(c.req.param('programId')))
      if (!cached) return notPublished(c, lang)
      const etag = `W/${cached.etag.slice(0, -1)}-${lang}"`
      if (fresh(c, etag)) return c.body(null, 304, { ...REVALIDATE, etag })
      const at = origin(c)
      return sendPage(
        c,
        cached,
        `page|${lang}|${at}`,
        () => programPage(cached.results, lang, at),
        {
          ...REVALIDATE,
          etag,
        },
      )
    })
    .get('/hasil/:programId{[0-9]{1,12}}/tv', doc('The self-refreshing TV view'), async (c) => {
      const lang = langOf(c)
      const cached = await cache.get(Number(c.req.param('programId')))
      if (!cached) return notPublished(c, lang)
      const asked = Number(c.req.query('refresh'))
      const refreshSeconds = Number.isInteger(asked) && asked >= 2 && asked <= 600 ? asked : 15
      const render = () =>
        tvPage(cached.results, {
          lang,
          etag: cached.etag,
          refreshSeconds,
          computedAt: cached.computedAt,
        })
      return sendPage(c, cached, `tv|${lang}|${refreshSeconds}`, render, {
        'cache-control': 'no-store',
      })
    })
    .get(
      '/hasil/:programId{[0-9]{1,12}}/badge.svg',
      doc('An SVG badge: IKM, mutu, year', 'image/svg+xml'),
      async (c) => {
        const lang = langOf(c)
        const cached = await cache.get(Number(c.req.param('programId')))
        const headers = { 'content-type': 'image/svg+xml; charset=utf-8', ...REVALIDATE }
        if (!cached) return c.body(unpublishedBadge(lang), 404, headers)
        const etag = `W/${cached.etag.slice(0, -1)}-badge-${lang}"`
        if (fresh(c, etag)) return c.body(null, 304, { ...REVALIDATE, etag })
        return c.body(resultsBadge(cached.results, lang), 200, { ...headers, etag })
      },
    )
}
