// The evaluation's status: provisional (with its coverage: how many programs have citizens' data
// and assessors' marks) or final (with its version), and the evaluator's finalise or reopen form,
// which needs a reason.
import { createSignal, Show } from 'solid-js'
import { setFinal } from '../api/comparison'
import type { Evaluation } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { StatusBadge } from '../comparison/ItemTable'
import { problemText } from '../../shared/problem-text'

export function StatusPanel(props: { evaluation: Evaluation }) {
  const ev = () => props.evaluation
  const [reason, setReason] = createSignal('')
  const [problem, setProblem] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const frozen = () => ev().version !== null
  const c = () => ev().coverage
  const submit = async (e: SubmitEvent) => {
    e.preventDefault()
    if (!reason().trim()) return setProblem(t({ id: 'Isi alasannya.', en: 'Give a reason.' }))
    setBusy(true)
    setProblem(null)
    try {
      await setFinal(String(ev().region.id), String(ev().year), !frozen(), reason())
      setReason('')
    } catch (error) {
      setProblem(problemText(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section class="status-panel" aria-labelledby="status-title">
      <h3 id="status-title">
        {t({ id: 'Status', en: 'Status' })}: <StatusBadge status={ev().status} />{' '}
        <Show when={ev().status === 'provisional'}>
          <span>{t({ id: 'Belum lengkap', en: 'Incomplete' })}</span>
        </Show>
      </h3>
      <p data-testid="coverage">
        {t({
          id: `${c().assessed} dari ${c().programs} program dinilai asesor (${c().assessors} asesor); ${c().withData} dari ${c().programs} program berdata warga (${c().respondents} responden).`,
          en: `${c().assessed} of ${c().programs} programs assessed (${c().assessors} assessors); ${c().withData} of ${c().programs} programs with citizens' data (${c().respondents} respondents).`,
        })}
      </p>
      <p class="muted">{t(ev().versionLabel)}</p>
      <Show when={ev().finalisation}>
        {(f) => (
          <p class="muted">
            {t({ id: 'Alasan finalisasi', en: 'Reason for finalising' })}: {f().reason}
          </p>
        )}
      </Show>
      <form onSubmit={submit}>
        <label for="final-reason">
          {frozen()
            ? t({ id: 'Alasan membuka kembali', en: 'Reason for reopening' })
            : t({ id: 'Alasan finalisasi', en: 'Reason for finalising' })}
        </label>
        <textarea
          id="final-reason"
          rows="2"
          value={reason()}
          onInput={(e) => setReason(e.currentTarget.value)}
          aria-invalid={problem() ? 'true' : undefined}
          aria-describedby={problem() ? 'final-problem' : undefined}
        />
        <Show when={problem()}>
          <p id="final-problem" class="field-error" role="alert">
            {problem()}
          </p>
        </Show>
        <button type="submit" class="button" disabled={busy()}>
          {frozen()
            ? t({ id: 'Buka kembali', en: 'Reopen' })
            : t({ id: 'Finalkan', en: 'Finalise' })}
        </button>
      </form>
    </section>
  )
}
