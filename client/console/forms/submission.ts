// The state of one form's submission: pending flag, the last error and its per-field messages.
import { createSignal } from 'solid-js'
import { messageText } from '../../shared/message-text'
import { ApiError } from '../../shared/problem'

export function createSubmission<A extends unknown[], R>(run: (...args: A) => Promise<R>) {
  const [pending, setPending] = createSignal(false)
  const [error, setError] = createSignal<unknown>()

  /** Runs the call; answers its result, or undefined after recording the error. */
  async function submit(...args: A): Promise<R | undefined> {
    setPending(true)
    setError(undefined)
    try {
      return await run(...args)
    } catch (e) {
      setError(e)
      return undefined
    } finally {
      setPending(false)
    }
  }

  /** The first message per field path, in the interface's language. */
  const fieldErrors = (): Record<string, string> => {
    const e = error()
    if (!(e instanceof ApiError)) return {}
    return Object.fromEntries(
      Object.entries(e.fieldErrors()).map(([path, issue]) => [path, messageText(issue)]),
    )
  }

  return { pending, error, setError, fieldErrors, submit }
}
