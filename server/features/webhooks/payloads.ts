// The bodies webhooks receive: `{ type, timestamp, data }` (the Standard Webhooks shape). A
// response.created carries the response as an export row would (answers keyed by question code,
// questions marked personal left out, the respondent's impact score on the 0-5 scale).
import { randomBytes } from 'node:crypto'
import { allQuestions, type Definition } from '../../domain/questionnaire'
import type { WebhookEventType } from '../../domain/integrations'

/** A message id for the webhook-id header: the same on every attempt of a delivery. */
export const newEventId = () => `msg_${randomBytes(12).toString('base64url')}`

export function eventBody(type: WebhookEventType, at: Date | string, data: unknown): string {
  const timestamp = typeof at === 'string' ? at : at.toISOString()
  return JSON.stringify({ type, timestamp, data })
}

/** The codes of a definition's questions marked personal (never sent). */
export function personalCodes(definition: Definition): Set<string> {
  return new Set(
    allQuestions(definition)
      .filter((q) => q.personal)
      .map((q) => q.code),
  )
}

export interface StoredResponse {
  id: number
  program_id: number
  questionnaire_id: number
  version_id: number
  version: number
  link_id: number
  channel: string
  submitted_at: string
  receipt: string
  answers: string
  segments: string
  impact: number | null
}

export function responseCreatedData(row: StoredResponse, personal: Set<string>) {
  const answers = Object.fromEntries(
    Object.entries(JSON.parse(row.answers) as Record<string, unknown>).filter(
      ([code]) => !personal.has(code),
    ),
  )
  return {
    id: row.id,
    receipt: row.receipt,
    programId: row.program_id,
    questionnaireId: row.questionnaire_id,
    version: row.version,
    linkId: row.link_id,
    channel: row.channel,
    submittedAt: row.submitted_at,
    answers,
    segments: JSON.parse(row.segments) as Record<string, unknown>,
    impactScore: row.impact === null ? null : row.impact * 5,
  }
}
