// The questionnaire templates that ship with the platform (DESIGN section 6): SKM, quick-win
// impact, NPS, SUS and blank, built from the reference data.
import * as v from 'valibot'
import { citizenTexts } from '../questionnaire/citizen-texts'
import type { TemplateTexts } from '../questionnaire/publish-checks'
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

/** What each template is, for the staff who choose one (its intro is written for citizens). */
const SUMMARIES: Record<TemplateName, Text> = {
  skm: {
    id: 'Sembilan unsur pelayanan sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017, dinilai pada skala 1-4, untuk menghitung Indeks Kepuasan Masyarakat (IKM), dengan profil responden.',
    en: 'The nine service elements of Minister of PANRB Regulation 14/2017, rated on a 1-4 scale, to compute the Public Satisfaction Index (IKM), with the respondent profile.',
  },
  impact: {
    id: 'Pengetahuan, penggunaan, manfaat, kemudahan, dan kepuasan warga. Bobot skor dampak: pengetahuan 0,15; penggunaan 0,15; manfaat 0,3; kemudahan 0,2; kepuasan 0,2. NPS dilaporkan terpisah.',
    en: "Citizens' awareness, use, benefit, ease and satisfaction. Impact score weights: awareness 0.15, use 0.15, benefit 0.3, ease 0.2, satisfaction 0.2. NPS is reported separately.",
  },
  nps: {
    id: 'Net Promoter Score: persentase promotor (9-10) dikurangi persentase detraktor (0-6), dengan alasannya.',
    en: 'Net Promoter Score: the percentage of promoters (9-10) minus the percentage of detractors (0-6), with the reason.',
  },
  sus: {
    id: 'Sepuluh pernyataan System Usability Scale pada skala setuju 1-5; menghasilkan skor kegunaan 0-100.',
    en: 'The ten System Usability Scale statements on a 1-5 agreement scale, giving a 0-100 usability score.',
  },
  blank: {
    id: 'Kuesioner kosong untuk disusun sendiri.',
    en: 'An empty questionnaire to build from scratch.',
  },
}

/** Texts of each template meant to be replaced by the owner, by CitizenText key. */
const PLACEHOLDERS: Record<TemplateName, string[]> = {
  skm: [],
  impact: [],
  nps: [],
  sus: [],
  blank: ['title', 'description', 'section:bagian-1.title'],
}

export interface TemplateSummary {
  name: TemplateName
  title: Text
  description: Text
  questionCount: number
  sectionCount: number
}

/**
 * The templates with their titles and what they create for `context`: the questions and sections
 * a questionnaire made now for that program gets (the kecamatan question only where the region
 * has kecamatan), so a card never promises 13 questions and creates 14.
 */
export function listTemplates(context: TemplateContext = {}): TemplateSummary[] {
  return TEMPLATE_NAMES.map((name) => {
    const def = buildTemplate(name, context)
    return {
      name,
      title: def.title,
      description: SUMMARIES[name],
      questionCount: allQuestions(def).length,
      sectionCount: def.sections.length,
    }
  })
}

/** A template's citizen texts as built for `context`, for the checks before publishing. */
export function templateTexts(name: TemplateName, context: TemplateContext = {}): TemplateTexts {
  return { texts: citizenTexts(buildTemplate(name, context)), placeholders: PLACEHOLDERS[name] }
}
