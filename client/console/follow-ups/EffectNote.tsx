// Whether a finished action moved its element or criterion: the verdict, the value before and
// after with their windows and respondents, and the change with its 95% interval.
import { Show } from 'solid-js'
import { t } from '../../shared/i18n'
import type { FollowUpEffect } from '../api/follow-ups'
import {
  formatCount,
  formatDecimal,
  formatInterval,
  formatSigned,
} from '../dashboard/number-format'
import { VERDICT_TEXT, windowName } from './follow-up-texts'
import './follow-ups.css'

export function EffectNote(props: { effect: FollowUpEffect }) {
  const e = () => props.effect
  const measure = () => (e().measure === 'nrr' ? 'NRR' : t({ id: 'Skor', en: 'Score' }))
  const window = (w: { from: string; to: string; n: number; value: number | null }) =>
    `${t(windowName(w.from, w.to))}: ${measure()} ${w.value === null ? '-' : formatDecimal(w.value, 2)} (n = ${formatCount(w.n)})`
  return (
    <div class="effect" data-verdict={e().verdict}>
      <p>
        <strong>{t(VERDICT_TEXT[e().verdict]!)}</strong>
        <Show when={e().change}>
          {(c) => (
            <>
              {' '}
              {t({ id: 'perubahan', en: 'change' })} {formatSigned(c().difference, 2)} (
              {t({ id: 'IK 95%', en: '95% CI' })} {formatInterval(c().ci!, 2)})
            </>
          )}
        </Show>
      </p>
      <p class="muted">
        {t({ id: 'Sebelum', en: 'Before' })}: {window(e().before)}
        <Show when={e().after}>
          {(after) => (
            <>
              <br />
              {t({ id: 'Sesudah', en: 'After' })}: {window(after())}
            </>
          )}
        </Show>
      </p>
    </div>
  )
}
