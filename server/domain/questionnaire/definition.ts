// The questionnaire definition (DESIGN section 4) as valibot schemas, with types inferred from them.
// Validation actions only, no transforms: the same schemas become JSON Schema for OpenAPI.
import * as v from 'valibot'
import type { MessageCode, MessageParams } from '../messages'

/** A question code: answers are keyed by it, so it must stay stable across versions. */
export const QuestionCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'question.code-format' satisfies MessageCode),
)

/** A bilingual text: Indonesian required (not blank), English optional. */
export const TextSchema = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/\S/, 'text.required' satisfies MessageCode),
    v.maxLength(5000, 'text.too-long' satisfies MessageCode),
  ),
  en: v.optional(v.pipe(v.string(), v.maxLength(5000, 'text.too-long' satisfies MessageCode))),
})
export type Text = v.InferOutput<typeof TextSchema>

export const QUESTION_TYPES = [
  'likert',
  'rating',
  'nps',
  'single',
  'multi',
  'yesno',
  'number',
  'text',
  'segment',
] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

/** An answer option; `value` is what answers store (dots allowed for Kemendagri codes). */
export const OptionSchema = v.object({
  value: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9_.-]{1,64}$/, 'option.value-format' satisfies MessageCode),
  ),
  label: TextSchema,
})
export type Option = v.InferOutput<typeof OptionSchema>

/** Display logic over earlier answers; recursive through `and` / `or`. */
export type Condition =
  | { op: 'eq' | 'ne'; code: string; value: string | number }
  | { op: 'in'; code: string; values: (string | number)[] }
  | { op: 'gt' | 'gte' | 'lt' | 'lte'; code: string; value: number }
  | { op: 'answered'; code: string }
  | { op: 'and' | 'or'; conditions: Condition[] }

const ConditionValueSchema = v.union([v.string(), v.number()])

export const ConditionSchema: v.GenericSchema<Condition> = v.variant('op', [
  v.object({ op: v.picklist(['eq', 'ne']), code: QuestionCodeSchema, value: ConditionValueSchema }),
  v.object({
    op: v.literal('in'),
    code: QuestionCodeSchema,
    values: v.pipe(
      v.array(ConditionValueSchema),
      v.minLength(1, 'condition.no-values' satisfies MessageCode),
    ),
  }),
  v.object({
    op: v.picklist(['gt', 'gte', 'lt', 'lte']),
    code: QuestionCodeSchema,
    value: v.number(),
  }),
  v.object({ op: v.literal('answered'), code: QuestionCodeSchema }),
  v.object({
    op: v.picklist(['and', 'or']),
    conditions: v.pipe(
      v.array(v.lazy(() => ConditionSchema)),
      v.minLength(1, 'condition.no-conditions' satisfies MessageCode),
    ),
  }),
])

/** Ties a question to a criterion of the impact score; `weight` is the item's weight within it. */
export const ScoreRoleSchema = v.object({
  criterion: QuestionCodeSchema,
  reverse: v.optional(v.boolean()),
  weight: v.optional(v.pipe(v.number(), v.gtValue(0, 'weight.positive' satisfies MessageCode))),
})
export type ScoreRole = v.InferOutput<typeof ScoreRoleSchema>

const IntegerSchema = v.pipe(v.number(), v.integer('number.whole' satisfies MessageCode))

const SELECT_LIMIT = 'multi.select-limit' satisfies MessageCode

const OptionsSchema = v.pipe(
  v.array(OptionSchema),
  v.minLength(1, 'options.none' satisfies MessageCode),
)

/** Entries every question has; `score` is accepted on every type so that misuse is reported. */
const questionBase = {
  code: QuestionCodeSchema,
  text: TextSchema,
  help: v.optional(TextSchema),
  required: v.boolean(),
  personal: v.optional(v.boolean()),
  showIf: v.optional(ConditionSchema),
  score: v.optional(ScoreRoleSchema),
}

