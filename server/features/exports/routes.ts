// Downloads: the evaluation sheet (GET /api/evaluations/:regionId/:year/export.csv|xlsx|pdf|json,
// admin and the region's evaluators) and a questionnaire's anonymised raw responses, streamed
// (GET /api/questionnaires/:id/responses.csv|xlsx|json, readers of its program).
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { describeRoute } from 'hono-openapi'
import * as v from 'valibot'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { problems } from '../../http/openapi-responses'
import { requireRole, requireUser } from '../../http/permissions'
import { EvaluationParamSchema } from '../evaluations/schemas'
import type { RawFormat } from './raw-responses'
import { evaluationFile, rawResponsesFile } from './service'

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
}
type Format = keyof typeof TYPES

const download = (format: Format, filename: string) => ({
  'content-type': TYPES[format],
  'content-disposition': `attachment; filename="${filename}.${format}"`,
  'cache-control': 'no-store',
})

const attachment = (format: Format, what: string) => ({
  200: { description: what, content: { [TYPES[format].split(';')[0]!]: {} } },
  ...problems(404),
})

const evaluators: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c, 'admin', 'evaluator')
  await next()
}

const RawParamSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[1-9]\d{0,11}$/, 'Must be a questionnaire id.')),
})
const RawQuerySchema = v.object({
  /** 1: include questions marked personal (admins only; audited). */
  includePersonal: v.optional(v.picklist(['0', '1'], 'Use 1 or 0.')),
})

export function exportRoutes(deps: AppDeps) {
  const evaluation = (format: Format) => async (c: Context<AppEnv>) => {
    const { regionId, year } = c.req.param() as { regionId: string; year: string }
    const user = requireUser(c)
    const file = await evaluationFile(deps, user, Number(regionId), Number(year), format)
    return c.body(file.body, 200, download(format, file.name))
  }
  const evaluationRoute = (format: Format) =>
    [
      describeRoute({
        tags: ['exports'],
        summary: `The evaluation sheet as ${format.toUpperCase()} (admin, the region's evaluators)`,
        responses: attachment(format, 'An attachment'),
      }),
      evaluators,
      validate('param', EvaluationParamSchema),
      evaluation(format),
    ] as const

  const raw = (format: RawFormat) => async (c: Context<AppEnv>) => {
    const id = Number(c.req.param('id'))
    const includePersonal = c.req.query('includePersonal') === '1'
    const file = await rawResponsesFile(deps.db, requireUser(c), id, {
      includePersonal,
      format,
      now: deps.now(),
    })
    return c.body(file.body, 200, download(format, file.name))
  }
  const rawRoute = (format: RawFormat) =>
    [
      describeRoute({
        tags: ['exports'],
        summary: `Anonymised raw responses as ${format.toUpperCase()}, streamed (readers of the program; personal questions only for admins with includePersonal=1, audited)`,
        responses: attachment(format, 'An attachment, one row per response'),
      }),
      validate('param', RawParamSchema),
      validate('query', RawQuerySchema),
      raw(format),
    ] as const

  return new Hono<AppEnv>()
    .get('/evaluations/:regionId/:year/export.csv', ...evaluationRoute('csv'))
    .get('/evaluations/:regionId/:year/export.xlsx', ...evaluationRoute('xlsx'))
    .get('/evaluations/:regionId/:year/export.pdf', ...evaluationRoute('pdf'))
    .get('/evaluations/:regionId/:year/export.json', ...evaluationRoute('json'))
    .get('/questionnaires/:id/responses.csv', ...rawRoute('csv'))
    .get('/questionnaires/:id/responses.xlsx', ...rawRoute('xlsx'))
    .get('/questionnaires/:id/responses.json', ...rawRoute('json'))
}
