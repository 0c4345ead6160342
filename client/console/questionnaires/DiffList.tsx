// What publishing would change since the last version: questions added, removed and changed
// (with the parts that changed), and changes outside the questions.
import { For, Show } from 'solid-js'
import type { Question } from '../../../server/domain/questionnaire'
import type { DraftDiff } from '../api/questionnaires'
import { t } from '../../shared/i18n'
import { diffFieldLabel } from './diff-labels'
import { TYPE_LABELS } from './question-types'

export function DiffList(props: { diff: DraftDiff; questions: readonly Question[] }) {
  const textOf = (code: string) => {
    const question = props.questions.find((q) => q.code === code)
    return question ? t(question.text) : ''
  }
  const typeOf = (type: string) => t(TYPE_LABELS[type as Question['type']] ?? { id: type })
  const fields = (names: string[]) => names.map((f) => t(diffFieldLabel(f))).join(', ')
  return (
    <div class="diff">
      <Show when={props.diff.added.length > 0}>
        <h3>
          {t({
            id: `Pertanyaan baru (${props.diff.added.length})`,
            en: `New questions (${props.diff.added.length})`,
          })}
        </h3>
        <ul class="diff-list diff-added">
          <For each={props.diff.added}>
            {(q) => (
              <li>
                <code>{q.code}</code> {textOf(q.code)} <span class="muted">({typeOf(q.type)})</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.diff.removed.length > 0}>
        <h3>
          {t({
            id: `Pertanyaan dihapus (${props.diff.removed.length})`,
            en: `Removed questions (${props.diff.removed.length})`,
          })}
        </h3>
        <ul class="diff-list diff-removed">
          <For each={props.diff.removed}>
            {(q) => (
              <li>
                <code>{q.code}</code> <span class="muted">({typeOf(q.type)})</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.diff.changed.length > 0}>
        <h3>
          {t({
            id: `Pertanyaan diubah (${props.diff.changed.length})`,
            en: `Changed questions (${props.diff.changed.length})`,
          })}
        </h3>
        <ul class="diff-list diff-changed">
          <For each={props.diff.changed}>
            {(q) => (
              <li>
                <code>{q.code}</code> {textOf(q.code)}{' '}
                <span class="muted">– {fields(q.fields)}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.diff.definitionFields.length > 0}>
        <h3>{t({ id: 'Perubahan lain', en: 'Other changes' })}</h3>
        <p>{fields(props.diff.definitionFields)}</p>
      </Show>
    </div>
  )
}