export const SEGMENT_SOURCES = [
  'kecamatan',
  'age',
  'gender',
  'education',
  'occupation',
  'custom',
] as const
export type SegmentSource = (typeof SEGMENT_SOURCES)[number]

export const QuestionSchema = v.variant('type', [
  v.object({
    ...questionBase,
    type: v.literal('likert'),
    scale: v.object({
      min: IntegerSchema,
      max: IntegerSchema,
      labels: v.optional(v.array(TextSchema)),
    }),
  }),
  v.object({
    ...questionBase,
    type: v.literal('rating'),
    scale: v.optional(
      v.object({
        min: v.literal(1),
        max: v.pipe(
          IntegerSchema,
          v.minValue(3, 'rating.stars' satisfies MessageCode),
          v.maxValue(10, 'rating.stars' satisfies MessageCode),
        ),
      }),
    ),
  }),
  v.object({ ...questionBase, type: v.literal('nps') }),
  v.object({ ...questionBase, type: v.literal('single'), options: OptionsSchema }),
  v.object({
    ...questionBase,
    type: v.literal('multi'),
    options: OptionsSchema,
    minSelect: v.optional(v.pipe(IntegerSchema, v.minValue(0, SELECT_LIMIT))),
    maxSelect: v.optional(v.pipe(IntegerSchema, v.minValue(1, SELECT_LIMIT))),
  }),
  v.object({ ...questionBase, type: v.literal('yesno') }),
  v.object({
    ...questionBase,
    type: v.literal('number'),
    min: v.optional(v.number()),
    max: v.optional(v.number()),
    integer: v.optional(v.boolean()),
  }),
  v.object({
    ...questionBase,
    type: v.literal('text'),
    maxLength: v.pipe(
      IntegerSchema,
      v.minValue(1, 'text-question.max-length' satisfies MessageCode),
      v.maxValue(5000, 'text-question.max-length' satisfies MessageCode),
    ),
    multiline: v.optional(v.boolean()),
  }),
  v.object({
    ...questionBase,
    type: v.literal('segment'),
    options: OptionsSchema,
    source: v.optional(v.picklist(SEGMENT_SOURCES)),
  }),
])
export type Question = v.InferOutput<typeof QuestionSchema>
/** The question of one type, e.g. `QuestionOf<'likert'>`. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>

export const SectionSchema = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'section.id-format' satisfies MessageCode),
  ),
  title: TextSchema,
  description: v.optional(TextSchema),
  questions: v.array(QuestionSchema),
})
export type Section = v.InferOutput<typeof SectionSchema>

export const CriterionSchema = v.object({
  code: QuestionCodeSchema,
  label: TextSchema,
  weight: v.pipe(v.number(), v.gtValue(0, 'weight.positive' satisfies MessageCode)),
})
export type Criterion = v.InferOutput<typeof CriterionSchema>

export const DEFINITION_KINDS = ['skm', 'impact', 'nps', 'sus', 'custom'] as const
export type DefinitionKind = (typeof DEFINITION_KINDS)[number]

export const DefinitionSchema = v.object({
  title: TextSchema,
  description: v.optional(TextSchema),
  thankYou: v.optional(TextSchema),
  privacyNotice: v.optional(TextSchema),
  kind: v.picklist(DEFINITION_KINDS),
  sections: v.pipe(
    v.array(SectionSchema),
    v.minLength(1, 'definition.no-section' satisfies MessageCode),
  ),
  criteria: v.array(CriterionSchema),
})
export type Definition = v.InferOutput<typeof DefinitionSchema>

/** One answer: numbers for scales, option values for choices, 'yes' | 'no', text, or null. */
export type AnswerValue = number | string | string[] | null
/** A respondent's answers keyed by question code. */
export type Answers = Record<string, AnswerValue>

/**
 * A problem in a definition, at a dotted path such as `sections.0.questions.2.options`: its
 * message code and parameters (rendered in the reader's language) and its English wording.
 */
export interface DefinitionIssue {
  path: string
  code: MessageCode
  params?: MessageParams
  message: string
}
