// The comments' controls: which free-text question (when there are several) and a search box
// that waits for a pause in typing before it searches (?text=&search= in the URL).
import { onCleanup, Show } from 'solid-js'
import { Field } from '../../../shared/Field'
import { t } from '../../../shared/i18n'
import type { Analytics } from '../../api/analytics'
import { Options } from '../../forms/Options'

export function CommentSearch(props: {
  questions: Analytics['textQuestions']
  question?: string
  search?: string
  onChange: (changes: { text?: string; search?: string }) => void
}) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const onSearch = (value: string) => {
    clearTimeout(timer)
    timer = setTimeout(() => props.onChange({ search: value.trim() || undefined }), 350)
  }
  onCleanup(() => clearTimeout(timer))

  return (
    <form
      class="comment-controls"
      role="search"
      aria-label={t({ id: 'Cari komentar', en: 'Search comments' })}
      onSubmit={(e) => e.preventDefault()}
    >
      <Show when={props.questions.length > 1}>
        <Field label={t({ id: 'Pertanyaan', en: 'Question' })}>
          {(control) => (
            <select {...control} onChange={(e) => props.onChange({ text: e.currentTarget.value })}>
              <Options
                items={props.questions}
                value={props.question}
                key={(q) => q.code}
                label={(q) => t(q.text)}
              />
            </select>
          )}
        </Field>
      </Show>
      <Field label={t({ id: 'Cari dalam komentar', en: 'Search the comments' })}>
        {(control) => (
          <input
            {...control}
            type="search"
            maxLength={100}
            value={props.search ?? ''}
            onInput={(e) => onSearch(e.currentTarget.value)}
          />
        )}
      </Field>
    </form>
  )
}
