// The questionnaire templates that ship with the platform (DESIGN section 6): SKM, quick-win
// impact, NPS, SUS and blank, built from the reference data.
import * as v from 'valibot'
import { allQuestions } from '../questionnaire/questions'
import type { Definition, Text } from '../questionnaire/definition'
import { buildBlankTemplate } from './blank'
import { buildImpactTemplate } from './impact'
import { buildNpsTemplate } from './nps'
import { buildSkmTemplate } from './skm'
import { buildSusTemplate } from './sus'
import type { TemplateContext } from './template-context'

export type { TemplateContext } from './template-context'

export const TEMPLATE_NAMES = ['skm', 'impact', 'nps', 'sus', 'blank'] as const
export type TemplateName = (typeof TEMPLATE_NAMES)[number]
/** For request bodies such as `{ template }`. */
export const TemplateNameSchema = v.picklist(TEMPLATE_NAMES)

const BUILDERS: Record<TemplateName, (ctx: TemplateContext) => Definition> = {
  skm: buildSkmTemplate,
  impact: buildImpactTemplate,
  nps: buildNpsTemplate,
  sus: buildSusTemplate,
  blank: buildBlankTemplate,
}

/** Whether a string names a template. */
export function isTemplateName(name: string): name is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(name)
}

/**
 * Builds a fresh definition from a template, tailored with the program name and the region's
 * kecamatan (the kecamatan question is left out when none is given). The result is a deep copy:
 * editing it never changes the shared reference data.
 */
export function buildTemplate(name: TemplateName, context: TemplateContext = {}): Definition {
  return structuredClone(BUILDERS[name](context))
}

export interface TemplateSummary {
  name: TemplateName
  title: Text
  description: Text
  questionCount: number
}

/** The templates with their titles and question counts (without kecamatan), for pickers. */
export function listTemplates(): TemplateSummary[] {
  return TEMPLATE_NAMES.map((name) => {
    const def = buildTemplate(name)
    return {
      name,
      title: def.title,
      description: def.description ?? { id: '' },
      questionCount: allQuestions(def).length,
    }
  })
}
