// Turns a typed client call into its JSON answer or an ApiError (problem+json), and tells the
// session when the server stops recognising it (401), so the guard can send the user to login.
import { ApiError, networkProblem, problemFromResponse } from '../../shared/problem'

interface TypedResponse<T> {
  ok: boolean
  status: number
  json(): Promise<T>
}

let onUnauthenticated: (() => void) | undefined

/** Registers what to do when a call answers 401 (the console's session guard). */
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler
}

/**
 * Awaits a typed client call; answers its JSON body, or throws an ApiError. `reportLogout: false`
 * is for the session calls themselves (/me, login), whose 401 is an answer, not a lost session.
 */
export async function unwrap<T>(
  call: Promise<TypedResponse<T>>,
  opts: { reportLogout?: boolean } = {},
): Promise<T> {
  let res: TypedResponse<T>
  try {
    res = await call
  } catch (cause) {
    throw networkProblem(cause)
  }
  if (!res.ok) {
    const error = await problemFromResponse(res as unknown as Response)
    if (error.status === 401 && opts.reportLogout !== false) onUnauthenticated?.()
    throw error
  }
  if (res.status === 204) return undefined as T
  return res.json()
}
