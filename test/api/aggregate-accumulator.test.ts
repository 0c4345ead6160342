// The pure part of aggregation (features/aggregates):
// the accumulator's buckets, against sums recounted naively from the same responses.
import { describe, expect, it } from 'vitest'
import { buildTemplate } from '../../server/domain/templates'
import { validateAnswers } from '../../server/domain/questionnaire'
import { scoreRespondent } from '../../server/domain/scoring'
import { localDay } from '../../server/domain/calendar'
import { countingPlan, segmentsOf } from '../../server/features/aggregates/counting-plan'
import {
  AggregateAccumulator,
  aggregateDeltas,
  type AggregateInput,
} from '../../server/features/aggregates/write/accumulator'
import { generateAnswers, seededRandom } from '../bench/answers'

/** A row's key columns (everything that is not a sum) as text. */
const isSum = (column: string) =>
  ['n', 'sum', 'sumsq', 'responses'].includes(column) ||
  /_(n|sum|sumsq)$/.test(column) ||
  column.startsWith('nps_')
const keyOf = (row: Record<string, unknown>) =>
  Object.entries(row)
    .filter(([column]) => !isSum(column))
    .map(([column, value]) => `${column}=${value}`)
    .join('|')

const at = (i: number) => new Date(Date.UTC(2024, 2, 30 + (i % 4), (i * 7) % 24)).toISOString()
const wibDay = (iso: string) => localDay(iso, 'Asia/Makassar')

describe('AggregateAccumulator', () => {
  const definition = buildTemplate('skm', {})
  const rnd = seededRandom(7)
  const responses: AggregateInput[] = Array.from({ length: 300 }, (_, i) => {
    const checked = validateAnswers(definition, generateAnswers(definition, rnd))
    if (!checked.ok) throw new Error('generated answers must be valid')
    return {
      questionnaireId: 1,
      versionId: 1 + (i % 2),
      linkId: 4 + (i % 3),
      plan: countingPlan(1 + (i % 2), definition),
      submittedAt: at(i),
      day: localDay(at(i), 'Asia/Makassar'),
      answers: checked.answers,
      score: scoreRespondent(definition, checked.answers),
    }
  })

  it('sums each key once, the same over one batch as over many adds and drains', () => {
    const whole = aggregateDeltas(responses)
    const parts = new AggregateAccumulator()
    const merged = new Map<string, number>()
    const tally = (rows: object[], kind: string) => {
      for (const row of rows) {
        const r = row as Record<string, unknown>
        const key = keyOf(r)
        const n = Number(r.n ?? r.responses)
        merged.set(`${kind}:${key}`, (merged.get(`${kind}:${key}`) ?? 0) + n)
      }
    }
    for (let i = 0; i < responses.length; i += 37) {
      for (const r of responses.slice(i, i + 37)) parts.add(r)
      for (const [kind, rows] of Object.entries(parts.drain())) tally(rows, kind)
    }
    const wholeCounts = new Map<string, number>()
    for (const [kind, rows] of Object.entries(whole)) {
      const keys = new Set<string>()
      for (const row of rows) {
        const r = row as Record<string, unknown>
        const key = keyOf(r)
        expect(keys.has(key), `${kind} has ${key} once`).toBe(false)
        keys.add(key)
        wholeCounts.set(`${kind}:${key}`, Number(r.n ?? r.responses))
      }
    }
    expect(merged).toEqual(wholeCounts)
  })

  it('counts every answer of every response under its day, link and version', () => {
    const { answers, daily, segmentDaily } = aggregateDeltas(responses)
    let expected = 0
    for (const r of responses)
      for (const value of Object.values(r.answers)) if (value !== null) expected++
    expect(answers.reduce((n, row) => n + row.n, 0)).toBe(expected)
    expect(daily.reduce((n, row) => n + row.responses, 0)).toBe(responses.length)
    const first = responses[0]!
    const sameKey = responses.filter(
      (r) =>
        r.versionId === first.versionId &&
        r.linkId === first.linkId &&
        wibDay(r.submittedAt) === wibDay(first.submittedAt),
    )
    const row = daily.find(
      (d) =>
        d.version_id === first.versionId &&
        d.link_id === first.linkId &&
        d.day === wibDay(first.submittedAt),
    )
    expect(row?.responses).toBe(sameKey.length)
    const segmentAnswerCount = responses.reduce(
      (n, r) => n + Object.keys(segmentsOf(r.plan, r.answers)).length,
      0,
    )
    expect(segmentAnswerCount).toBeGreaterThan(responses.length)
    expect(segmentDaily.reduce((n, row) => n + row.responses, 0)).toBe(segmentAnswerCount)
  })
})
