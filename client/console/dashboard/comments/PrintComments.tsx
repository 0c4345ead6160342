// The comments on paper: the first page of what the dashboard lists for the same selection,
// question and search, with the question named and how many are shown.
import { createAsync } from '@solidjs/router'
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import { fetchComments, type Analytics, type DashboardQuery } from '../../api/analytics'
import { formatCount } from '../number-format'
import { commentQuestion } from './comment-pages'
import { CommentItems } from './CommentItems'

const FIRST_PAGE = 10

export function PrintComments(props: {
  programId: string
  filter: DashboardQuery
  analytics: Analytics
  question?: string
  search?: string
  timeZone: string
}) {
  const question = () => commentQuestion(props.analytics, props.question)
  const page = createAsync(async () => {
    const code = question()?.code
    if (!code) return undefined
    return fetchComments(props.programId, props.filter, {
      question: code,
      q: props.search,
      limit: FIRST_PAGE,
    })
  })
  return (
    <Show when={question()}>
      {(q) => (
        <section class="dashboard-section comments" aria-labelledby="comments-title">
          <h3 id="comments-title">{t({ id: 'Komentar warga', en: "Citizens' comments" })}</h3>
          <div class="card">
            <p class="muted">
              {t(q().text)}
              <Show when={props.search}>
                {' · '}
                {t({ id: `berisi “${props.search}”`, en: `containing “${props.search}”` })}
              </Show>
              {' · '}
              {t({
                id: `${formatCount(page()?.items.length ?? 0)} terbaru`,
                en: `the ${formatCount(page()?.items.length ?? 0)} newest`,
              })}
            </p>
            <Show
              when={(page()?.items.length ?? 0) > 0}
              fallback={<p>{t({ id: 'Belum ada komentar.', en: 'No comments yet.' })}</p>}
            >
              <CommentItems items={page()!.items} timeZone={props.timeZone} />
            </Show>
          </div>
        </section>
      )}
    </Show>
  )
}
