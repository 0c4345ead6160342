// A timed flush of the deferred aggregates writes its segment rows a slice of responses per
// transaction, letting batches commit in between, and its sums last; a read that settles in the
// middle finishes it. Either way every response is counted once, to the sums a rebuild gives.
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { validateAnswers, type Answers } from '../../server/domain/questionnaire'
import { scoreRespondent } from '../../server/domain/scoring'
import { localDay } from '../../server/domain/calendar'
import { countingPlan } from '../../server/features/aggregates/counting-plan'
import {
  deferredAggregates,
  MAX_PENDING,
  SEGMENT_SLICE,
  type DeferredAggregates,
} from '../../server/features/aggregates/write/sqlite/deferred'
import { aggregatePendingResponses } from '../../server/features/aggregates/write/sqlite/recovery'
import {
  storeSubmissions,
  type ScoredResponse,
} from '../../server/features/responses/sqlite/store-responses'
import { seedForm, skmAnswers, type SeededForm } from '../support/seed-form'
import { DERIVED_TABLES, derivedSnapshot } from '../support/aggregate-snapshot'
import { createTestApp, type TestApp } from '../support/test-app'

/** Two segment answers per response (age and gender), so two segment rows each. */
const SEGMENTS = 2
const FLUSH_MS = 100

let t: TestApp
let form: SeededForm
let versionId: number
let deferred: DeferredAggregates
let written = 0

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0, aggregateFlushMs: 3_600_000 })
  form = await seedForm(t, { template: 'skm', link: { allowMultiple: true } })
  versionId = (
    await t.deps.db
      .selectFrom('questionnaire_versions')
      .select('id')
      .where('questionnaire_id', '=', form.questionnaireId)
      .executeTakeFirstOrThrow()
  ).id
  // This connection's own deferred aggregates (the app's submissions go through its writer
  // thread, which has another): driven here by fake timers.
  deferred = deferredAggregates(t.deps.sqlite!, { flushDelayMs: FLUSH_MS })
}, 60_000)
afterAll(() => t.close())
afterEach(() => {
  vi.useRealTimers()
})

function responses(n: number): ScoredResponse[] {
  return Array.from({ length: n }, () => {
    const i = written++
    const checked = validateAnswers(
      form.definition,
      skmAnswers({ age: ['20-29', '30-39'][i % 2], U2: (i % 4) + 1 }),
    )
    if (!checked.ok) throw new Error('invalid test answers')
    const answers = checked.answers as Answers
    return {
      questionnaireId: form.questionnaireId,
      versionId,
      programId: form.programId,
      linkId: form.linkId,
      plan: countingPlan(versionId, form.definition),
      submittedAt: new Date(Date.UTC(2024, 6, 1 + (i % 3), 5)).toISOString(),
      day: `2024-07-0${1 + (i % 3)}`,
      idempotencyKey: randomUUID(),
      deviceToken: null,
      answers,
      score: scoreRespondent(form.definition, answers),
    }
  })
}

/** Stores responses as the writer thread does and hands them to this connection's sums. */
function write(items: ScoredResponse[]) {
  deferred.add(storeSubmissions(t.deps.sqlite!, items).stored)
}

const one = (query: string) =>
  Number((t.deps.sqlite!.prepare(query).get(form.questionnaireId) as { n: number | null }).n ?? 0)
const state = () => ({
  pending: one(
    'select count(*) as n from agg_pending p join responses r on r.id = p.response_id where r.questionnaire_id = ?',
  ),
  segmentRows: one('select count(*) as n from response_segments where questionnaire_id = ?'),
  aggregated: one('select sum(responses) as n from agg_daily where questionnaire_id = ?'),
})

const snapshot = () => derivedSnapshot(t.deps.db, form.questionnaireId)

/** The same rows rebuilt from scratch out of the stored responses. */
async function rebuilt() {
  for (const table of DERIVED_TABLES) {
    await t.deps.db.deleteFrom(table).where('questionnaire_id', '=', form.questionnaireId).execute()
  }
  await sql`insert into agg_pending (response_id)
    select id from responses where questionnaire_id = ${form.questionnaireId}`.execute(t.deps.db)
  aggregatePendingResponses(t.deps.sqlite!)
  return snapshot()
}

const fake = () =>
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] })

