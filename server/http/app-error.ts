// The one error type of the application: a closed list of codes, each with its HTTP status,
// rendered as application/problem+json (RFC 9457) by the error handler. Its `type` names the
// kind of problem (/problems/not-found); its detail and each field issue carry a message code of
// the catalogue (server/domain/messages) with its parameters, beside the English wording, so the
// console says it in the reader's language from the code.
import {
  englishMessage,
  type CodedMessage,
  type MessageCode,
  type MessageParams,
} from '../domain/messages'

export type ErrorCode =
  | 'invalid'
  | 'malformed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'gone'
  | 'link_not_open'
  | 'link_closed'
  | 'link_capped'
  | 'link_inactive'
  | 'already_responded'
  | 'unavailable'

const STATUS: Record<ErrorCode, number> = {
  invalid: 422,
  malformed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  gone: 410,
  link_not_open: 403,
  link_closed: 410,
  link_capped: 410,
  link_inactive: 410,
  already_responded: 409,
  unavailable: 503,
}

const TITLE: Record<ErrorCode, string> = {
  invalid: 'The request is not valid',
  malformed: 'The request could not be read',
  unauthenticated: 'Login required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported media type',
  rate_limited: 'Too many requests',
  gone: 'No longer available',
  link_not_open: 'This questionnaire is not open yet',
  link_closed: 'This questionnaire is closed',
  link_capped: 'This questionnaire has reached its response limit',
  link_inactive: 'This link is not active',
  already_responded: 'A response was already sent from this device',
  unavailable: 'Service unavailable',
}

export interface FieldIssue {
  /** Dotted path to the offending field, e.g. `answers.U3` or `sections.0.questions.1.code`. */
  path: string
  /** The message's code in the catalogue (an answer check's code for citizens' answers). */
  code: string
  params?: MessageParams
  /** The English wording, for other systems. */
  message: string
  /** Optional machine-readable detail, e.g. bilingual messages for the citizen form. */
  [extra: string]: unknown
}

/** A catalogue message to put in a problem's detail. */
export function said(code: MessageCode, params?: MessageParams): CodedMessage {
  return params ? { code, params } : { code }
}

/** A field issue from a catalogue message: its code, parameters and English wording. */
export function fieldIssue(path: string, code: MessageCode, params?: MessageParams): FieldIssue {
  return { path, code, ...(params ? { params } : {}), message: englishMessage(code, params) }
}

/** Things the API says were not found, by the code of their name. */
const NOUNS = {
  program: 'noun.program',
  link: 'noun.link',
  questionnaire: 'noun.questionnaire',
  user: 'noun.user',
  region: 'noun.region',
  receipt: 'noun.receipt',
  response: 'noun.response',
  'questionnaire link': 'noun.questionnaire-link',
  token: 'noun.token',
  webhook: 'noun.webhook',
  'follow-up': 'noun.follow-up',
  'approved comment': 'noun.approved-comment',
  'published results': 'noun.published-results',
  agency: 'noun.agency',
} as const satisfies Record<string, MessageCode>

export class AppError extends Error {
  readonly status: number
  readonly title: string
  readonly detail?: string
  /** The detail as a catalogue message (what the console renders). */
  readonly said?: CodedMessage

  constructor(
    readonly code: ErrorCode,
    detail?: CodedMessage,
    readonly errors?: FieldIssue[],
    readonly headers?: Record<string, string>,
    readonly extra?: Record<string, unknown>,
  ) {
    const text = detail && englishMessage(detail.code as MessageCode, detail.params)
    super(text ?? TITLE[code])
    this.status = STATUS[code]
    this.title = TITLE[code]
    this.detail = text
    this.said = detail
  }

  toProblem(): Record<string, unknown> {
    return {
      type: `/problems/${this.code.replaceAll('_', '-')}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.said
        ? { code: this.said.code, ...(this.said.params ? { params: this.said.params } : {}) }
        : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extra,
    }
  }

  static notFound(what: keyof typeof NOUNS): AppError {
    return new AppError('not_found', said('not-found', { what: NOUNS[what] }))
  }

  static forbidden(detail: CodedMessage = said('role.forbidden')): AppError {
    return new AppError('forbidden', detail)
  }

  static invalid(errors: FieldIssue[], detail: CodedMessage = said('fields.invalid')): AppError {
    return new AppError('invalid', detail, errors)
  }
}
