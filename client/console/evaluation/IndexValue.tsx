// The index itself: the value when all five scores are in, otherwise what is still missing and
// the partial estimate (labelled as such, never passed off as the index).
import { Show } from 'solid-js'
import type { Evaluation } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { SCORE_CODES, SCORE_NAMES } from './evaluation-scores'
import { formatScore } from './score-format'

export function IndexValue(props: { evaluation: Evaluation }) {
  const ev = () => props.evaluation
  const missing = () =>
    SCORE_CODES.filter((code) => ev().scores[code] === null)
      .map((code) => t(SCORE_NAMES[code]))
      .join(', ')
  return (
    <Show
      when={ev().index !== null}
      fallback={
        <>
          <p class="index-value index-value-missing" data-testid="index-value">
            {t({ id: 'Belum lengkap', en: 'Incomplete' })}
          </p>
          <p>{t({ id: `Belum ada: ${missing()}.`, en: `Missing: ${missing()}.` })}</p>
          <Show when={ev().partialIndex !== null}>
            <p class="muted">
              {t({
                id: `Indeks sementara dari nilai yang ada: ${formatScore(ev().partialIndex)} (bukan indeks resmi).`,
                en: `Partial index from the scores present: ${formatScore(ev().partialIndex)} (not the official index).`,
              })}
            </p>
          </Show>
        </>
      }
    >
      <p class="index-value" data-testid="index-value">
        {formatScore(ev().index)}
      </p>
    </Show>
  )
}
