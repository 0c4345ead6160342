// Citizens' free-text comments of the responses the dashboard selects (questionnaire, period,
// channel, segments), newest first, searchable and paged, each with its time on the region's
// clock. A comment is shown as text only (never parsed as HTML) and keeps its line breaks.
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import { ProblemAlert } from '../../../shared/ProblemAlert'
import type { Analytics, DashboardQuery } from '../../api/analytics'
import { formatCount } from '../number-format'
import { CommentItems } from './CommentItems'
import { CommentSearch } from './CommentSearch'
import { commentQuestion, useCommentPages } from './comment-pages'

export function CommentsList(props: {
  programId: string
  filter: DashboardQuery
  analytics: Analytics
  question?: string
  search?: string
  timeZone: string
  refresh: number
  onChange: (changes: { text?: string; search?: string }) => void
}) {
  const questions = () => props.analytics.textQuestions
  const question = () => commentQuestion(props.analytics, props.question)
  const pages = useCommentPages(() => ({
    programId: props.programId,
    filter: props.filter,
    question: question()?.code,
    search: props.search,
    refresh: props.refresh,
  }))

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
          <p class="muted" role="status">
            {pages.loading()
              ? t({ id: 'Memuat komentar…', en: 'Loading comments…' })
              : t({
                  id: `Menampilkan ${formatCount(pages.items().length)} komentar, terbaru dahulu.`,
                  en: `Showing ${formatCount(pages.items().length)} comments, newest first.`,
                })}
          </p>
          <Show when={pages.error()}>{(e) => <ProblemAlert error={e()} />}</Show>
          <CommentItems items={pages.items()} timeZone={props.timeZone} />
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
