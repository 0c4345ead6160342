// What the evaluation routes answer, for /api/openapi.json (checked against every API test's
// responses): the evaluation with its coverage, status and versions, the comparison of a year, a
// region's trajectory and a recorded published figure. Deep parts the console only displays
// (programs by dimension, per-component coverage) are described by their outer shape.
import * as v from 'valibot'
import { TextSchema } from '../../http/output-schemas'
import { ProgramHistorySchema } from '../scores/schemas'
import { EvaluationSchema as EvaluationBody } from './schemas'

const ComponentsSchema = v.object({
  baseline: v.nullable(v.number()),
  output: v.nullable(v.number()),
  outcome: v.nullable(v.number()),
  impact: v.nullable(v.number()),
  quickwin: v.nullable(v.number()),
})

const CoverageSchema = v.object({
  programs: v.number(),
  withData: v.nullable(v.number()),
  assessed: v.nullable(v.number()),
  respondents: v.nullable(v.number()),
  assessors: v.nullable(v.number()),
  complete: v.boolean(),
  /** The same per component, with `entered` (Baseline, Output, Outcome) or `override`. */
  components: v.record(v.string(), v.unknown()),
})

const StatusSchema = v.picklist(['provisional', 'final'])

/** The evaluation of a region's year, with its coverage, status and finalised versions. */
export const EvaluationSchema = v.object({
  ...EvaluationBody.entries,
  coverage: CoverageSchema,
  status: StatusSchema,
  /** The frozen version shown, or null while computed live. */
  version: v.nullable(v.number()),
  versionLabel: TextSchema,
  finalisation: v.nullable(
    v.object({ reason: v.string(), at: v.string(), by: v.nullable(v.number()) }),
  ),
  versions: v.array(v.unknown()),
})

const PublishedAboutSchema = v.object({
  source: v.string(),
  publishedAt: v.nullable(v.string()),
  note: v.nullable(v.string()),
  rank: v.nullable(v.object({ national: v.number(), of: v.number() })),
  createdAt: v.string(),
  createdBy: v.nullable(v.number()),
})

/** One region's figure of a year: computed here (with its version) or published. */
export const EvaluationItemSchema = v.object({
  regionId: v.number(),
  regionName: v.string(),
  regionCode: v.string(),
  kind: v.string(),
  provinceCode: v.string(),
  province: v.string(),
  year: v.number(),
  source: v.picklist(['computed', 'published']),
  scores: ComponentsSchema,
  index: v.nullable(v.number()),
  partialIndex: v.nullable(v.number()),
  weights: v.nullable(v.record(v.string(), v.number())),
  status: StatusSchema,
  version: v.nullable(v.number()),
  versionLabel: TextSchema,
  coverage: v.nullable(CoverageSchema),
  published: v.nullable(PublishedAboutSchema),
  rank: v.object({ national: v.nullable(v.number()), province: v.nullable(v.number()) }),
  ranked: v.boolean(),
})

export const ComparisonSchema = v.object({
  year: v.number(),
  items: v.array(EvaluationItemSchema),
  ranking: v.object({ rule: TextSchema, ranked: v.number() }),
})

const ComponentCode = v.picklist(['baseline', 'output', 'outcome', 'impact', 'quickwin'])

export const TrajectorySchema = v.object({
  region: v.record(v.string(), v.unknown()),
  items: v.array(EvaluationItemSchema),
  changes: v.array(
    v.object({
      year: v.number(),
      previousYear: v.number(),
      change: v.nullable(v.number()),
      movedMost: v.nullable(v.object({ component: ComponentCode, contribution: v.number() })),
      contributions: v.nullable(v.record(v.string(), v.number())),
      weighted: v.boolean(),
      source: v.picklist(['computed', 'published']),
      previousSource: v.picklist(['computed', 'published']),
    }),
  ),
  ranking: v.object({ rule: TextSchema }),
  context: v.object({
    spbe: v.array(v.object({ year: v.number(), index: v.number(), source: v.string() })),
  }),
  programs: v.array(ProgramHistorySchema),
})
