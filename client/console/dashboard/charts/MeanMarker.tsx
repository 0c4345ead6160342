// A scale question's mean in words ("mean 3,45 on 1–4, 95% CI ...") over a strip that marks the
// mean and its interval on the scale; the strip repeats the words and is hidden from readers. A
// number question's strip is its defined range ("on the range 0–30"), or the answers' span when
// it defines none, and says which.
import { Show } from 'solid-js'
import { formatNumber, t } from '../../../shared/i18n'
import { formatDecimal, formatInterval } from '../number-format'

function spanText(span: 'scale' | 'range' | 'observed', min: number, max: number) {
  const ends = `${formatNumber(min)}–${formatNumber(max)}`
  if (span === 'range') return t({ id: `pada rentang ${ends}`, en: `on the range ${ends}` })
  if (span === 'observed')
    return t({
      id: `(jawaban ${ends}; rentang tidak ditetapkan)`,
      en: `(answers ${ends}; no range defined)`,
    })
  return t({ id: `pada skala ${ends}`, en: `on the ${ends} scale` })
}

export function MeanMarker(props: {
  mean: number
  ci?: readonly [number, number] | null
  min: number
  max: number
  /** What min..max is: a scale (default), a number question's defined range, or answers seen. */
  span?: 'scale' | 'range' | 'observed'
}) {
  const clamp = (x: number) => Math.min(props.max, Math.max(props.min, x))
  const at = (x: number) => `${((clamp(x) - props.min) / (props.max - props.min || 1)) * 100}%`
  return (
    <div class="mean-marker">
      <p>
        {t({ id: 'Rata-rata', en: 'Mean' })} <strong>{formatDecimal(props.mean)}</strong>{' '}
        {spanText(props.span ?? 'scale', props.min, props.max)}
        <Show when={props.ci}>
          {(ci) => (
            <>
              {' '}
              · {t({ id: 'selang kepercayaan 95%', en: '95% CI' })} {formatInterval(ci())}
            </>
          )}
        </Show>
      </p>
      <div class="scale-strip" aria-hidden="true">
        <Show when={props.ci}>
          {(ci) => (
            <span
              class="scale-ci"
              style={{
                left: at(ci()[0]),
                width: `calc(${at(ci()[1])} - ${at(ci()[0])})`,
              }}
            />
          )}
        </Show>
        <span class="scale-mean" style={{ left: at(props.mean) }} />
        <span class="scale-end scale-min">{formatNumber(props.min)}</span>
        <span class="scale-end scale-max">{formatNumber(props.max)}</span>
      </div>
    </div>
  )
}
