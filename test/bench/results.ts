// Figures 5 and 6: a published program's public results page, and its yearly SKM report, at each
// size. The page is asked `repeats` times after two warm-ups (served from the results cache), then
// `refreshes` times right after a change of the program (a follow-up's notes edited through the
// API: like a new response it empties the program's cache entry, so that request recomputes the
// results at the size measured; a submission would be dated today and move the page to this
// year, away from the generated one); weights are the gzip bytes on the wire. The report is
// generated once as PDF and once as DOCX for the questionnaire's year, timed to the last byte.
import { gzipSync } from 'node:zlib'
import { openSqlite } from '../../db/connection'
import type { AdminApi } from './api'
import { percentile } from './stats'

export interface ResultsFigure {
  /** Cached page, ms. */
  p50: number
  p95: number
  /** The JSON API, cached, ms. */
  apiP95: number
  /** First page request after a change of the program (cache emptied), ms each. */
  refreshMs: number[]
  /** gzip bytes on the wire: program page, TV page with its script, region page. */
  pageBytes: number
  tvBytes: number
  regionBytes: number
  /** The respondents the page counted. */
  counted: number
}

export interface ReportFigure {
  pdfSeconds: number
  docxSeconds: number
  pdfBytes: number
  docxBytes: number
}

/** Publishes the program's results and enters two follow-ups on its weakest-looking elements. */
export async function publishWithFollowUps(api: AdminApi, programId: number): Promise<void> {
  await api.call('PUT', `/api/programs/${programId}/publication`, { published: true })
  for (const [code, status] of [
    ['U3', 'selesai'],
    ['U8', 'berjalan'],
  ] as const) {
    await api.call('POST', `/api/programs/${programId}/follow-ups`, {
      target: { kind: 'skm', code },
      action: `Perbaikan unsur ${code} (bench)`,
      unit: 'Bidang Pelayanan',
      dueQuarter: '2024-Q2',
      status,
    })
  }
}

/**
 * Dates the finished follow-up mid-2024, so the report and the page judge its effect on the
 * generated year (the API records today). The server must not be running on the file.
 */
export function backdateFinishedFollowUps(databasePath: string): void {
  const handle = openSqlite(databasePath)
  try {
    handle.sqlite
      .prepare("update follow_ups set finished_on = '2024-05-15' where status = 'selesai'")
      .run()
  } finally {
    handle.sqlite.close()
  }
}

async function timed(url: string, headers: Record<string, string> = {}) {
  const started = performance.now()
  const res = await fetch(url, { headers })
  const body = new Uint8Array(await res.arrayBuffer())
  const ms = performance.now() - started
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`)
  return { ms, body, encoding: res.headers.get('content-encoding') }
}

/** gzip bytes of a page on the wire (the server gzips pages for browsers that accept it). */
async function wireBytes(url: string): Promise<number> {
  const { body, encoding } = await timed(url, { 'accept-encoding': 'gzip' })
  return encoding === 'gzip' ? body.byteLength : gzipSync(body, { level: 9 }).length
}

export async function measureResults(opts: {
  baseUrl: string
  api: AdminApi
  programId: number
  regionId: number
  repeats: number
  refreshes: number
}): Promise<ResultsFigure> {
  const page = `${opts.baseUrl}/hasil/${opts.programId}`
  for (let i = 0; i < 2; i++) await timed(page)
  const times: number[] = []
  for (let i = 0; i < opts.repeats; i++) times.push((await timed(page)).ms)
  const apiTimes: number[] = []
  const api = `${opts.baseUrl}/api/public/programs/${opts.programId}/results`
  for (let i = 0; i < opts.repeats; i++) apiTimes.push((await timed(api)).ms)

  const followUps = await opts.api.call<{ items: { id: number }[] }>(
    'GET',
    `/api/programs/${opts.programId}/follow-ups`,
  )
  const refreshMs: number[] = []
  for (let i = 0; i < opts.refreshes; i++) {
    await opts.api.call('PATCH', `/api/follow-ups/${followUps.items[0]!.id}`, {
      notes: `Diperiksa ${i + 1}`,
    })
    refreshMs.push((await timed(page)).ms)
  }
  const results = (await (await fetch(api)).json()) as { n: number }
  const script = gzipSync(await (await fetch(`${opts.baseUrl}/hasil/tv.js`)).text()).length
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    apiP95: percentile(apiTimes, 95),
    refreshMs,
    pageBytes: await wireBytes(page),
    tvBytes: (await wireBytes(`${page}/tv`)) + script,
    regionBytes: await wireBytes(`${opts.baseUrl}/hasil/wilayah/${opts.regionId}`),
    counted: results.n,
  }
}

export async function measureReport(
  baseUrl: string,
  cookie: string,
  questionnaireId: number,
  period: string,
): Promise<ReportFigure> {
  const get = async (format: 'pdf' | 'docx') => {
    const url = `${baseUrl}/api/questionnaires/${questionnaireId}/skm-report.${format}?period=${period}`
    const started = performance.now()
    const res = await fetch(url, { headers: { cookie } })
    const bytes = (await res.arrayBuffer()).byteLength
    const seconds = (performance.now() - started) / 1000
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`)
    return { seconds, bytes }
  }
  const pdf = await get('pdf')
  const docx = await get('docx')
  return {
    pdfSeconds: pdf.seconds,
    docxSeconds: docx.seconds,
    pdfBytes: pdf.bytes,
    docxBytes: docx.bytes,
  }
}
