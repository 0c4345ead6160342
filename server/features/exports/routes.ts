// Downloads: the evaluation sheet (GET /api/evaluations/:regionId/:year/export.csv|xlsx|pdf|json,
// admin and the region's evaluators) and a questionnaire's anonymised raw responses, streamed
// (GET /api/questionnaires/:id/responses.csv|xlsx|json, readers of its program).
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { describeRoute } from 'hono-openapi'
import * as v from 'valibot'
import type { AppDeps, AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { listAssessorMarks } from '../assessments/repository'
import { requireRole, requireUser } from '../auth/permissions'
import { EvaluationParamSchema } from '../evaluations/schemas'
import { getEvaluation } from '../evaluations/service'
import { evaluationCsv } from './evaluation-csv'
import { evaluationPdf } from './evaluation-pdf'
import { evaluationXlsx } from './evaluation-xlsx'
import { prepareRawExport, rawCsv, rawJson, rawXlsx, type RawFormat } from './raw-responses'

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

const file = (format: Format, what: string) => ({
  200: { description: what, content: { [TYPES[format].split(';')[0]!]: {} } },
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
    const ev = await getEvaluation(deps.db, requireUser(c), Number(regionId), Number(year))
    const headers = download(format, `evaluasi-smart-city-${ev.region.code}-${ev.year}`)
    if (format === 'csv') return c.body(evaluationCsv(ev), 200, headers)
    if (format === 'xlsx') {
      const ids = ev.dimensions.flatMap((d) => d.programs.map((p) => p.id))
      const marks = await listAssessorMarks(deps.db, ids)
      return c.body(new Uint8Array(await evaluationXlsx(ev, marks)), 200, headers)
    }
    if (format === 'pdf') return c.body(new Uint8Array(await evaluationPdf(ev)), 200, headers)
    return c.body(JSON.stringify(ev, null, 2), 200, headers)
  }
  const evaluationRoute = (format: Format) =>
    [
      describeRoute({
        tags: ['exports'],
        summary: `The evaluation sheet as ${format.toUpperCase()} (admin, the region's evaluators)`,
        responses: file(format, 'An attachment'),
      }),
      evaluators,
      validate('param', EvaluationParamSchema),
      evaluation(format),
    ] as const

  const raw = (format: RawFormat) => async (c: Context<AppEnv>) => {
    const id = Number(c.req.param('id'))
    const includePersonal = c.req.query('includePersonal') === '1'
    const exp = await prepareRawExport(deps.db, requireUser(c), id, {
      includePersonal,
      format,
      now: deps.now(),
    })
    const stream = format === 'csv' ? rawCsv(exp) : format === 'xlsx' ? rawXlsx(exp) : rawJson(exp)
    const name = `respons-kuesioner-${id}${includePersonal ? '-dengan-data-pribadi' : ''}`
    return c.body(stream, 200, download(format, name))
  }
  const rawRoute = (format: RawFormat) =>
    [
      describeRoute({
        tags: ['exports'],
        summary: `Anonymised raw responses as ${format.toUpperCase()}, streamed (readers of the program; personal questions only for admins with includePersonal=1, audited)`,
        responses: file(format, 'An attachment, one row per response'),
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
