// Problem details (RFC 9457) as the API answers them, and the one error type the clients throw
// for a failed call: status, title, detail and per-field messages, each with its catalogue code
// (the console renders the code, never the English beside it).
import type { MessageParams } from '../../server/domain/messages'

export interface FieldProblem {
  path: string
  code?: string
  params?: MessageParams
  /** English, for logs; the console shows the code's wording. */
  message: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  /** The detail's code in the message catalogue, and its parameters. */
  code?: string
  params?: MessageParams
  errors?: FieldProblem[]
}

export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    /** Seconds to wait before retrying, from a 429's Retry-After header. */
    readonly retryAfter?: number,
  ) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiError'
  }

  get status(): number {
    return this.problem.status
  }

  /** The first problem per field path, e.g. `{ name: { code: 'program.name-required', ... } }`. */
  fieldErrors(): Record<string, FieldProblem> {
    const byPath: Record<string, FieldProblem> = {}
    for (const issue of this.problem.errors ?? []) byPath[issue.path] ??= issue
    return byPath
  }
}

/** Reads a failed response into an ApiError, whether or not it carries problem+json. */
export async function problemFromResponse(res: Response): Promise<ApiError> {
  const retry = Number(res.headers.get('retry-after'))
  const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : undefined
  let body: Partial<Problem> = {}
  if (/json/.test(res.headers.get('content-type') ?? '')) {
    body = ((await res.json().catch(() => ({}))) ?? {}) as Partial<Problem>
  }
  return new ApiError(
    {
      type: body.type ?? 'about:blank',
      title: body.title ?? (res.statusText || `HTTP ${res.status}`),
      status: res.status,
      detail: body.detail,
      code: typeof body.code === 'string' ? body.code : undefined,
      params: body.params,
      errors: Array.isArray(body.errors) ? body.errors : undefined,
    },
    retryAfter,
  )
}

/** The error for a request that never got an answer (offline, server down). */
export function networkProblem(cause: unknown): ApiError {
  return new ApiError({
    type: 'network',
    title: 'Network error',
    status: 0,
    detail: cause instanceof Error ? cause.message : undefined,
  })
}
