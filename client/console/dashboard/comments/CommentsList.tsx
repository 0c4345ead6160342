// Citizens' free-text comments, newest first, searchable and paged. A comment is shown as text
// only (never parsed as HTML) and keeps its line breaks.
import { For, Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import { ProblemAlert } from '../../../shared/ProblemAlert'
import type { Analytics } from '../../api/analytics'
import { formatCount } from '../number-format'
import { CommentSearch } from './CommentSearch'
import { useCommentPages } from './comment-pages'

export function CommentsList(props: {
  programId: string
  analytics: Analytics
  question?: string
  search?: string
  filtered: boolean
  refresh: number
  onChange: (changes: { text?: string; search?: string }) => void
}) {
  const questions = () => props.analytics.textQuestions
  const question = () => questions().find((q) => q.code === props.question) ?? questions()[0]
  const pages = useCommentPages(() => ({
    programId: props.programId,
    question: question()?.code,
    search: props.search,
    refresh: props.refresh,
  }))
  const when = (iso: string) =>
    new Date(iso).toLocaleString(t({ id: 'id-ID', en: 'en-GB' }), {
      dateStyle: 'medium',
      timeStyle: 'short',
    })

  return (
    <section class="dashboard-section comments" aria-labelledby="comments-title">
      <h3 id="comments-title">{t({ id: 'Komentar warga', en: "Citizens' comments" })}</h3>
      <Show
        when={questions().length > 0}
        fallback={
          <p class="muted">
            {t({
              id: 'Kuesioner program tidak memiliki pertanyaan isian bebas.',
              en: 'The questionnaires have no free-text question.',
            })}
          </p>
        }
      >
        <div class="card">
          <CommentSearch
            questions={questions()}
            question={question()?.code}
            search={props.search}
            onChange={props.onChange}
          />
          <Show when={props.filtered}>
            <p class="muted table-note">
              {t({
                id: 'Komentar tidak mengikuti saringan periode, saluran dan segmen di atas.',
                en: 'Comments do not follow the period, channel and segment filters above.',
              })}
            </p>
          </Show>
          <p class="muted" role="status">
            {pages.loading()
              ? t({ id: 'Memuat komentar…', en: 'Loading comments…' })
              : t({
                  id: `Menampilkan ${formatCount(pages.items().length)} komentar, terbaru dahulu.`,
                  en: `Showing ${formatCount(pages.items().length)} comments, newest first.`,
                })}
          </p>
          <Show when={pages.error()}>{(e) => <ProblemAlert error={e()} />}</Show>
          <ol class="comment-list">
            <For each={pages.items()}>
              {(c) => (
                <li class="comment">
                  <p class="comment-text">{c.text}</p>
                  <p class="comment-meta">
                    <time datetime={c.submittedAt}>{when(c.submittedAt)}</time> · {c.channel}
                  </p>
                </li>
              )}
            </For>
          </ol>
          <Show when={pages.next() !== null}>
            <button
              type="button"
              class="button button-secondary"
              disabled={pages.loading()}
              onClick={() => void pages.more()}
            >
              {t({ id: 'Muat komentar lebih lama', en: 'Load older comments' })}
            </button>
          </Show>
        </div>
      </Show>
    </section>
  )
}
