// Shows a failed call to the user: a localized summary by status, the server's detail, and any
// field messages that no field on the form displays.
import { For, Show } from 'solid-js'
import { t } from './i18n'
import { ApiError } from './problem'
import { serverText } from './server-messages'

const SUMMARY: Record<number, { id: string; en: string }> = {
  0: { id: 'Tidak dapat terhubung ke server.', en: 'Could not reach the server.' },
  400: { id: 'Permintaan tidak dapat dibaca.', en: 'The request could not be read.' },
  401: { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in.' },
  403: { id: 'Anda tidak diizinkan melakukan ini.', en: 'You are not allowed to do this.' },
  404: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  409: { id: 'Data bentrok dengan yang sudah ada.', en: 'This conflicts with existing data.' },
  422: { id: 'Periksa isian yang ditandai.', en: 'Check the marked fields.' },
  429: { id: 'Terlalu banyak permintaan. Coba lagi nanti.', en: 'Too many requests. Try later.' },
}
const FALLBACK = { id: 'Terjadi kesalahan di server.', en: 'Something went wrong on the server.' }

export function ProblemAlert(props: { error: unknown; shownFields?: readonly string[] }) {
  const problem = () => (props.error instanceof ApiError ? props.error.problem : undefined)
  const summary = () => t(SUMMARY[problem()?.status ?? -1] ?? FALLBACK)
  const unshown = () =>
    (problem()?.errors ?? []).filter((e) => !(props.shownFields ?? []).includes(e.path))
  return (
    <div class="alert alert-error" role="alert">
      <p class="alert-title">{summary()}</p>
      <Show when={problem()?.detail && problem()?.status !== 422}>
        <p>{t(serverText(problem()!.detail!))}</p>
      </Show>
      <Show when={!problem() && props.error instanceof Error}>
        <p>{(props.error as Error).message}</p>
      </Show>
      <Show when={unshown().length > 0}>
        <ul>
          <For each={unshown()}>
            {(e) => (
              <li>
                <Show when={e.path}>
                  <code>{e.path}</code>:{' '}
                </Show>
                {t(serverText(e.message))}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  )
}
