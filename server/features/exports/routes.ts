// Downloads: the evaluation sheet (GET /api/evaluations/:regionId/:year/export.csv|xlsx|pdf|json,
// admin and the region's evaluators), the comparison of a year (GET /api/evaluations/export.*)
// and a region's trajectory (GET /api/evaluations/:regionId/export.*) and a questionnaire's anonymised raw responses, streamed
// (GET /api/questionnaires/:id/responses.csv|xlsx|json, readers of its program).
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { describeRoute } from 'hono-openapi'
import * as v from 'valibot'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { problems } from '../../http/openapi-responses'
import { requireRole, requireUser } from '../../http/permissions'
import { SELECTION_QUERY, selectionQuerySchema } from '../aggregates/read/selection'
import {
  ComparisonQuerySchema,
  EvaluationParamSchema,
  RegionParamSchema,
} from '../evaluations/schemas'
import type { RawFormat } from './raw-responses'
import {
  codebookFile,
  comparisonFile,
  evaluationFile,
  rawResponsesFile,
  spssFile,
  trajectoryFile,
  type EvaluationFormat,
} from './service'

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  sps: 'text/plain; charset=utf-8',
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
  id: v.pipe(v.string(), v.regex(/^[1-9]\d{0,11}$/, 'id.questionnaire')),
})
const RawQuerySchema = selectionQuerySchema({
  ...SELECTION_QUERY,
  /** 1: include questions marked personal (admins only; audited). */
  includePersonal: v.optional(v.picklist(['0', '1'], 'flag.value')),
  /** 1: option labels (the wording of each response's version) instead of codes. */
  labels: v.optional(v.picklist(['0', '1'], 'flag.value')),
  /** 0 (default): counted responses; 1: only excluded ones; all: both, marked. */
  excluded: v.optional(v.picklist(['0', '1', 'all'], 'flag.filter')),
})
type RawQuery = v.InferOutput<typeof RawQuerySchema>

const rawOptions = (query: RawQuery, now: Date) => ({
  query,
  includePersonal: query.includePersonal === '1',
  labels: query.labels === '1',
  now,
})

const RAW_FILTERS =
  'Filters: from, to (YYYY-MM-DD, the region calendar), link, segment.KEY=VALUE, excluded (0 counted, 1 excluded, all marked); labels=1 for labels instead of codes; includePersonal=1 (admins, audited).'

export function exportRoutes(deps: AppDeps) {
  const evaluation = (format: EvaluationFormat) => async (c: Context<AppEnv>) => {
    const { regionId, year } = c.req.param() as { regionId: string; year: string }
    const user = requireUser(c)
    const file = await evaluationFile(deps, user, Number(regionId), Number(year), format)
    return c.body(file.body, 200, download(format, file.name))
  }
  const evaluationRoute = (format: EvaluationFormat) =>
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

  type AcrossFormat = 'csv' | 'xlsx' | 'pdf'
  const comparisonRoute = (format: AcrossFormat) =>
    [
      describeRoute({
        tags: ['exports'],
        summary: `The comparison of a year as ${format.toUpperCase()}: ranks, components, status, source, coverage and the ranking rule, with the index chart as text (admin, evaluators; their scope)`,
        responses: attachment(format, 'An attachment'),
      }),
      evaluators,
      validate('query', ComparisonQuerySchema),
      async (c: Context<AppEnv>) => {
        const query = c.req.query() as never
        const file = await comparisonFile(deps, requireUser(c), query, format)
        return c.body(file.body, 200, download(format, file.name))
      },
    ] as const
  const trajectoryRoute = (format: AcrossFormat) =>
    [
      describeRoute({
        tags: ['exports'],
        summary: `A region's trajectory as ${format.toUpperCase()}: its years, changes, SPBE context and program history, with charts as text (admin, evaluators of the region)`,
        responses: attachment(format, 'An attachment'),
      }),
      evaluators,
      validate('param', RegionParamSchema),
      async (c: Context<AppEnv>) => {
        const regionId = Number(c.req.param('regionId'))
        const file = await trajectoryFile(deps, requireUser(c), regionId, format)
        return c.body(file.body, 200, download(format, file.name))
      },
    ] as const

  const raw = (format: RawFormat | 'codebook' | 'sps') => async (c: Context<AppEnv>) => {
    const id = Number(c.req.param('id'))
    const opts = rawOptions(c.req.query() as RawQuery, deps.now())
    const user = requireUser(c)
    if (format === 'codebook') {
      const file = await codebookFile(deps, user, id, { ...opts, format })
      return c.body(file.body, 200, download('csv', file.name))
    }
    if (format === 'sps') {
      const file = await spssFile(deps, user, id, { ...opts, format })
      return c.body(file.body, 200, download('sps', file.name))
    }
    const file = await rawResponsesFile(deps, user, id, { ...opts, format })
    return c.body(file.body, 200, download(format, file.name))
  }
  const SUMMARIES = {
    csv: 'Raw responses as CSV, streamed',
    xlsx: 'Raw responses as XLSX (sheets Respons and Kodebook), streamed',
    json: 'Raw responses as a JSON array, streamed',
    codebook:
      'The codebook of the raw export as CSV: every column, its question, type, codes and labels',
    sps: 'SPSS syntax that reads the CSV (codes) with variable and value labels',
  }
  const rawRoute = (format: RawFormat | 'codebook' | 'sps') =>
    [
      describeRoute({
        tags: ['exports'],
        summary: `${SUMMARIES[format]} (readers of the program)`,
        description: RAW_FILTERS,
        responses: attachment(
          format === 'codebook' ? 'csv' : format,
          'An attachment, one row per response',
        ),
      }),
      validate('param', RawParamSchema),
      validate('query', RawQuerySchema),
      raw(format),
    ] as const

  return new Hono<AppEnv>()
    .get('/evaluations/export.csv', ...comparisonRoute('csv'))
    .get('/evaluations/export.xlsx', ...comparisonRoute('xlsx'))
    .get('/evaluations/export.pdf', ...comparisonRoute('pdf'))
    .get('/evaluations/:regionId{[0-9]+}/export.csv', ...trajectoryRoute('csv'))
    .get('/evaluations/:regionId{[0-9]+}/export.xlsx', ...trajectoryRoute('xlsx'))
    .get('/evaluations/:regionId{[0-9]+}/export.pdf', ...trajectoryRoute('pdf'))
    .get('/evaluations/:regionId/:year/export.csv', ...evaluationRoute('csv'))
    .get('/evaluations/:regionId/:year/export.xlsx', ...evaluationRoute('xlsx'))
    .get('/evaluations/:regionId/:year/export.pdf', ...evaluationRoute('pdf'))
    .get('/evaluations/:regionId/:year/export.json', ...evaluationRoute('json'))
    .get('/questionnaires/:id/responses.csv', ...rawRoute('csv'))
    .get('/questionnaires/:id/responses.xlsx', ...rawRoute('xlsx'))
    .get('/questionnaires/:id/responses.json', ...rawRoute('json'))
    .get('/questionnaires/:id/responses.sps', ...rawRoute('sps'))
    .get('/questionnaires/:id/codebook.csv', ...rawRoute('codebook'))
}
