// The program's quick-win mark (the mean of the criterion means), how many assessors gave it,
// and how it is computed.
import { Show } from 'solid-js'
import type { Assessment } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { formatScore } from './score-format'

export function QuickwinMark(props: { assessment: Assessment }) {
  const a = () => props.assessment
  return (
    <div class="card quickwin-mark">
      <p class="ev-impact-value">
        <span class="ev-label">{t({ id: 'Nilai quick win', en: 'Quick-win mark' })}</span>
        <strong data-testid="quickwin-mark">{formatScore(a().quickwinMark)}</strong>
        <span class="ev-note">
          <Show
            when={a().assessors > 0}
            fallback={t({ id: 'belum ada asesor yang menilai', en: 'no assessor has marked it' })}
          >
            {t({
              id: `dari ${a().assessors} asesor`,
              en: `from ${a().assessors} assessor${a().assessors === 1 ? '' : 's'}`,
            })}
          </Show>
        </span>
      </p>
      <p class="muted ev-method-note">{t(a().method)}</p>
    </div>
  )
}
