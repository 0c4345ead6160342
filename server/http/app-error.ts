// The one error type of the application: a closed list of codes, each with its HTTP status,
// rendered as application/problem+json (RFC 9457) by the error handler.

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
  message: string
  /** Optional machine-readable detail, e.g. bilingual messages for the citizen form. */
  [extra: string]: unknown
}

export class AppError extends Error {
  readonly status: number
  readonly title: string

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldIssue[],
    readonly headers?: Record<string, string>,
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? TITLE[code])
    this.status = STATUS[code]
    this.title = TITLE[code]
  }

  toProblem(): Record<string, unknown> {
    return {
      type: `/problems/${this.code.replaceAll('_', '-')}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extra,
    }
  }

  static notFound(what: string): AppError {
    return new AppError('not_found', `${what} was not found.`)
  }

  static forbidden(detail = 'Your role does not allow this.'): AppError {
    return new AppError('forbidden', detail)
  }

  static invalid(errors: FieldIssue[], detail = 'Some fields are not valid.'): AppError {
    return new AppError('invalid', detail, errors)
  }
}
