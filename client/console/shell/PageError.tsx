// What a page shows when loading it failed; clears itself when the user navigates elsewhere.
import { A, useLocation } from '@solidjs/router'
import { createEffect, on, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { ApiError } from '../../shared/problem'

export function PageError(props: { error: unknown; reset: () => void }) {
  const location = useLocation()
  createEffect(
    on(
      () => location.pathname + location.search,
      () => props.reset(),
      { defer: true },
    ),
  )
  const status = () => (props.error instanceof ApiError ? props.error.status : undefined)
  return (
    <section class="page-error" aria-labelledby="page-error-title">
      <h1 id="page-error-title">
        {status() === 404
          ? t({ id: 'Tidak ditemukan', en: 'Not found' })
          : status() === 403
            ? t({ id: 'Bukan wewenang Anda', en: 'Not yours to open' })
            : t({ id: 'Halaman tidak dapat dimuat', en: 'The page could not be loaded' })}
      </h1>
      <ProblemAlert error={props.error} />
      <p class="actions">
        <Show when={status() !== 404 && status() !== 403}>
          <button type="button" class="button" onClick={() => props.reset()}>
            {t({ id: 'Coba lagi', en: 'Try again' })}
          </button>
        </Show>
        <A class="button button-secondary" href="/">
          {t({ id: 'Ke daftar program', en: 'To the program list' })}
        </A>
      </p>
    </section>
  )
}
