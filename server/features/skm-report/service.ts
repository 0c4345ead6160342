// GET /api/questionnaires/:id/skm-report.(pdf|docx) and /api/agencies/:id/skm-report.(pdf|docx):
// access (the program's or the agency's readers: admin, its owners, its region's evaluators),
// the period, a settle of the aggregates, the figures, then one of the two renderers.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { AppDeps } from '../../deps'
import { todayIn } from '../../domain/calendar'
import { periodFromCode, periodOfRange, previousPeriod, type Period } from '../../domain/periods'
import { AppError, fieldIssue, said } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { readsRegion } from '../../http/region-scope'
import { findAgency } from '../agencies/service'
import { listPrograms, type Program } from '../programs/service'
import { loadProgramQuestionnaires, type CatalogQuestionnaire } from '../questionnaires/catalog'
import { getQuestionnaireForRead } from '../questionnaires/service'
import { findRegion } from '../regions/service'
import { reportDocx } from './docx'
import type { ReportDocument } from './document'
import { readUnitReport, type UnitReport } from './model'
import { reportPdf } from './pdf'
import { agencyReportDocument, unitReportDocument } from './report-document'
import type { ReportQuery } from './schemas'

export type ReportFormat = 'pdf' | 'docx'
type Deps = Pick<AppDeps, 'db' | 'aggregates' | 'now'>

/** The period asked for: a code, a day range, or the default year. */
function periodOf(query: ReportQuery, defaultYear: number): Period {
  if (query.period) return periodFromCode(query.period)!
  if (query.from && query.to) return periodOfRange(query.from, query.to)
  return periodFromCode(String(defaultYear))!
}

/** Questionnaires built on the SKM template that have a published version. */
const isSkm = (q: CatalogQuestionnaire) => q.versions.some((v) => v.definition.kind === 'skm')

const render = (doc: ReportDocument, format: ReportFormat) =>
  format === 'pdf' ? reportPdf(doc) : reportDocx(doc)

/** A file name part: lower case letters, digits and dashes. */
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)

const periodSlug = (p: Period) => p.code ?? `${p.from}_${p.to}`

async function regionOf(db: Kysely<Database>, regionId: number) {
  const region = await findRegion(db, regionId)
  return { name: region?.name ?? '', code: region?.code ?? '' }
}

async function unitReport(
  deps: Deps,
  program: Program,
  questionnaire: CatalogQuestionnaire,
  all: CatalogQuestionnaire[],
  period: Period,
): Promise<UnitReport> {
  const today = todayIn(program.timeZone, deps.now().getTime())
  return readUnitReport(deps.db, {
    program,
    region: await regionOf(deps.db, program.regionId),
    questionnaire,
    all,
    period,
    previous: previousPeriod(period),
    asOf: period.to < today ? period.to : today,
  })
}

/** The SKM report of one questionnaire, as a file (bytes and name without extension). */
export async function questionnaireReport(
  deps: Deps,
  user: SessionUser,
  questionnaireId: number,
  query: ReportQuery,
  format: ReportFormat,
) {
  const { program } = await getQuestionnaireForRead(deps.db, user, questionnaireId)
  const all = await loadProgramQuestionnaires(deps.db, program.id)
  const questionnaire = all.find((q) => q.id === questionnaireId)!
  if (!isSkm(questionnaire)) {
    throw AppError.invalid(
      [fieldIssue('id', 'report.questionnaire-not-skm')],
      said('report.needs-skm'),
    )
  }
  const period = periodOf(query, program.year)
  await deps.aggregates.settle()
  const unit = await unitReport(deps, program, questionnaire, all, period)
  const today = todayIn(program.timeZone, deps.now().getTime())
  const body = await render(unitReportDocument(unit, today), format)
  return { body, name: `laporan-skm-${slug(program.name)}-${periodSlug(period)}` }
}

/** Who may read an agency's report: admins, its owners, evaluators whose scope holds its region. */
function checkAgencyReader(
  user: SessionUser,
  agency: { id: number },
  region: { id: number; code: string } | undefined,
) {
  const allowed =
    user.role === 'admin' ||
    (user.role === 'owner' && user.agencyId === agency.id) ||
    (user.role === 'evaluator' && region !== undefined && readsRegion(user, region))
  if (!allowed) throw AppError.forbidden(said('agency.out-of-scope'))
}

/** The SKM report of every SKM questionnaire of an agency's programs. */
export async function agencyReport(
  deps: Deps,
  user: SessionUser,
  agencyId: number,
  query: ReportQuery,
  format: ReportFormat,
) {
  const agency = await findAgency(deps.db, agencyId)
  if (!agency) throw AppError.notFound('agency')
  const region = await findRegion(deps.db, agency.regionId)
  checkAgencyReader(user, agency, region)
  const today = todayIn(region?.timeZone ?? 'Asia/Jakarta', deps.now().getTime())
  const period = periodOf(query, Number(today.slice(0, 4)))
  const { items: programs } = await listPrograms(
    deps.db,
    user,
    { agencyId },
    { limit: 1000, offset: 0 },
  )
  const found: { program: Program; q: CatalogQuestionnaire; all: CatalogQuestionnaire[] }[] = []
  for (const program of programs) {
    const all = await loadProgramQuestionnaires(deps.db, program.id)
    for (const q of all.filter(isSkm)) found.push({ program, q, all })
  }
  if (found.length === 0) {
    throw AppError.invalid([fieldIssue('id', 'report.agency-no-skm')], said('report.needs-skm'))
  }
  await deps.aggregates.settle()
  const units: UnitReport[] = []
  for (const f of found) units.push(await unitReport(deps, f.program, f.q, f.all, period))
  const doc = agencyReportDocument(agency, await regionOf(deps.db, agency.regionId), units, today)
  return {
    body: await render(doc, format),
    name: `laporan-skm-${slug(agency.code)}-${periodSlug(period)}`,
  }
}
