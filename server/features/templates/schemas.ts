// Output schema of GET /api/templates.
import * as v from 'valibot'
import { TextSchema } from '../../domain/questionnaire'
import { TemplateNameSchema } from '../../domain/templates'

export const TemplateListSchema = v.object({
  items: v.array(
    v.object({
      name: TemplateNameSchema,
      title: TextSchema,
      description: TextSchema,
      questionCount: v.number(),
      sectionCount: v.number(),
    }),
  ),
})
