// Choosing the table's columns: a folded list of checkboxes (the response's facts, then every
// question by code and wording) and a way back to the defaults; remembered per questionnaire.
import { For, Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { Column } from './columns'

export function ColumnPicker(props: {
  columns: readonly Column[]
  isShown: (column: Column) => boolean
  onToggle: (key: string, shown: boolean) => void
  customised: boolean
  onReset: () => void
}) {
  const shownCount = () => props.columns.filter(props.isShown).length
  return (
    <details class="column-picker">
      <summary>
        {t({ id: 'Kolom', en: 'Columns' })} ({shownCount()}/{props.columns.length})
      </summary>
      <fieldset>
        <legend>{t({ id: 'Kolom yang ditampilkan', en: 'Columns shown' })}</legend>
        <ul class="column-list">
          <For each={props.columns}>
            {(column) => (
              <li>
                <label>
                  <input
                    type="checkbox"
                    checked={props.isShown(column)}
                    disabled={column.fixed}
                    onChange={(e) => props.onToggle(column.key, e.currentTarget.checked)}
                  />{' '}
                  <Show when={column.question}>
                    <span class="question-code">{column.question!.code}</span>{' '}
                  </Show>
                  {t(column.label)}
                </label>
              </li>
            )}
          </For>
        </ul>
        <Show when={props.customised}>
          <button type="button" class="button button-secondary" onClick={() => props.onReset()}>
            {t({ id: 'Kembalikan kolom bawaan', en: 'Back to the default columns' })}
          </button>
        </Show>
      </fieldset>
    </details>
  )
}