describe('a timed flush in slices', () => {
  it('writes segment rows a slice per turn, then the sums, with batches committed between', async () => {
    fake()
    const n = 2 * SEGMENT_SLICE + 50
    write(responses(n))
    expect(state()).toEqual({ pending: n, segmentRows: 0, aggregated: 0 })

    vi.advanceTimersToNextTimer() // the flush is due: its first slice
    expect(state()).toEqual({ pending: n, segmentRows: SEGMENT_SLICE * SEGMENTS, aggregated: 0 })

    // A batch arrives between two slices: committed now, summed with the next flush.
    write(responses(5))
    expect(state().pending).toBe(n + 5)

    vi.advanceTimersToNextTimer() // the second slice
    expect(state()).toEqual({
      pending: n + 5,
      segmentRows: 2 * SEGMENT_SLICE * SEGMENTS,
      aggregated: 0,
    })

    vi.advanceTimersToNextTimer() // the last 50 rows with the sums, in one transaction
    expect(state()).toEqual({ pending: 5, segmentRows: n * SEGMENTS, aggregated: n })

    vi.runAllTimers() // the five that arrived meanwhile, on the next timer
    expect(state()).toEqual({ pending: 0, segmentRows: (n + 5) * SEGMENTS, aggregated: n + 5 })

    const after = await snapshot()
    expect(after).toEqual(await rebuilt())
  })

  it('a settle in the middle of a flush finishes it and what arrived since, once each', async () => {
    const before = state()
    fake()
    const n = 3 * SEGMENT_SLICE
    write(responses(n))
    vi.advanceTimersToNextTimer()
    expect(state().segmentRows).toBe(before.segmentRows + SEGMENT_SLICE * SEGMENTS)
    write(responses(7))

    deferred.flush() // what a read does before it reads
    const total = n + 7
    expect(state()).toEqual({
      pending: 0,
      segmentRows: before.segmentRows + total * SEGMENTS,
      aggregated: before.aggregated + total,
    })
    vi.runAllTimers() // the slice that was scheduled is gone with the flush
    expect(state().aggregated).toBe(before.aggregated + total)

    const after = await snapshot()
    expect(after).toEqual(await rebuilt())
  })

  it('starts at once, without waiting for the timer, when MAX_PENDING responses wait', async () => {
    const before = state()
    fake()
    write(responses(MAX_PENDING - 1))
    vi.advanceTimersByTime(FLUSH_MS - 1)
    expect(state().segmentRows).toBe(before.segmentRows) // under the bound: the timer decides
    write(responses(1))
    vi.advanceTimersByTime(0) // the next turn of the event loop
    expect(state().segmentRows).toBe(before.segmentRows + SEGMENT_SLICE * SEGMENTS)
    vi.runAllTimers()
    expect(state()).toEqual({
      pending: 0,
      segmentRows: before.segmentRows + MAX_PENDING * SEGMENTS,
      aggregated: before.aggregated + MAX_PENDING,
    })
  })

  it('a flush that fails leaves its responses listed, and the next one aggregates them from the table', async () => {
    const before = state()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    t.deps.sqlite!.exec(`create temp trigger refuse_sums before insert on agg_daily
      begin select raise(abort, 'no room for sums'); end`)
    try {
      fake()
      const n = SEGMENT_SLICE + 20
      write(responses(n))
      vi.advanceTimersToNextTimer() // a slice of segment rows, committed
      vi.advanceTimersToNextTimer() // the sums: refused, rolled back
      expect(logged).toHaveBeenCalledOnce()
      expect(state()).toEqual({
        pending: n,
        segmentRows: before.segmentRows + SEGMENT_SLICE * SEGMENTS,
        aggregated: before.aggregated,
      })

      t.deps.sqlite!.exec('drop trigger refuse_sums')
      write(responses(3)) // summed in memory too, but the table is the record now
      vi.runAllTimers()
      expect(state()).toEqual({
        pending: 0,
        segmentRows: before.segmentRows + (n + 3) * SEGMENTS,
        aggregated: before.aggregated + n + 3,
      })
      const after = await snapshot()
      expect(after).toEqual(await rebuilt())
    } finally {
      t.deps.sqlite!.exec('drop trigger if exists refuse_sums')
      logged.mockRestore()
    }
  })
})
