// The SKM report (Laporan SKM) as PDF or editable DOCX: GET
// /api/questionnaires/:id/skm-report.(pdf|docx) for one SKM questionnaire and
// /api/agencies/:id/skm-report.(pdf|docx) for every SKM questionnaire of an agency, over
// ?period=2024|2024-S1|2024-Q2 or ?from&to (admin, owners, evaluators within their scope).
import { Hono, type Context } from 'hono'
import { describeRoute } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { problems } from '../../http/openapi-responses'
import { requireUser } from '../../http/permissions'
import { validate } from '../../http/validate'
import { ReportParamSchema, ReportQuerySchema, type ReportQuery } from './schemas'
import { agencyReport, questionnaireReport, type ReportFormat } from './service'

const TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

const described = (format: ReportFormat, of: string) =>
  describeRoute({
    tags: ['skm-report'],
    summary: `The SKM report of ${of} as ${format.toUpperCase()} (its readers), over ?period or ?from&to`,
    responses: {
      200: { description: 'An attachment', content: { [TYPES[format]]: {} } },
      ...problems(404),
    },
  })

type Maker = typeof questionnaireReport

export function skmReportRoutes(deps: AppDeps) {
  const send = (make: Maker, format: ReportFormat) => async (c: Context<AppEnv>) => {
    const id = Number(c.req.param('id'))
    const query = c.req.query() as ReportQuery // validated by the route's middleware
    const file = await make(deps, requireUser(c), id, query, format)
    return c.body(new Uint8Array(file.body), 200, {
      'content-type': TYPES[format],
      'content-disposition': `attachment; filename="${file.name}.${format}"`,
      'cache-control': 'no-store',
    })
  }
  const route = (make: Maker, format: ReportFormat, of: string) =>
    [
      described(format, of),
      validate('param', ReportParamSchema),
      validate('query', ReportQuerySchema),
      send(make, format),
    ] as const
  const one = 'one SKM questionnaire'
  const all = 'every SKM questionnaire of an agency'
  return new Hono<AppEnv>()
    .get('/questionnaires/:id/skm-report.pdf', ...route(questionnaireReport, 'pdf', one))
    .get('/questionnaires/:id/skm-report.docx', ...route(questionnaireReport, 'docx', one))
    .get('/agencies/:id/skm-report.pdf', ...route(agencyReport, 'pdf', all))
    .get('/agencies/:id/skm-report.docx', ...route(agencyReport, 'docx', all))
}
