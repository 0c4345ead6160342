// A scale question's mean in words ("mean 3,45 on 1–4, 95% CI ...") over a strip that marks the
// mean and its interval on the scale; the strip repeats the words and is hidden from readers.
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import { formatDecimal, formatInterval } from '../number-format'

export function MeanMarker(props: {
  mean: number
  ci?: readonly [number, number] | null
  min: number
  max: number
}) {
  const clamp = (x: number) => Math.min(props.max, Math.max(props.min, x))
  const at = (x: number) => `${((clamp(x) - props.min) / (props.max - props.min || 1)) * 100}%`
  return (
    <div class="mean-marker">
      <p>
        {t({ id: 'Rata-rata', en: 'Mean' })} <strong>{formatDecimal(props.mean)}</strong>{' '}
        {t({
          id: `pada skala ${props.min}–${props.max}`,
          en: `on the ${props.min}–${props.max} scale`,
        })}
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
        <span class="scale-end scale-min">{props.min}</span>
        <span class="scale-end scale-max">{props.max}</span>
      </div>
    </div>
  )
}
