// Input and output schemas of the questionnaire routes. The draft is described by the domain's
// DefinitionSchema; its structural rules (unique codes, display logic) are checked by the service.
import * as v from 'valibot'
import { IdString } from '../../http/query-schemas'
import { DefinitionSchema, TextSchema } from '../../domain/questionnaire'
import { TemplateNameSchema } from '../../domain/templates'

export const IdParamSchema = v.object({ id: IdString })
export const VersionParamSchema = v.object({ id: IdString, version: IdString })

export const CreateQuestionnaireSchema = v.object({
  template: TemplateNameSchema,
  title: v.optional(TextSchema),
})

export const UpdateQuestionnaireSchema = v.object({
  draft: DefinitionSchema,
  sampleTarget: v.optional(
    v.nullable(v.pipe(v.number(), v.integer('number.whole'), v.minValue(1), v.maxValue(1e7))),
  ),
})

export type CreateQuestionnaireInput = v.InferOutput<typeof CreateQuestionnaireSchema>
export type UpdateQuestionnaireInput = v.InferOutput<typeof UpdateQuestionnaireSchema>

export const VersionSummarySchema = v.object({
  id: v.number(),
  version: v.number(),
  publishedAt: v.string(),
  publishedBy: v.nullable(v.number()),
})

export const QuestionnaireSummarySchema = v.object({
  id: v.number(),
  programId: v.number(),
  title: v.string(),
  template: v.string(),
  sampleTarget: v.nullable(v.number()),
  latestVersion: v.nullable(v.number()),
  createdAt: v.string(),
  updatedAt: v.string(),
})

export const QuestionnaireSchema = v.object({
  ...QuestionnaireSummarySchema.entries,
  draft: DefinitionSchema,
  versions: v.array(VersionSummarySchema),
  draftChanged: v.boolean(),
})

export const QuestionnaireListSchema = v.object({ items: v.array(QuestionnaireSummarySchema) })

export const VersionSchema = v.object({
  ...VersionSummarySchema.entries,
  questionnaireId: v.number(),
  definition: DefinitionSchema,
})

const QuestionSummarySchema = v.object({ code: v.string(), type: v.string(), section: v.string() })

export const DiffSchema = v.object({
  fromVersion: v.nullable(v.number()),
  hasChanges: v.boolean(),
  added: v.array(QuestionSummarySchema),
  removed: v.array(QuestionSummarySchema),
  changed: v.array(v.object({ code: v.string(), fields: v.array(v.string()) })),
  definitionFields: v.array(v.string()),
})

export const PublishedSchema = v.object({
  id: v.number(),
  version: v.number(),
  publishedAt: v.string(),
  changes: DiffSchema,
})

const CheckSchema = v.object({
  /** The message code (the console renders it in the reader's language). */
  code: v.string(),
  params: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
  /** The field in the draft, e.g. `sections.0.questions.2.text.en`. */
  path: v.string(),
  /** The English wording. */
  message: v.string(),
})

export const ChecksSchema = v.object({
  /** True when nothing blocks publishing. */
  ready: v.boolean(),
  blockers: v.array(CheckSchema),
  warnings: v.array(CheckSchema),
  /** The languages the citizen form will offer (English only when every text has it). */
  languages: v.array(v.picklist(['id', 'en'])),
  /** The privacy notice citizens will read (the draft's own, or the default by the rule). */
  privacyNotice: TextSchema,
})
