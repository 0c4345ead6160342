// Serves the built console (dist/client): hashed assets cached for a year, the favicon, the citizen
// form's service worker, and the console's index.html for every other path (the client router takes it from there). Used by
// `npm start` (server/main.ts) and the benchmark's server, so both serve the same thing.
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { createApp } from './app'

/** Adds the client routes to `app`; false when the console is not built. */
export function serveClient(app: ReturnType<typeof createApp>, clientDist: string): boolean {
  const consoleHtml = join(clientDist, 'console', 'index.html')
  if (!existsSync(consoleHtml)) return false
  const root = relative(process.cwd(), clientDist) || '.'
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
    }),
  )
  app.get('/favicon.svg', serveStatic({ root }))
  // The citizen form's service worker: checked for updates on every visit, so never cached long.
  app.get(
    '/form-sw.js',
    serveStatic({
      root,
      onFound: (_p, c) => c.header('cache-control', 'no-cache'),
    }),
  )
  const html = readFileSync(consoleHtml, 'utf8')
  app.get('*', (c) => c.html(html))
  return true
}
