// Every response the filters match, out of the figures at once (e.g. everything that came through
// the test link) with one reason, or every excluded one they match counted again. The step before
// names how many responses it will take out; both are audited by the server.
import { useAction } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import { ProblemAlert } from '../../../shared/ProblemAlert'
import { excludeMatching, restoreMatching, type ResponseQuery } from '../../api/responses'
import { formatCount } from '../../dashboard/number-format'
import { createSubmission } from '../../forms/submission'
import type { ExcludedView } from '../response-params'
import { createReason } from './reason'
import { ReasonFields } from './ReasonFields'

export function BulkExclusion(props: {
  questionnaireId: string
  /** The list's filters and receipt (the view decides what is changed). */
  query: ResponseQuery
  view: ExcludedView
  /** Counted responses the filters match (the counted view). */
  matching?: number
  filtered: boolean
  onDone: (message: string) => void
}) {
  const [open, setOpen] = createSignal(false)
  const reason = createReason()
  const exclude = useAction(excludeMatching)
  const restore = useAction(restoreMatching)
  const submission = createSubmission(async () => {
    if (props.view === '0') {
      const text = reason.take()
      if (!text) return
      const { excluded } = await exclude(props.questionnaireId, props.query, text)
      props.onDone(
        t({
          id: `${formatCount(excluded)} tanggapan dikecualikan dari semua angka.`,
          en: `${formatCount(excluded)} responses excluded from every figure.`,
        }),
      )
    } else {
      const { restored } = await restore(props.questionnaireId, props.query)
      props.onDone(
        t({
          id: `${formatCount(restored)} tanggapan dihitung kembali.`,
          en: `${formatCount(restored)} responses counted again.`,
        }),
      )
    }
    show(false)
  })
  const excluding = () => props.view === '0'
  let opener: HTMLButtonElement | undefined
  let form: HTMLFormElement | undefined
  // Keyboard and screen reader users land on the question, and back on the button after.
  const show = (next: boolean) => {
    setOpen(next)
    queueMicrotask(() =>
      (next ? form?.querySelector<HTMLElement>('input, button') : opener)?.focus(),
    )
  }
  const scope = () =>
    props.filtered
      ? t({ id: 'yang cocok dengan saringan ini', en: 'that match these filters' })
      : t({ id: 'kuesioner ini (tanpa saringan)', en: 'of this questionnaire (no filter)' })

  return (
    <Show when={props.view !== 'all' && (!excluding() || (props.matching ?? 0) > 0)}>
      <div class="bulk-exclusion">
        <Show
          when={open()}
          fallback={
            <button
              type="button"
              class="button button-secondary"
              ref={opener}
              onClick={() => show(true)}
            >
              {excluding()
                ? t({ id: 'Kecualikan semua yang cocok…', en: 'Exclude every match…' })
                : t({ id: 'Pulihkan semua yang cocok…', en: 'Restore every match…' })}
            </button>
          }
        >
          <form
            ref={form}
            class="confirm card"
            aria-labelledby="bulk-question"
            onSubmit={(e) => {
              e.preventDefault()
              void submission.submit()
            }}
          >
            <p id="bulk-question" class="confirm-question">
              {excluding()
                ? t({
                    id: `Kecualikan ${formatCount(props.matching ?? 0)} tanggapan ${scope()} dari semua angka (hitungan, skor, evaluasi, unduhan)? Dapat dipulihkan kapan saja.`,
                    en: `Exclude ${formatCount(props.matching ?? 0)} responses ${scope()} from every figure (counts, scores, evaluation, downloads)? They can be restored at any time.`,
                  })
                : t({
                    id: `Hitung kembali semua tanggapan yang dikecualikan ${scope()}?`,
                    en: `Count again every excluded response ${scope()}?`,
                  })}
            </p>
            <Show when={excluding()}>
              <ReasonFields reason={reason} />
            </Show>
            <Show when={submission.error()}>
              <ProblemAlert error={submission.error()} />
            </Show>
            <div class="actions">
              <button type="submit" class="button button-danger" disabled={submission.pending()}>
                {excluding()
                  ? t({
                      id: `Ya, kecualikan ${formatCount(props.matching ?? 0)} tanggapan`,
                      en: `Yes, exclude ${formatCount(props.matching ?? 0)} responses`,
                    })
                  : t({ id: 'Ya, pulihkan', en: 'Yes, restore' })}
              </button>
              <button type="button" class="button button-secondary" onClick={() => setOpen(false)}>
                {t({ id: 'Batal', en: 'Cancel' })}
              </button>
            </div>
          </form>
        </Show>
      </div>
    </Show>
  )
}
