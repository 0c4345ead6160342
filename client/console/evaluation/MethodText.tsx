// How every number on the page is computed, as the API words it for this evaluation (the same
// text as the export's method sheet, in Indonesian).
import { For, Show } from 'solid-js'
import type { Evaluation } from '../api/evaluations'
import { lang, t } from '../../shared/i18n'

export function MethodText(props: { method: Evaluation['method'] }) {
  return (
    <details class="card ev-method">
      <summary>
        <h2>{t({ id: 'Metode perhitungan', en: 'Method' })}</h2>
      </summary>
      <Show when={lang() === 'en'}>
        <p class="muted">
          The method is written in Indonesian, as in the exported evaluation sheet.
        </p>
      </Show>
      <dl lang="id">
        <For each={props.method}>
          {(entry) => (
            <>
              <dt>{entry.title}</dt>
              <dd>{entry.text}</dd>
            </>
          )}
        </For>
      </dl>
    </details>
  )
}
