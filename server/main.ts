// `npm start`: boots the platform and serves the API and the built client on PORT.
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { boot } from './boot'
import { serveClient } from './client-files'
import { loadConfig } from './config'
import { stopGracefullyOnSignals } from './shutdown'

/** A database URL without its password, for the console. */
const redacted = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')

const config = loadConfig()
const { deps, handle, created, seeded } = await boot(config)
const app = createApp(deps)

if (!serveClient(app, config.clientDist)) {
  const consoleHtml = join(config.clientDist, 'console', 'index.html')
  console.warn(`The console is not built (${consoleHtml} is missing): run "npm run build".`)
}

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  console.log(`\nQuick-win impact platform on http://localhost:${info.port}`)
  console.log(
    `Database: ${config.databaseUrl ? `PostgreSQL ${redacted(config.databaseUrl)}${config.databaseSchema ? ` (schema ${config.databaseSchema})` : ''}` : config.databasePath}${seeded ? ' (demo regions and programs loaded)' : ''}`,
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

stopGracefullyOnSignals(server, handle, deps.log)
