// A 413 ends the connection and says so (`Connection: close`): the rest of the refused body is
// never read, so a pooling client must not send its next request on that connection. Checked on
// a real socket, with a keep-alive agent that pools one connection.
import { request, Agent, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let server: ServerType
let port: number
beforeAll(async () => {
  t = await createTestApp({ bodyLimitBytes: 1024 })
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((resolve) => server.once('listening', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await t.close()
})

function send(
  agent: Agent,
  method: string,
  path: string,
  body?: { chunks: number; declared?: boolean },
): Promise<{ res: IncomingMessage; text: string }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(512, 'a')
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (body?.declared) headers['content-length'] = String(chunk.length * body.chunks)
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (d) => (text += d))
      res.on('end', () => resolve({ res, text }))
      res.on('error', reject)
    })
    req.on('error', reject)
    if (body) {
      // Chunked unless declared: the server counts bytes as they stream in.
      for (let i = 0; i < body.chunks; i++) req.write(chunk)
    }
    req.end()
  })
}

describe('a refused oversized body', () => {
  for (const declared of [false, true]) {
    it(`answers 413 with Connection: close, and the pool's next request succeeds (${declared ? 'Content-Length' : 'chunked'})`, async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 })
      try {
        const refused = await send(agent, 'POST', '/api/auth/login', { chunks: 8, declared })
        expect(refused.res.statusCode).toBe(413)
        expect(refused.res.headers.connection).toBe('close')
        expect(refused.res.headers['content-type']).toContain('application/problem+json')
        const next = await send(agent, 'GET', '/api/openapi.json')
        expect(next.res.statusCode).toBe(200)
      } finally {
        agent.destroy()
      }
    })
  }
})
