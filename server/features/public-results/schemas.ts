// Input and output schemas of publication and public results: what the owner sends, and what
// anyone reads at /api/public/programs/:id/results (documented in /api/openapi.json).
import * as v from 'valibot'
import { IntervalSchema, TextSchema } from '../../http/output-schemas'
import { IdString } from '../../http/query-schemas'
import { EffectSchema } from '../follow-ups/schemas'

export const ProgramParamSchema = v.object({ id: IdString })
export const RegionParamSchema = v.object({ id: IdString })
export const CommentParamSchema = v.object({
  id: IdString,
  responseId: IdString,
  code: v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'Must be a question code.')),
})

export const PublicationInputSchema = v.object({
  published: v.boolean('Send published: true or false.'),
})

export const ApproveCommentSchema = v.object({
  responseId: v.pipe(v.number('A response id.'), v.integer(), v.minValue(1)),
  code: v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'Must be a question code.')),
})

export const PublicationSchema = v.object({
  programId: v.number(),
  published: v.boolean(),
  publishedAt: v.nullable(v.string()),
  updatedAt: v.nullable(v.string()),
  urls: v.object({
    page: v.string(),
    tv: v.string(),
    badge: v.string(),
    region: v.string(),
    api: v.string(),
  }),
  comments: v.array(
    v.object({
      responseId: v.number(),
      code: v.string(),
      text: v.string(),
      day: v.string(),
      approvedAt: v.string(),
    }),
  ),
})

export const PublicResultsSchema = v.object({
  program: v.object({
    id: v.number(),
    name: v.string(),
    description: TextSchema,
    agency: v.object({ code: v.string(), name: v.string() }),
    region: v.object({ id: v.number(), name: v.string() }),
    dimension: v.object({ code: v.string(), name: TextSchema }),
    year: v.number(),
  }),
  period: v.object({
    from: v.string(),
    to: v.string(),
    label: TextSchema,
    lastDay: v.nullable(v.string()),
  }),
  n: v.number(),
  minimumN: v.number(),
  ikm: v.optional(
    v.object({
      n: v.number(),
      value: v.number(),
      converted: v.number(),
      mutu: v.picklist(['A', 'B', 'C', 'D']),
      kinerja: TextSchema,
      ci: IntervalSchema,
      elements: v.array(
        v.object({
          code: v.string(),
          name: TextSchema,
          n: v.number(),
          nrr: v.number(),
          converted: v.number(),
        }),
      ),
    }),
  ),
  impact: v.optional(v.object({ n: v.number(), score: v.number(), ci: IntervalSchema })),
  followUps: v.array(
    v.object({
      id: v.number(),
      target: v.object({
        kind: v.picklist(['skm', 'impact']),
        code: v.string(),
        label: TextSchema,
      }),
      action: v.string(),
      unit: v.string(),
      dueQuarter: v.string(),
      status: v.picklist(['rencana', 'berjalan', 'selesai']),
      finishedOn: v.nullable(v.string()),
      updatedAt: v.string(),
      effect: v.optional(EffectSchema),
    }),
  ),
  comments: v.array(v.object({ text: v.string(), day: v.string() })),
  publishedAt: v.nullable(v.string()),
})

export const RegionResultsSchema = v.object({
  region: v.object({ id: v.number(), name: v.string(), code: v.string() }),
  programs: v.array(PublicResultsSchema),
})
