// What the download routes answer: the evaluation sheet of a region's year in each format, the
// comparison of a year and a region's trajectory, and a questionnaire's raw responses as a
// stream; access is checked by the services they call.
import type { AppDeps } from '../../deps'
import type { SessionUser } from '../../http/context'
import { listAssessorMarks } from '../assessments/service'
import { getComparison, getTrajectory } from '../evaluations/across'
import type { ComparisonQuery } from '../evaluations/schemas'
import { getEvaluation } from '../evaluations/service'
import {
  comparisonCsv,
  comparisonPdf,
  comparisonXlsx,
  trajectoryCsv,
  trajectoryPdf,
  trajectoryXlsx,
} from './across-files'
import { evaluationCsv } from './evaluation-csv'
import { evaluationPdf } from './evaluation-pdf'
import { evaluationXlsx } from './evaluation-xlsx'
import {
  codebookCsv,
  prepareRawExport,
  rawCsv,
  rawJson,
  rawXlsx,
  type RawFormat,
  type RawOptions,
} from './raw-responses'
import { spssSyntax } from './spss-syntax'

export type EvaluationFormat = 'csv' | 'xlsx' | 'pdf' | 'json'

/** The evaluation sheet as a file: its bytes and its name without extension. */
export async function evaluationFile(
  deps: Pick<AppDeps, 'db' | 'aggregates'>,
  user: SessionUser,
  regionId: number,
  year: number,
  format: EvaluationFormat,
): Promise<{ body: Uint8Array<ArrayBuffer>; name: string }> {
  const ev = await getEvaluation(deps, user, regionId, year)
  const name = `evaluasi-smart-city-${ev.region.code}-${ev.year}`
  const text = (body: string) => ({ body: new TextEncoder().encode(body), name })
  if (format === 'csv') return text(evaluationCsv(ev))
  if (format === 'xlsx') {
    const ids = ev.dimensions.flatMap((d) => d.programs.map((p) => p.id))
    const marks = await listAssessorMarks(deps.db, ids)
    return { body: new Uint8Array(await evaluationXlsx(ev, marks)), name }
  }
  if (format === 'pdf') return { body: new Uint8Array(await evaluationPdf(ev)), name }
  return text(JSON.stringify(ev, null, 2))
}

type AcrossFormat = 'csv' | 'xlsx' | 'pdf'
type AcrossDeps = Pick<AppDeps, 'db' | 'aggregates' | 'now'>

/** The comparison of a year as a file (same scope and filters as GET /api/evaluations). */
export async function comparisonFile(
  deps: AcrossDeps,
  user: SessionUser,
  query: ComparisonQuery,
  format: AcrossFormat,
) {
  const c = await getComparison(deps, user, query)
  const suffix = [query.province && `provinsi-${query.province}`, query.kind].filter(Boolean)
  const name = ['perbandingan-smart-city', String(c.year), ...suffix].join('-')
  if (format === 'csv') return { body: new TextEncoder().encode(comparisonCsv(c)), name }
  const body = format === 'xlsx' ? await comparisonXlsx(c) : await comparisonPdf(c)
  return { body: new Uint8Array(body), name }
}

/** A region's trajectory as a file. */
export async function trajectoryFile(
  deps: AcrossDeps,
  user: SessionUser,
  regionId: number,
  format: AcrossFormat,
) {
  const t = await getTrajectory(deps, user, regionId)
  const name = `lintasan-smart-city-${t.region.code}`
  if (format === 'csv') return { body: new TextEncoder().encode(trajectoryCsv(t)), name }
  const body = format === 'xlsx' ? await trajectoryXlsx(t) : await trajectoryPdf(t)
  return { body: new Uint8Array(body), name }
}

/** The file name of a questionnaire's raw responses (the SPSS syntax reads it by this name). */
export const rawFileName = (
  questionnaireId: number,
  opts: Pick<RawOptions, 'includePersonal' | 'labels'>,
) =>
  `respons-kuesioner-${questionnaireId}${opts.includePersonal ? '-dengan-data-pribadi' : ''}${opts.labels ? '-label' : ''}`

/** A questionnaire's raw responses as a stream, with the file's name without extension. */
export async function rawResponsesFile(
  deps: Pick<AppDeps, 'db' | 'aggregates'>,
  user: SessionUser,
  questionnaireId: number,
  opts: RawOptions & { format: RawFormat },
) {
  const exp = await prepareRawExport(deps, user, questionnaireId, opts)
  const { format } = opts
  const body = format === 'csv' ? rawCsv(exp) : format === 'xlsx' ? rawXlsx(exp) : rawJson(exp)
  return { body, name: rawFileName(questionnaireId, opts) }
}

/** The codebook of a questionnaire's raw export, as CSV. */
export async function codebookFile(
  deps: Pick<AppDeps, 'db' | 'aggregates'>,
  user: SessionUser,
  questionnaireId: number,
  opts: RawOptions,
) {
  const exp = await prepareRawExport(deps, user, questionnaireId, { ...opts, format: 'codebook' })
  return { body: codebookCsv(exp), name: `kodebook-kuesioner-${questionnaireId}` }
}

/** SPSS syntax that reads the codes CSV of the same filters with its labels. */
export async function spssFile(
  deps: Pick<AppDeps, 'db' | 'aggregates'>,
  user: SessionUser,
  questionnaireId: number,
  opts: RawOptions,
) {
  const codes = { ...opts, labels: false, format: 'sps' as const }
  const exp = await prepareRawExport(deps, user, questionnaireId, codes)
  const csv = `${rawFileName(questionnaireId, codes)}.csv`
  return {
    body: spssSyntax(exp.codebook, csv, exp.title),
    name: rawFileName(questionnaireId, codes),
  }
}
