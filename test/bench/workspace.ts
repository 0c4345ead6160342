// Figure 5: the owners' response workspace of one questionnaire. The response table's first page,
// a deep page (the one after the middle response) and a filtered first page (the dashboard's
// filter), each asked `repeats` times after two warm-ups; one exclusion and its restoration end
// to end through the API, each checked against the analytics and the score right after (the
// aggregates must move by exactly one and come back); and every response of the quietest link
// excluded at once and restored. Times are wall time to the last byte, one request at a time.
import Database from 'better-sqlite3'
import { encodeCursor } from '../../server/features/response-workspace/cursor'
import type { DashboardFilter } from './dashboard'
import { procStatusBytes, resetPeakRss } from './server-process'
import { percentile } from './stats'

export interface Timing {
  p50: number
  p95: number
}

export interface WorkspaceFigure {
  firstPage: Timing
  deepPage: Timing & { offset: number }
  filteredPage: Timing & { rows: number }
  exclude: Timing & { samples: number }
  restore: Timing
  /** Every exclusion and restoration moved the analytics total and the score's n by one. */
  exact: boolean
  bulk: {
    responses: number
    excludeSeconds: number
    restoreSeconds: number
    exact: boolean
    /** The server's peak RSS over the bulk exclusion and its restoration, and before it. */
    peakRss: number
    rssBefore: number
  }
}

interface Target {
  baseUrl: string
  serverPid: number
  cookie: string
  databasePath: string
  programId: number
  questionnaireId: number
  /** The links answers arrive through, busiest first (the last is the quietest). */
  linkIds: number[]
}

async function request(t: Target, method: string, path: string, json?: unknown) {
  const started = performance.now()
  const res = await fetch(t.baseUrl + path, {
    method,
    headers: {
      cookie: t.cookie,
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  const body = await res.text()
  const ms = performance.now() - started
  if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${body.slice(0, 300)}`)
  return { ms, body: JSON.parse(body) }
}

async function timeGets(t: Target, path: string, repeats: number) {
  for (let i = 0; i < 2; i++) await request(t, 'GET', path)
  const times: number[] = []
  let body: any
  for (let i = 0; i < repeats; i++) {
    const r = await request(t, 'GET', path)
    times.push(r.ms)
    body = r.body
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), body }
}

const timing = (times: number[]): Timing => ({
  p50: percentile(times, 50),
  p95: percentile(times, 95),
})

/** The analytics total and the score's n of the questionnaire, every day. */
async function counted(t: Target) {
  const q = `questionnaire=${t.questionnaireId}`
  const a = await request(t, 'GET', `/api/programs/${t.programId}/analytics?${q}`)
  const s = await request(t, 'GET', `/api/programs/${t.programId}/score?${q}&from=2000-01-01`)
  return { total: a.body.total as number, n: s.body.n as number }
}

/** The id of the response `offset` places below the newest (read from the file, read-only). */
function idAtOffset(t: Target, offset: number): number {
  const db = new Database(t.databasePath, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        'select id from responses where questionnaire_id = ? order by id desc limit 1 offset ?',
      )
      .get(t.questionnaireId, offset) as { id: number }
    return row.id
  } finally {
    db.close()
  }
}

export async function measureWorkspace(
  target: Target,
  size: number,
  filter: DashboardFilter,
  repeats: number,
): Promise<WorkspaceFigure> {
  const list = `/api/questionnaires/${target.questionnaireId}/responses?limit=50`
  const first = await timeGets(target, list, repeats)
  const offset = Math.floor(size / 2)
  const deep = await timeGets(
    target,
    `${list}&after=${encodeCursor(idAtOffset(target, offset))}`,
    repeats,
  )
  const filtered = await timeGets(
    target,
    `${list}&from=${filter.from}&to=${filter.to}&segment.${filter.segment.code}=${filter.segment.value}`,
    repeats,
  )

  // One response at a time: excluded, checked, restored, checked.
  const ids = (first.body.items as { id: number }[]).map((r) => r.id)
  const before = await counted(target)
  const excludeTimes: number[] = []
  const restoreTimes: number[] = []
  let exact = true
  for (let i = 0; i < repeats + 2; i++) {
    const id = ids[i % ids.length]!
    const out = await request(target, 'POST', `/api/responses/${id}/exclusion`, {
      reason: 'Bench: uji coba',
    })
    const during = await counted(target)
    const back = await request(target, 'DELETE', `/api/responses/${id}/exclusion`)
    const after = await counted(target)
    exact &&=
      during.total === before.total - 1 &&
      during.n === before.n - 1 &&
      after.total === before.total &&
      after.n === before.n
    if (i < 2) continue
    excludeTimes.push(out.ms)
    restoreTimes.push(back.ms)
  }

  // Everything that came through the quietest link, out and back in.
  const link = `link=${target.linkIds.at(-1)}`
  const bulkPath = `/api/questionnaires/${target.questionnaireId}/exclusions?${link}`
  const rssBefore = procStatusBytes(target.serverPid, 'VmRSS')
  const reset = resetPeakRss(target.serverPid)
  let sampled = rssBefore
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, procStatusBytes(target.serverPid, 'VmRSS'))
  }, 50)
  const out = await request(target, 'POST', bulkPath, { reason: 'Bench: tautan uji coba' })
  const during = await counted(target)
  const back = await request(target, 'DELETE', bulkPath)
  clearInterval(sampler)
  const peakRss = Math.max(sampled, reset ? procStatusBytes(target.serverPid, 'VmHWM') : 0)
  const after = await counted(target)
  const responses = out.body.excluded as number

  return {
    firstPage: { p50: first.p50, p95: first.p95 },
    deepPage: { p50: deep.p50, p95: deep.p95, offset },
    filteredPage: { p50: filtered.p50, p95: filtered.p95, rows: filtered.body.items.length },
    exclude: { ...timing(excludeTimes), samples: excludeTimes.length },
    restore: timing(restoreTimes),
    exact,
    bulk: {
      responses,
      excludeSeconds: out.ms / 1000,
      restoreSeconds: back.ms / 1000,
      exact:
        back.body.restored === responses &&
        during.total === before.total - responses &&
        during.n === before.n - responses &&
        after.total === before.total &&
        after.n === before.n,
      peakRss,
      rssBefore,
    },
  }
}
