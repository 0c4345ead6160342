// Which citizens' comments the public page shows: none unless approved here. Lists the approved
// ones (withdrawable) and the latest answers to a free-text question to approve; personal
// questions never appear.
import { createAsync } from '@solidjs/router'
import { createResource, createSignal, For, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { fetchComments, getAnalytics } from '../api/analytics'
import { approveComment, withdrawComment, type Publication } from '../api/publication'
import { formatDay, formatMoment } from '../dashboard/number-format'
import { createSubmission } from '../forms/submission'

export function PublicComments(props: {
  programId: string
  publication: Publication
  canWrite: boolean
}) {
  const analytics = createAsync(() => getAnalytics(props.programId, {}))
  const questions = () => analytics()?.textQuestions ?? []
  const [question, setQuestion] = createSignal<string>()
  const code = () => question() ?? questions()[0]?.code
  const [latest, { refetch }] = createResource(code, (c) =>
    fetchComments(props.programId, {}, { question: c, limit: 10 }),
  )
  const approved = (responseId: number, c: string) =>
    props.publication.comments.some((x) => x.responseId === responseId && x.code === c)
  const approve = createSubmission(async (responseId: number) => {
    await approveComment(props.programId, responseId, code()!)
    await refetch()
  })
  const withdraw = createSubmission((responseId: number, c: string) =>
    withdrawComment(props.programId, responseId, c),
  )
  return (
    <section class="card stack" aria-labelledby="public-comments-title">
      <h3 id="public-comments-title">
        {t({ id: 'Komentar di halaman publik', en: 'Comments on the public page' })}
      </h3>
      <p class="muted">
        {t({
          id: 'Tidak ada komentar yang tampil tanpa persetujuan Anda. Periksa bahwa komentar tidak memuat nama, nomor atau data pribadi lain.',
          en: 'No comment shows without your approval. Check that a comment holds no name, number or other personal data.',
        })}
      </p>
      <Show when={approve.error() || withdraw.error()}>
        <ProblemAlert error={approve.error() ?? withdraw.error()} />
      </Show>
      <Show
        when={props.publication.comments.length > 0}
        fallback={
          <p class="empty">
            {t({ id: 'Belum ada komentar yang disetujui.', en: 'No comment approved yet.' })}
          </p>
        }
      >
        <ul class="plain-list" aria-label={t({ id: 'Disetujui', en: 'Approved' })}>
          <For each={props.publication.comments}>
            {(c) => (
              <li>
                <q>{c.text}</q> <span class="muted">{formatDay(c.day)}</span>{' '}
                <Show when={props.canWrite}>
                  <button
                    type="button"
                    class="button button-quiet"
                    disabled={withdraw.pending()}
                    onClick={() => withdraw.submit(c.responseId, c.code)}
                  >
                    {t({ id: 'Tarik', en: 'Withdraw' })}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.canWrite && questions().length > 0}>
        <label class="field">
          {t({ id: 'Komentar terbaru dari pertanyaan', en: 'Latest comments of the question' })}
          <select value={code()} onChange={(e) => setQuestion(e.currentTarget.value)}>
            <For each={questions()}>
              {(q) => (
                <option value={q.code} selected={q.code === code()}>
                  {t(q.text)}
                </option>
              )}
            </For>
          </select>
        </label>
        <ul class="plain-list" aria-label={t({ id: 'Komentar terbaru', en: 'Latest comments' })}>
          <For each={latest()?.items ?? []}>
            {(item) => (
              <li>
                <q>{item.text}</q>{' '}
                <span class="muted">{formatMoment(new Date(item.submittedAt))}</span>{' '}
                <Show
                  when={!approved(item.responseId, code()!)}
                  fallback={<span class="badge">{t({ id: 'Tampil', en: 'Shown' })}</span>}
                >
                  <button
                    type="button"
                    class="button button-quiet"
                    disabled={approve.pending()}
                    onClick={() => approve.submit(item.responseId)}
                  >
                    {t({ id: 'Tampilkan di halaman publik', en: 'Show on the public page' })}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
