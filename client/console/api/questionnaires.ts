// Questionnaires: templates, a program's questionnaires, one questionnaire with its draft, saving
// the draft, what publishing would change, and publishing it as a new version.
import { action, query } from '@solidjs/router'
import type { InferResponseType } from 'hono/client'
import type { Definition } from '../../../server/domain/questionnaire'
import { api } from './client'
import { unwrap } from './unwrap'

/** The templates as they would be created for the program (its kecamatan question counted). */
export const getTemplates = query(
  async (programId: string) => (await unwrap(api.templates.$get({ query: { programId } }))).items,
  'templates',
)
export type Template = InferResponseType<typeof api.templates.$get, 200>['items'][number]

/** The checks before publishing the saved draft: blockers, warnings, languages, notice. */
export function getPublishChecks(id: string) {
  return unwrap(api.questionnaires[':id'].checks.$get({ param: { id } }))
}
export type PublishChecks = Awaited<ReturnType<typeof getPublishChecks>>
export type PublishCheck = PublishChecks['warnings'][number]
export type TemplateName = Template['name']

export const listQuestionnaires = query(
  async (programId: string) =>
    (await unwrap(api.programs[':id'].questionnaires.$get({ param: { id: programId } }))).items,
  'questionnaires',
)
export type QuestionnaireSummary = Awaited<ReturnType<typeof listQuestionnaires>>[number]

type QuestionnaireJson = InferResponseType<(typeof api.questionnaires)[':id']['$get'], 200>
/** A questionnaire with its draft typed as the domain's Definition (JSON loses the recursion). */
export type Questionnaire = Omit<QuestionnaireJson, 'draft'> & { draft: Definition }

export const getQuestionnaire = query(
  async (id: string): Promise<Questionnaire> =>
    (await unwrap(api.questionnaires[':id'].$get({ param: { id } }))) as Questionnaire,
  'questionnaire',
)

export const createQuestionnaire = action(
  async (programId: string, template: TemplateName) =>
    unwrap(
      api.programs[':id'].questionnaires.$post({ param: { id: programId }, json: { template } }),
    ),
  'createQuestionnaire',
)

/** Saves the draft; a plain call (not an action) so the builder keeps its own editing state. */
export function saveDraft(id: string, draft: Definition, sampleTarget: number | null) {
  return unwrap(api.questionnaires[':id'].$put({ param: { id }, json: { draft, sampleTarget } }))
}

/** What the saved draft changes since the latest published version. */
export function getDraftDiff(id: string) {
  return unwrap(api.questionnaires[':id'].diff.$get({ param: { id } }))
}
export type DraftDiff = Awaited<ReturnType<typeof getDraftDiff>>

/** Freezes the saved draft as the next version. */
export function publishDraft(id: string) {
  return unwrap(api.questionnaires[':id'].publish.$post({ param: { id } }))
}
export type Published = Awaited<ReturnType<typeof publishDraft>>
