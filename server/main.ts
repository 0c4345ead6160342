// `npm start`: boots the platform and serves the API and the built client on PORT.
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { createApp } from './app'
import { boot } from './boot'
import { loadConfig } from './config'

const config = loadConfig()
const { deps, handle, created, seeded } = await boot(config)
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
} else {
  console.warn(`The console is not built (${consoleHtml} is missing): run "npm run build".`)
}

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  console.log(`\nQuick-win impact platform on http://localhost:${info.port}`)
  console.log(
    `Database: ${config.databasePath}${seeded ? ' (demo regions and programs loaded)' : ''}`,
  )
  for (const login of created) {
    console.log(
      `Login created: ${login.email} (${login.role})` +
        (login.generatedPassword
          ? `  password: ${login.generatedPassword}  (shown once; change it after login)`
          : ''),
    )
  }
})

function shutdown() {
  server.close()
  void handle.close().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
