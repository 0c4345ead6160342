// Anonymised raw responses of a questionnaire, streamed as CSV, XLSX (exceljs' streaming
// WorkbookWriter) or a JSON array with constant memory: responses are read a page at a time and
// each page is written before the next is read. Personal questions are left out unless an admin
// asks for them, and such an export is audited.
import { PassThrough, Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { Definition } from '../../domain/questionnaire'
import { AppError } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import { getQuestionnaireForRead } from '../questionnaires/service'
import { safeCell } from './cell-safety'
import { csvRecord } from './csv-record'
import { rawLayout, rawRow, type RowContext } from './raw-columns'
import * as repo from './repository'

// Small pages keep the memory of a long export flat: with 2,000 rows a page stayed alive across
// young-generation collections and was promoted, and the heap grew by ~150 MB over a
// 1,000,000-row export; with 500 it grows by ~25 MB, and the export is no slower.
const PAGE_SIZE = 500

export type RawFormat = 'csv' | 'xlsx' | 'json'

export interface RawExport {
  questionnaireId: number
  ctx: RowContext
  pages: () => AsyncGenerator<repo.ResponsePageRow[]>
}

/** Checks access (and the admin rule for personal answers, audited) and lays out the columns. */
export async function prepareRawExport(
  db: Kysely<Database>,
  user: SessionUser,
  questionnaireId: number,
  opts: { includePersonal: boolean; format: RawFormat; now: Date },
): Promise<RawExport> {
  await getQuestionnaireForRead(db, user, questionnaireId)
  if (opts.includePersonal) {
    if (user.role !== 'admin') throw AppError.forbidden('Only admins export personal answers.')
    await recordAudit(db, opts.now, {
      userId: user.id,
      action: 'responses.export_personal',
      objectType: 'questionnaire',
      objectId: questionnaireId,
      after: { format: opts.format, includePersonal: true },
    })
  }
  const [versions, links] = await Promise.all([
    repo.listVersions(db, questionnaireId),
    repo.listLinks(db, questionnaireId),
  ])
  const definitions = versions.map((v) => JSON.parse(v.definition) as Definition)
  return {
    questionnaireId,
    ctx: {
      layout: rawLayout(definitions, opts.includePersonal),
      versions: new Map(versions.map((v) => [v.id, v.version])),
      channels: new Map(links.map((l) => [l.id, l.channel])),
    },
    pages: async function* () {
      let after = 0
      for (;;) {
        const page = await repo.responsesAfter(db, questionnaireId, after, PAGE_SIZE)
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
  const pick = (answers: Record<string, unknown>, codes: string[]) =>
    Object.fromEntries(codes.filter((c) => answers[c] !== undefined).map((c) => [c, answers[c]]))
  return pulled(
    (async function* () {
      let first = true
      yield '['
      for await (const page of exp.pages()) {
        const items = page.map((r) => {
          const answers = JSON.parse(r.answers) as Record<string, unknown>
          return JSON.stringify({
            receipt: r.receipt,
            submittedAt: r.submitted_at,
            version: ctx.versions.get(r.version_id) ?? null,
            channel: ctx.channels.get(r.link_id) ?? null,
            answers: pick(answers, ctx.layout.questions),
            segments: pick(answers, ctx.layout.segments),
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
    await wb.commit()
  }
  write().catch((error: unknown) => out.destroy(error as Error))
  return Readable.toWeb(out) as ReadableStream<Uint8Array>
}
