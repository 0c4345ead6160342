// Anonymised raw responses of a questionnaire, streamed as CSV, XLSX (exceljs' streaming
// WorkbookWriter) or a JSON array with constant memory: responses are read a page at a time and
// each page is written before the next is read. Personal questions are left out unless an admin
// asks for them, and such an export is audited.
import { PassThrough, Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { localDateTime } from '../../domain/calendar'
import type { AppDeps } from '../../deps'
import { AppError, said } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import type { ExcludedFilter } from '../aggregates/read/raw-rows'
import { parseSelection, type SelectionQuery } from '../aggregates/read/selection'
import { recordAudit } from '../audit/service'
import { loadProgramQuestionnaires } from '../questionnaires/catalog'
import { getQuestionnaireForRead } from '../questionnaires/service'
import { safeCell } from './cell-safety'
import { codebook, codebookRows, type CodebookEntry } from './codebook'
import { csvRecord } from './csv-record'
import { rawLayout, rawRow, versionMap, type RowContext } from './raw-columns'
import * as repo from './repository'

// Small pages keep the memory of a long export flat: with 2,000 rows a page stayed alive across
// young-generation collections and was promoted, and the heap grew by ~150 MB over a
// 1,000,000-row export; with 500 it grows by ~25 MB, and the export is no slower.
const PAGE_SIZE = 500

export type RawFormat = 'csv' | 'xlsx' | 'json'

export interface RawExport {
  questionnaireId: number
  title: string
  ctx: RowContext
  codebook: CodebookEntry[]
  pages: () => AsyncGenerator<repo.ResponsePageRow[]>
}

export interface RawOptions {
  /** The list's filters: period, link, segment.KEY=VALUE, excluded (0, 1 or all). */
  query: SelectionQuery & { excluded?: string }
  includePersonal: boolean
  /** Option labels (in the wording of each response's version) instead of codes. */
  labels: boolean
  format: RawFormat | 'codebook' | 'sps'
  now: Date
}

const EXCLUDED: Record<string, ExcludedFilter> = { '0': 'counted', '1': 'excluded', all: 'all' }

/**
 * Checks access (and the admin rule for personal answers, audited), resolves the filters against
 * the questionnaire and lays out the columns.
 */
export async function prepareRawExport(
  deps: Pick<AppDeps, 'db' | 'aggregates'>,
  user: SessionUser,
  questionnaireId: number,
  opts: RawOptions,
): Promise<RawExport> {
  const { db } = deps
  const { program } = await getQuestionnaireForRead(db, user, questionnaireId)
  if (opts.includePersonal) {
    if (user.role !== 'admin') throw AppError.forbidden(said('export.personal-admins'))
    await recordAudit(db, opts.now, {
      userId: user.id,
      action: 'responses.export_personal',
      objectType: 'questionnaire',
      objectId: questionnaireId,
      after: { format: opts.format, includePersonal: true },
    })
  }
  const questionnaire = (await loadProgramQuestionnaires(db, program.id)).find(
    (q) => q.id === questionnaireId,
  )!
  const selection = parseSelection(opts.query, [questionnaire], questionnaireId)
  // Segment filters read response_segments, which the writer fills with the aggregates.
  if (Object.keys(selection.segments).length > 0) await deps.aggregates.settle()
  const excluded = EXCLUDED[opts.query.excluded ?? '0'] ?? 'counted'
  const newestFirst = [...questionnaire.versions].reverse()
  const definitions = newestFirst.map((v) => v.definition)
  const layout = rawLayout(definitions, {
    includePersonal: opts.includePersonal,
    includeExcluded: excluded !== 'counted',
  })
  return {
    questionnaireId,
    title: `${questionnaire.title} (${program.name})`,
    ctx: {
      layout,
      timeZone: program.timeZone,
      labels: opts.labels,
      versions: versionMap(questionnaire.versions),
      channels: new Map(questionnaire.links.map((l) => [l.id, l.channel])),
    },
    codebook: codebook(layout, definitions),
    pages: async function* () {
      let after = 0
      for (;;) {
        const page = await repo.responsesAfter(db, selection, excluded, after, PAGE_SIZE)
        if (page.length > 0) yield page
        if (page.length < PAGE_SIZE) return
        after = page[page.length - 1]!.id
      }
    },
  }
}

/** A byte stream that asks `chunks` for the next piece only when the reader wants more. */
function pulled(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(next.value))
    },
    async cancel() {
      await chunks.return(undefined)
    },
  })
}

