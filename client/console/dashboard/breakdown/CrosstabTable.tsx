// The cross-tab of one question (or the impact score) by one segment: a row per segment value
// with n, the mean or share and its bar, and the answer percentages when they fit.
import { For, Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { Crosstab, QuestionStats } from '../../api/analytics'
import { formatCount, formatDecimal, formatInterval, formatPercent } from '../number-format'

/** Below this many respondents a row is marked as thin. */
export const FEW = 10
const MAX_COLUMNS = 5

type Row = Crosstab['rows'][number]

export function CrosstabTable(props: {
  crosstab: Crosstab
  question?: QuestionStats
  caption: string
}) {
  const points = () => props.question?.distribution ?? []
  const values = () =>
    points()
      .map((p) => Number(p.value))
      .filter(Number.isFinite)
  const yesNo = () => props.question?.type === 'yesno'
  const scale = (): [number, number] =>
    props.question ? [Math.min(...values()), Math.max(...values())] : [0, 5]
  const columns = () => (points().length <= MAX_COLUMNS ? points() : [])
  const share = (row: Row) => row.distribution.find((d) => d.value === 'yes')?.percent ?? 0
  const figure = (row: Row) => {
    if (row.n === 0) return undefined
    if (yesNo()) return { text: formatPercent(share(row)), fraction: share(row) / 100 }
    if (row.mean == null) return undefined
    const [min, max] = scale()
    return { text: formatDecimal(row.mean), fraction: (row.mean - min) / (max - min || 1) }
  }
  const measure = () =>
    !props.question
      ? t({ id: 'Skor dampak (0–5)', en: 'Impact score (0–5)' })
      : yesNo()
        ? t({ id: '% Ya', en: '% Yes' })
        : t({ id: 'Rata-rata', en: 'Mean' })
  const percentOf = (row: Row, value: string) => {
    const cell = row.distribution.find((d) => d.value === value)
    return row.n > 0 && cell ? formatPercent(cell.percent) : '–'
  }

  return (
    <div class="table-scroll" role="region" aria-label={props.caption} tabindex="0">
      <table class="data-table crosstab">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ id: 'Segmen', en: 'Segment' })}</th>
            <th scope="col" class="num">
              n
            </th>
            <th scope="col">{measure()}</th>
            <Show when={!yesNo()}>
              <th scope="col" class="num">
                {t({ id: 'Selang 95%', en: '95% CI' })}
              </th>
            </Show>
            <For each={columns()}>
              {(p) => (
                <th scope="col" class="num">
                  {p.value === t(p.label) ? p.value : t(p.label)}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.crosstab.rows}>
            {(row) => (
              <tr>
                <th scope="row">
                  {t(row.label)}
                  <Show when={row.n > 0 && row.n < FEW}>
                    <span class="thin-mark"> *</span>
                  </Show>
                </th>
                <td class="num">{formatCount(row.n)}</td>
                <td class="measure">
                  <Show when={figure(row)} fallback="–">
                    {(f) => (
                      <>
                        <span class="num">{f().text}</span>
                        <span class="bar-track" aria-hidden="true">
                          <span class="bar-fill" style={{ width: `${f().fraction * 100}%` }} />
                        </span>
                      </>
                    )}
                  </Show>
                </td>
                <Show when={!yesNo()}>
                  <td class="num">{row.ci ? formatInterval(row.ci) : '–'}</td>
                </Show>
                <For each={columns()}>{(p) => <td class="num">{percentOf(row, p.value)}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
