// Shows a failed call to the user: a localized summary by status, the server's detail by its code,
// and any field messages (by code) that no field on the form displays.
import { For, Show } from 'solid-js'
import { messageText } from './message-text'
import { ApiError } from './problem'
import { problemDetail, problemSummary } from './problem-text'

export function ProblemAlert(props: { error: unknown; shownFields?: readonly string[] }) {
  const problem = () => (props.error instanceof ApiError ? props.error.problem : undefined)
  const summary = () => problemSummary(props.error)
  const detail = () => (problem()?.status === 422 ? undefined : problemDetail(props.error))
  const unshown = () =>
    (problem()?.errors ?? []).filter((e) => !(props.shownFields ?? []).includes(e.path))
  return (
    <div class="alert alert-error" role="alert">
      <p class="alert-title">{summary()}</p>
      <Show when={detail()}>{(text) => <p>{text()}</p>}</Show>
      <Show when={unshown().length > 0}>
        <ul>
          <For each={unshown()}>
            {(e) => (
              <li>
                <Show when={e.path}>
                  <code>{e.path}</code>:{' '}
                </Show>
                {messageText(e)}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  )
}