export function rawCsv(exp: RawExport): ReadableStream<Uint8Array> {
  const { ctx } = exp
  return pulled(
    (async function* () {
      // A BOM so that spreadsheet programs read the UTF-8 text right.
      yield '\uFEFF' + csvRecord(ctx.layout.headers)
      for await (const page of exp.pages()) {
        let chunk = ''
        for (const r of page) chunk += csvRecord(rawRow(r, ctx).map((v) => safeCell(v)))
        yield chunk
      }
    })(),
  )
}

export function rawJson(exp: RawExport): ReadableStream<Uint8Array> {
  const { ctx } = exp
  const codes = ctx.layout.questions.filter((q) => q.type !== 'segment').map((q) => q.code)
  const segments = ctx.layout.questions.filter((q) => q.type === 'segment').map((q) => q.code)
  const pick = (answers: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(keys.filter((c) => answers[c] !== undefined).map((c) => [c, answers[c]]))
  const labelOf = (r: repo.ResponsePageRow) => {
    const values = rawRow(r, ctx)
    const offset = ctx.layout.headers.indexOf(ctx.layout.questions[0]?.code ?? '')
    return Object.fromEntries(
      ctx.layout.questions
        .map((q, i) => [q.code, values[offset + i]] as const)
        .filter(([, v]) => v !== null),
    )
  }
  return pulled(
    (async function* () {
      let first = true
      yield '['
      for await (const page of exp.pages()) {
        const items = page.map((r) => {
          const answers = JSON.parse(r.answers) as Record<string, unknown>
          return JSON.stringify({
            receipt: r.receipt,
            submittedAt: localDateTime(r.submitted_at, ctx.timeZone),
            version: ctx.versions.get(r.version_id)?.version ?? null,
            channel: ctx.channels.get(r.link_id) ?? null,
            ...(ctx.layout.includeExcluded
              ? { excluded: r.excluded_at !== null, excludedReason: r.excluded_reason }
              : {}),
            answers: pick(answers, codes),
            segments: pick(answers, segments),
            ...(ctx.labels ? { labels: labelOf(r) } : {}),
            impactScore: r.impact === null ? null : 5 * r.impact,
          })
        })
        yield (first ? '' : ',') + items.join(',')
        first = false
      }
      yield ']'
    })(),
  )
}

/** Resolves once `out` wants more data, or has been closed by a reader that went away. */
const drained = (out: PassThrough) =>
  new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done)
      out.off('close', done)
      resolve()
    }
    out.once('drain', done)
    out.once('close', done)
  })

export function rawXlsx(exp: RawExport): ReadableStream<Uint8Array> {
  const out = new PassThrough()
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true })
  const sheet = wb.addWorksheet('Respons', { views: [{ state: 'frozen', ySplit: 1 }] })
  const { headers } = exp.ctx.layout
  sheet.columns = headers.map((h) => ({
    header: h,
    key: h,
    width: Math.max(10, Math.min(40, h.length + 4)),
    ...(h === 'impact_score' ? { style: { numFmt: '0.00' } } : {}),
  }))
  const write = async () => {
    sheet.getRow(1).font = { bold: true }
    sheet.getRow(1).commit()
    for await (const page of exp.pages()) {
      for (const r of page) sheet.addRow(rawRow(r, exp.ctx).map((v) => safeCell(v))).commit()
      if (out.destroyed) return
      if (out.writableNeedDrain) await drained(out)
    }
    sheet.commit()
    const book = wb.addWorksheet('Kodebook', { views: [{ state: 'frozen', ySplit: 1 }] })
    book.columns = [16, 40, 40, 10, 12, 30, 30, 12].map((width) => ({ width }))
    codebookRows(exp.codebook).forEach((values, i) => {
      const row = book.addRow(values.map((v) => safeCell(v)))
      if (i === 0) row.font = { bold: true }
      row.commit()
    })
    book.commit()
    await wb.commit()
  }
  write().catch((error: unknown) => out.destroy(error as Error))
  return Readable.toWeb(out) as ReadableStream<Uint8Array>
}

/** The codebook as a CSV of its own (beside the raw CSV). */
export function codebookCsv(exp: RawExport): string {
  return (
    '\uFEFF' +
    codebookRows(exp.codebook)
      .map((r) => csvRecord(r.map((v) => safeCell(v))))
      .join('')
  )
}
