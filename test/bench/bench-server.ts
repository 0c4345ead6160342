// The benchmark's server entry: the platform booted exactly as `npm start` boots it
// (server/main.ts: boot, createApp, the built client), plus a bare Hono JSON echo route,
// POST /bench/echo, in the same process: the baseline that ingestion is compared with. The echo
// route lives only here, never in the product.
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { createApp } from '../../server/app'
import { boot } from '../../server/boot'
import { loadConfig } from '../../server/config'

const config = loadConfig()
const { deps, handle } = await boot(config)
const app = createApp(deps)

const consoleHtml = join(config.clientDist, 'console', 'index.html')
if (existsSync(consoleHtml)) {
  const root = relative(process.cwd(), config.clientDist) || '.'
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
    }),
  )
  app.get('/favicon.svg', serveStatic({ root }))
  const html = readFileSync(consoleHtml, 'utf8')
  app.get('*', (c) => c.html(html))
}

/** No middleware at all: parse the JSON body, answer it. */
const echo = new Hono().post('/bench/echo', async (c) => c.json(await c.req.json()))
const ECHO_PATH = /^https?:\/\/[^/]+\/bench\/echo$/

const server = serve(
  {
    fetch: (request, env) =>
      ECHO_PATH.test(request.url) ? echo.fetch(request, env) : app.fetch(request, env),
    port: config.port,
    hostname: '127.0.0.1',
  },
  (info) => console.log(`bench server on http://127.0.0.1:${info.port} (pid ${process.pid})`),
)

function shutdown() {
  server.close()
  void handle.close().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
