// One response out of every figure with a reason, or back in: for admins and the owners of its
// program. The change shows at once on the page; every figure of the program follows.
import { useAction } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import { ProblemAlert } from '../../../shared/ProblemAlert'
import { excludeResponse, restoreResponse, type ResponseDetail } from '../../api/responses'
import { createSubmission } from '../../forms/submission'
import { createReason } from './reason'
import { ReasonFields } from './ReasonFields'

export function ExclusionPanel(props: { response: ResponseDetail }) {
  const reason = createReason()
  const [done, setDone] = createSignal('')
  const exclude = useAction(excludeResponse)
  const restore = useAction(restoreResponse)
  const id = () => String(props.response.id)
  const submission = createSubmission(async () => {
    if (props.response.excluded) {
      await restore(id())
      setDone(t({ id: 'Tanggapan dihitung kembali.', en: 'The response is counted again.' }))
      return
    }
    const text = reason.take()
    if (!text) return
    await exclude(id(), text)
    setDone(t({ id: 'Tanggapan dikecualikan.', en: 'The response is excluded.' }))
  })

  return (
    <section class="card exclusion-panel" aria-labelledby="exclusion-title">
      <h2 id="exclusion-title">
        {props.response.excluded
          ? t({ id: 'Hitung kembali', en: 'Count it again' })
          : t({ id: 'Kecualikan dari perhitungan', en: 'Exclude from the figures' })}
      </h2>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault()
          setDone('')
          void submission.submit()
        }}
      >
        <Show
          when={!props.response.excluded}
          fallback={
            <p>
              {t({
                id: 'Tanggapan ini akan kembali masuk ke semua hitungan, skor, evaluasi dan unduhan.',
                en: 'The response will be back in every count, score, evaluation and download.',
              })}
            </p>
          }
        >
          <p>
            {t({
              id: 'Tanggapan yang dikecualikan tidak dihitung di hitungan, skor, evaluasi dan unduhan; tetap tersimpan dan dapat dipulihkan.',
              en: 'An excluded response leaves every count, score, evaluation and download; it stays stored and can be restored.',
            })}
          </p>
          <ReasonFields reason={reason} />
        </Show>
        <Show when={submission.error()}>
          <ProblemAlert error={submission.error()} />
        </Show>
        <div class="actions">
          <button
            type="submit"
            class="button"
            classList={{ 'button-danger': !props.response.excluded }}
            disabled={submission.pending()}
          >
            {props.response.excluded
              ? t({ id: 'Pulihkan tanggapan', en: 'Restore the response' })
              : t({ id: 'Kecualikan tanggapan', en: 'Exclude the response' })}
          </button>
        </div>
        <p role="status" class="status-slot">
          {done()}
        </p>
      </form>
    </section>
  )
}
