// Publication of a program's results (published or not, where, approved comments) and the
// addresses of the SKM report downloads.
import { query, revalidate } from '@solidjs/router'
import type { InferResponseType } from 'hono/client'
import { api } from './client'
import { unwrap } from './unwrap'

const publication = api.programs[':id'].publication

export const getPublication = query(
  async (programId: string) => unwrap(publication.$get({ param: { id: programId } })),
  'publication',
)
export type Publication = InferResponseType<typeof publication.$get, 200>

export async function setPublished(programId: string, published: boolean) {
  const saved = await unwrap(publication.$put({ param: { id: programId }, json: { published } }))
  await revalidate(getPublication.keyFor(programId))
  return saved
}

export async function approveComment(programId: string, responseId: number, code: string) {
  const saved = await unwrap(
    publication.comments.$post({ param: { id: programId }, json: { responseId, code } }),
  )
  await revalidate(getPublication.keyFor(programId))
  return saved
}

export async function withdrawComment(programId: string, responseId: number, code: string) {
  await unwrap(
    publication.comments[':responseId'][':code'].$delete({
      param: { id: programId, responseId: String(responseId), code },
    }),
  )
  await revalidate(getPublication.keyFor(programId))
}

export type ReportFormat = 'pdf' | 'docx'

/** The SKM report of one questionnaire or of an agency, over a period code (2024, 2024-Q2...). */
export function skmReportUrl(
  of: { questionnaireId: string } | { agencyId: string },
  period: string,
  format: ReportFormat,
): string {
  const base =
    'questionnaireId' in of
      ? `/api/questionnaires/${of.questionnaireId}`
      : `/api/agencies/${of.agencyId}`
  return `${base}/skm-report.${format}?period=${encodeURIComponent(period)}`
}
