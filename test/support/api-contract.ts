// The API contract check of the test harness: every response an API test receives is checked
// against /api/openapi.json (the status is one the operation lists, the media type one it lists
// for that status, and a JSON body valid under its schema), so a test fails when a route answers
// something the document does not say. Objects are checked strictly: a property the document does
// not list is a failure too. Schemas are compiled by @hyperjump/json-schema (OpenAPI 3.1 dialect)
// from a copy of the document, once per test process.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { validate, type OutputUnit, type Validator } from '@hyperjump/json-schema/openapi-3-1'

type Json = Record<string, unknown>
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>
}
interface Route {
  pattern: RegExp
  template: string
  operations: Record<string, Operation>
}

/** Objects that list their properties accept no others (the document is read strictly). */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(closeObjects)
  if (!node || typeof node !== 'object') return
  const schema = node as Json
  if (schema.type === 'object' && schema.properties && !('additionalProperties' in schema))
    schema.additionalProperties = false
  for (const value of Object.values(schema)) closeObjects(value)
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const pointer = (...parts: string[]) =>
  parts.map((p) => '/' + encodeURIComponent(p.replaceAll('~', '~0').replaceAll('/', '~1'))).join('')

export interface ApiContract {
  /** Throws when `res` is not what the document says `method path` answers. */
  check(method: string, url: string, res: Response): Promise<void>
}

export function loadContract(doc: Json): ApiContract {
  const copy = structuredClone(doc)
  for (const item of Object.values(copy.paths as Json)) closeObjects(item)
  const dir = mkdtempSync(join(tmpdir(), 'quickwin-contract-'))
  const file = join(dir, 'api.openapi.json')
  writeFileSync(file, JSON.stringify(copy))
  const base = pathToFileURL(file).href
  const validators = new Map<string, Promise<Validator>>()
  const routes: Route[] = Object.entries(copy.paths as Record<string, Route['operations']>).map(
    ([template, operations]) => ({
      template,
      operations,
      pattern: new RegExp(
        '^' +
          template
            .split(/\{\w+\}/)
            .map(escape)
            .join('[^/]+') +
          '$',
      ),
    }),
  )

  return {
    async check(method, url, res) {
      const path = new URL(url, 'http://test.local').pathname
      const route = routes.find((r) => r.pattern.test(path))
      const op = route?.operations[method.toLowerCase()]
      if (!route || !op) return // not a route: the app's 404 for unknown paths
      const where = `${method} ${path} (${route.template})`
      const documented = op.responses[String(res.status)]
      if (!documented)
        throw new Error(
          `${where} answered ${res.status}, which the OpenAPI document does not list (it lists ${Object.keys(op.responses).join(', ')})`,
        )
      const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim()
      const content = documented.content ?? {}
      if (!type) {
        if (Object.keys(content).length > 0 && res.status !== 204)
          throw new Error(`${where} answered ${res.status} without a body; the document gives one`)
        return
      }
      if (!(type in content))
        throw new Error(
          `${where} answered ${res.status} as ${type}; the document says ${Object.keys(content).join(', ') || 'no body'}`,
        )
      if (!/json$/.test(type) || content[type]!.schema === undefined) return
      const body = (await res.clone().json()) as never
      const at = pointer(
        'paths',
        route.template,
        method.toLowerCase(),
        'responses',
        String(res.status),
        'content',
        type,
        'schema',
      )
      let compiled = validators.get(at)
      if (!compiled) validators.set(at, (compiled = validate(`${base}#${at}`)))
      const output = (await compiled)(body, 'BASIC')
      if (!output.valid) {
        const errors = (output.errors ?? [])
          .filter(
            (e: OutputUnit) =>
              !/applicator|core|validation#|\/(anyOf|allOf|oneOf|\$ref)$/.test(e.keyword) || true,
          )
          .slice(0, 8)
          .map(
            (e: OutputUnit) =>
              `${e.instanceLocation} ${e.keyword.split('/').pop()} (${e.absoluteKeywordLocation.split('#').pop()})`,
          )
        throw new Error(
          `${where} answered ${res.status} with a body the document does not describe:\n  ${errors.join('\n  ')}\n  body: ${JSON.stringify(body).slice(0, 500)}`,
        )
      }
    },
  }
}
