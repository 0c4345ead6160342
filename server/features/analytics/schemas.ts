// Input and output schemas of the analytics routes. Query strings stay strings (checked with
// patterns, no transforms) so that every schema converts to JSON Schema for /api/openapi.json.
import * as v from 'valibot'
import { IntervalSchema as Interval, TextSchema as TextOut } from '../../http/output-schemas'
import { IdString } from '../../http/query-schemas'
import { SELECTION_QUERY, selectionQuerySchema } from '../aggregates/read/selection'

const CodeString = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'question.code'))

export const ProgramIdParamSchema = v.object({ id: IdString })

/** Loose: `segment.KEY=VALUE` entries pass through and are checked against the program. */
export const AnalyticsQuerySchema = selectionQuerySchema(SELECTION_QUERY)

export const CrosstabQuerySchema = selectionQuerySchema({
  ...SELECTION_QUERY,
  /** A closed question code, or `impact` for the respondent impact score (0-5). */
  question: CodeString,
  /** What to break it down by: a closed question code, or segment.KEY for a segment question. */
  by: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^(segment\.)?[A-Za-z][A-Za-z0-9_]{0,39}$/,
        'Must be a question code or segment.KEY.',
      ),
    ),
  ),
  /** The code of a segment question (the older form of by=segment.KEY). */
  segment: v.optional(CodeString),
})

export const CommentsQuerySchema = selectionQuerySchema({
  ...SELECTION_QUERY,
  /** A non-personal text question; the first one of the program when absent. */
  question: v.optional(CodeString),
  /** Case-insensitive substring. */
  q: v.optional(v.pipe(v.string(), v.maxLength(100))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^([1-9]\d?|100)$/, 'limit.1-100'))),
  /** The `nextBefore` of the previous page. */
  before: v.optional(IdString),
})

export type AnalyticsQuery = v.InferOutput<typeof AnalyticsQuerySchema>
export type CrosstabQuery = v.InferOutput<typeof CrosstabQuerySchema>
export type CommentsQuery = v.InferOutput<typeof CommentsQuerySchema>

const PointSchema = v.object({
  value: v.string(),
  label: TextOut,
  count: v.number(),
  percent: v.number(),
})

export const AnalyticsSchema = v.object({
  total: v.number(),
  filters: v.object({
    from: v.nullable(v.string()),
    to: v.nullable(v.string()),
    link: v.nullable(v.number()),
    questionnaire: v.nullable(v.number()),
    segments: v.record(v.string(), v.string()),
  }),
  questionnaires: v.array(
    v.object({
      id: v.number(),
      title: v.string(),
      versions: v.array(v.object({ id: v.number(), version: v.number(), publishedAt: v.string() })),
    }),
  ),
  trend: v.array(v.object({ day: v.string(), count: v.number() })),
  links: v.array(
    v.object({
      id: v.number(),
      questionnaireId: v.number(),
      channel: v.string(),
      count: v.number(),
      share: v.nullable(v.number()),
    }),
  ),
  questions: v.array(
    v.object({
      code: v.string(),
      type: v.string(),
      text: TextOut,
      /** Respondents who answered; null for multi (percent of multi options is over `total`). */
      answered: v.nullable(v.number()),
      distribution: v.array(PointSchema),
      mean: v.optional(v.nullable(v.number())),
      sd: v.optional(v.nullable(v.number())),
      ci: v.optional(Interval),
      numbers: v.optional(
        v.object({
          range: v.nullable(v.object({ min: v.number(), max: v.number() })),
          median: v.nullable(v.number()),
          bins: v.array(
            v.object({ from: v.number(), to: v.number(), count: v.number(), percent: v.number() }),
          ),
        }),
      ),
      npsBreakdown: v.optional(
        v.object({
          n: v.number(),
          score: v.nullable(v.number()),
          ci: Interval,
          promoters: v.nullable(v.number()),
          passives: v.nullable(v.number()),
          detractors: v.nullable(v.number()),
        }),
      ),
    }),
  ),
  segments: v.array(
    v.object({
      code: v.string(),
      text: TextOut,
      values: v.array(v.object({ value: v.string(), label: TextOut, count: v.number() })),
    }),
  ),
  textQuestions: v.array(v.object({ code: v.string(), text: TextOut })),
})

const TestSchema = v.nullable(
  v.union([
    v.object({
      kind: v.literal('chi_square'),
      statistic: v.number(),
      df: v.number(),
      p: v.number(),
      n: v.number(),
      minExpected: v.number(),
      smallExpectedShare: v.number(),
      unreliable: v.boolean(),
    }),
    v.object({ kind: v.literal('none'), reason: v.picklist(['multi', 'too_few_categories']) }),
  ]),
)

export const CrosstabSchema = v.object({
  question: v.string(),
  by: v.string(),
  segment: v.string(),
  source: v.picklist(['aggregates', 'responses']),
  columns: v.array(v.object({ value: v.string(), label: TextOut })),
  test: TestSchema,
  rows: v.array(
    v.object({
      segmentValue: v.string(),
      label: TextOut,
      n: v.number(),
      distribution: v.array(
        v.object({ value: v.string(), count: v.number(), percent: v.number() }),
      ),
      mean: v.nullable(v.number()),
      ci: Interval,
    }),
  ),
})

export const CommentsSchema = v.object({
  items: v.array(
    v.object({
      responseId: v.number(),
      submittedAt: v.string(),
      text: v.string(),
      channel: v.string(),
    }),
  ),
  nextBefore: v.nullable(v.number()),
})

export const SummarySchema = v.object({ total: v.number(), lastResponseAt: v.nullable(v.string()) })
