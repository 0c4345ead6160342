// Input and output schemas of the follow-up routes (rencana tindak lanjut). Request schemas use
// patterns and lengths only (no transforms), so they convert to JSON Schema for the OpenAPI page.
import * as v from 'valibot'
import { IntervalSchema, TextSchema } from '../../http/output-schemas'
import { IdString } from '../../http/query-schemas'

export const FOLLOW_UP_STATUSES = ['rencana', 'berjalan', 'selesai'] as const

export const ProgramParamSchema = v.object({ id: IdString })
export const FollowUpParamSchema = v.object({ id: IdString })

const TargetSchema = v.object({
  kind: v.picklist(['skm', 'impact'], 'Use skm (an SKM element) or impact (a criterion).'),
  code: v.pipe(v.string(), v.minLength(1, 'Name the element or criterion.'), v.maxLength(60)),
})

const Action = v.pipe(
  v.string(),
  v.regex(/\S/, 'Describe the action.'),
  v.maxLength(1000, 'An action has at most 1000 characters.'),
)
const Unit = v.pipe(
  v.string(),
  v.regex(/\S/, 'Name the responsible unit.'),
  v.maxLength(200, 'A unit has at most 200 characters.'),
)
const DueQuarter = v.pipe(
  v.string(),
  v.regex(/^20\d\d-Q[1-4]$/, 'Must be a quarter such as 2025-Q1.'),
)
const Status = v.picklist(FOLLOW_UP_STATUSES, 'Use rencana, berjalan or selesai.')
const Notes = v.pipe(v.string(), v.maxLength(4000, 'Notes have at most 4000 characters.'))

export const CreateFollowUpSchema = v.object({
  target: TargetSchema,
  action: Action,
  unit: Unit,
  dueQuarter: DueQuarter,
  status: v.optional(Status),
  notes: v.optional(Notes),
})
export type CreateFollowUpInput = v.InferOutput<typeof CreateFollowUpSchema>

export const UpdateFollowUpSchema = v.pipe(
  v.object({
    target: v.optional(TargetSchema),
    action: v.optional(Action),
    unit: v.optional(Unit),
    dueQuarter: v.optional(DueQuarter),
    status: v.optional(Status),
    notes: v.optional(Notes),
  }),
  v.check((input) => Object.keys(input).length > 0, 'Send at least one field to change.'),
)
export type UpdateFollowUpInput = v.InferOutput<typeof UpdateFollowUpSchema>

const Window = v.object({
  from: v.string(),
  to: v.string(),
  n: v.number(),
  value: v.nullable(v.number()),
})

export const EffectSchema = v.object({
  measure: v.picklist(['nrr', 'criterion']),
  before: Window,
  after: v.nullable(Window),
  change: v.nullable(
    v.object({
      difference: v.number(),
      ci: IntervalSchema,
      df: v.number(),
      standardError: v.number(),
    }),
  ),
  verdict: v.picklist(['up', 'down', 'none', 'not_yet', 'not_enough_data']),
})

export const FollowUpSchema = v.object({
  id: v.number(),
  programId: v.number(),
  target: v.object({ kind: v.picklist(['skm', 'impact']), code: v.string(), label: TextSchema }),
  action: v.string(),
  unit: v.string(),
  dueQuarter: v.string(),
  status: v.picklist(FOLLOW_UP_STATUSES),
  notes: v.string(),
  finishedOn: v.nullable(v.string()),
  createdAt: v.string(),
  updatedAt: v.string(),
  effect: v.optional(EffectSchema),
})

export const FollowUpListSchema = v.object({
  items: v.array(FollowUpSchema),
  asOf: v.string(),
  targets: v.array(
    v.object({ kind: v.picklist(['skm', 'impact']), code: v.string(), label: TextSchema }),
  ),
})

export const FollowUpHistorySchema = v.object({
  items: v.array(
    v.object({
      id: v.number(),
      at: v.string(),
      action: v.string(),
      user: v.nullable(v.object({ id: v.number(), name: v.string() })),
      changes: v.array(v.object({ field: v.string(), before: v.unknown(), after: v.unknown() })),
    }),
  ),
})
