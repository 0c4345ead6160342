// The benchmark's server entry: the platform booted exactly as `npm start` boots it
// (server/main.ts: boot, createApp, the built client), plus a bare Hono JSON echo route,
// POST /bench/echo, in the same process: the baseline that ingestion is compared with. The echo
// route lives only here, never in the product.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { createApp } from '../../server/app'
import { boot } from '../../server/boot'
import { serveClient } from '../../server/client-files'
import { loadConfig } from '../../server/config'
import { stopGracefullyOnSignals } from '../../server/shutdown'

const config = loadConfig()
const { deps, handle } = await boot(config)
const app = createApp(deps)

serveClient(app, config.clientDist)

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

stopGracefullyOnSignals(server, handle, deps.log)
