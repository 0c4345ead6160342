// Input and output schemas of the score route. Query strings stay strings (patterns, no
// transforms) so the schemas convert to JSON Schema for /api/openapi.json.
import * as v from 'valibot'
import { IntervalSchema as Interval, TextSchema as Text } from '../../http/output-schemas'
import { IdString } from '../../http/query-schemas'
import { SELECTION_QUERY, selectionQuerySchema } from '../aggregates/read/selection'

export const ScoreParamSchema = v.object({ id: IdString })

/** Loose: `segment.KEY=VALUE` entries pass through and are checked against the program. */
export const ScoreQuerySchema = selectionQuerySchema({
  ...SELECTION_QUERY,
  /** The period's year when neither from nor to is given; the program's year by default. */
  year: v.optional(v.pipe(v.string(), v.regex(/^20\d\d$/, 'year.format'))),
})

export type ScoreQuery = v.InferOutput<typeof ScoreQuerySchema>

const N = v.nullable(v.number())

export const ScoreSchema = v.object({
  programId: v.number(),
  period: v.object({ from: v.nullable(v.string()), to: v.nullable(v.string()) }),
  filters: v.object({ link: N, segments: v.record(v.string(), v.string()) }),
  source: v.picklist(['aggregates', 'responses']),
  n: v.number(),
  impact: v.object({
    n: v.number(),
    score: N,
    sd: N,
    ci: Interval,
    criteria: v.array(v.object({ code: v.string(), label: Text, n: v.number(), score: N })),
    status: v.picklist(['ok', 'not_enough_data']),
  }),
  ikm: v.optional(
    v.object({
      n: v.number(),
      value: N,
      converted: N,
      mutu: v.nullable(v.picklist(['A', 'B', 'C', 'D'])),
      kinerja: v.nullable(Text),
      ci: Interval,
      ciCrossesBound: v.boolean(),
      elements: v.array(
        v.object({
          code: v.string(),
          name: Text,
          n: v.number(),
          nrr: v.number(),
          weighted: v.number(),
          converted: v.number(),
        }),
      ),
    }),
  ),
  nps: v.optional(
    v.object({ n: v.number(), score: N, ci: Interval, promoters: N, passives: N, detractors: N }),
  ),
  sus: v.optional(v.object({ n: v.number(), score: N, sd: N, ci: Interval })),
  sampleTarget: v.object({
    target: v.number(),
    method: v.picklist(['krejcie-morgan', 'fixed']),
    populationSize: N,
    fixed: N,
  }),
  adequate: v.boolean(),
  marginOfError: N,
  method: v.record(v.string(), Text),
})

/** A quick win's impact score and IKM per year with their 95% intervals. */
export const ProgramHistorySchema = v.object({
  name: v.string(),
  agency: v.object({ code: v.string(), name: v.string() }),
  dimension: v.unknown(),
  programIds: v.array(v.number()),
  years: v.array(
    v.object({
      year: v.number(),
      programId: v.number(),
      programYear: v.number(),
      n: v.number(),
      impact: v.object({ score: v.nullable(v.number()), ci: Interval, n: v.number() }),
      ikm: v.nullable(
        v.object({
          converted: v.nullable(v.number()),
          ci: Interval,
          mutu: v.nullable(v.string()),
          n: v.number(),
        }),
      ),
    }),
  ),
})
