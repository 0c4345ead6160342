// The response workspace: a page of a questionnaire's (or a program's) responses, one response in
// full, a receipt looked up, exclusions of one response or of every match of the filters, the
// frozen definition of a version (the table's labels) and the addresses of the downloads.
import { action, query } from '@solidjs/router'
import type { InferResponseType } from 'hono/client'
import type { Definition } from '../../../server/domain/questionnaire'
import { api } from './client'
import { unwrap } from './unwrap'

/** The list's query as the API takes it: the dashboard's filters, receipt, excluded, limit, after. */
export type ResponseQuery = Record<string, string>

/** Whose responses: one questionnaire's, or a program's across its questionnaires. */
export type ResponseSource = { questionnaireId: string } | { programId: string }

const questionnaire = api.questionnaires[':id']
const response = api.responses[':id']

/** One page, newest first; not cached: the table keeps its own pages. */
export function fetchResponsePage(source: ResponseSource, filter: ResponseQuery) {
  return 'questionnaireId' in source
    ? unwrap(questionnaire.responses.$get({ param: { id: source.questionnaireId }, query: filter }))
    : unwrap(api.programs[':id'].responses.$get({ param: { id: source.programId }, query: filter }))
}
export type ResponsePage = Awaited<ReturnType<typeof fetchResponsePage>>
export type ResponseItem = ResponsePage['items'][number]

export const getResponse = query(
  async (id: string) => unwrap(response.$get({ param: { id } })),
  'response',
)
export type ResponseDetail = InferResponseType<typeof response.$get, 200>
export type AnsweredQuestion = ResponseDetail['questions'][number]

/** The response a citizen's receipt names (staff, in their scope). */
export function findReceipt(receipt: string) {
  return unwrap(api.responses.receipt[':receipt'].$get({ param: { receipt } }))
}

export const excludeResponse = action(
  async (id: string, reason: string) =>
    unwrap(response.exclusion.$post({ param: { id }, json: { reason } })),
  'excludeResponse',
)

export const restoreResponse = action(
  async (id: string) => unwrap(response.exclusion.$delete({ param: { id } })),
  'restoreResponse',
)

/** Excludes every counted response of the questionnaire the filters match. */
export const excludeMatching = action(
  async (questionnaireId: string, filter: ResponseQuery, reason: string) =>
    unwrap(
      questionnaire.exclusions.$post({
        param: { id: questionnaireId },
        query: filter,
        json: { reason },
      }),
    ),
  'excludeMatching',
)

/** Counts again every excluded response of the questionnaire the filters match. */
export const restoreMatching = action(
  async (questionnaireId: string, filter: ResponseQuery) =>
    unwrap(questionnaire.exclusions.$delete({ param: { id: questionnaireId }, query: filter })),
  'restoreMatching',
)

/** A published version's frozen definition; versions never change, so one fetch each. */
export const getVersion = query(async (questionnaireId: string, version: string) => {
  const found = await unwrap(
    questionnaire.versions[':version'].$get({ param: { id: questionnaireId, version } }),
  )
  return { ...found, definition: found.definition as Definition }
}, 'version')
export type Version = Awaited<ReturnType<typeof getVersion>>

export type DownloadFormat = 'csv' | 'xlsx' | 'json' | 'codebook' | 'sps'

/** Where a download of the questionnaire's responses is served, with the list's filters. */
export function downloadUrl(
  questionnaireId: string,
  format: DownloadFormat,
  filter: ResponseQuery,
): string {
  const path =
    format === 'codebook'
      ? `codebook.csv`
      : format === 'sps'
        ? 'responses.sps'
        : `responses.${format}`
  const search = new URLSearchParams(filter).toString()
  return `/api/questionnaires/${encodeURIComponent(questionnaireId)}/${path}${search ? `?${search}` : ''}`
}
