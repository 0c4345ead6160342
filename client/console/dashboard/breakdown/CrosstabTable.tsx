// The cross-tab as a table: a row per value of what it is broken down by, with n, each answer's
// count and row percentage (the mean too for a numeric scale), and a total row; for the impact
// score, each row's score with its bar and 95% interval. Wide tables scroll inside their region.
import { For, Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { Crosstab, QuestionStats } from '../../api/analytics'
import { formatCount, formatDecimal, formatInterval, formatPercent } from '../number-format'

/** Below this many respondents a row is marked as thin. */
export const FEW = 10

type Row = Crosstab['rows'][number]

const columnName = (c: Crosstab['columns'][number]) =>
  c.value === t(c.label) ? c.value : t(c.label)

function ImpactRows(props: { rows: readonly Row[] }) {
  return (
    <For each={props.rows}>
      {(row) => (
        <tr>
          <RowHead row={row} />
          <td class="num">{formatCount(row.n)}</td>
          <td class="measure">
            <Show when={row.n > 0 && row.mean != null} fallback="–">
              <span class="num">{formatDecimal(row.mean!)}</span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${(row.mean! / 5) * 100}%` }} />
              </span>
            </Show>
          </td>
          <td class="num">{row.ci ? formatInterval(row.ci) : '–'}</td>
        </tr>
      )}
    </For>
  )
}

function RowHead(props: { row: Row }) {
  return (
    <th scope="row">
      {t(props.row.label)}
      <Show when={props.row.n > 0 && props.row.n < FEW}>
        <span class="thin-mark"> *</span>
      </Show>
    </th>
  )
}

function Cell(props: { count: number; base: number }) {
  return (
    <td class="num">
      {formatCount(props.count)}{' '}
      <span class="cell-percent">
        ({props.base > 0 ? formatPercent((100 * props.count) / props.base) : '–'})
      </span>
    </td>
  )
}

export function CrosstabTable(props: {
  crosstab: Crosstab
  question?: QuestionStats
  caption: string
}) {
  const impact = () => !props.question
  const numeric = () => props.crosstab.rows.some((r) => r.mean != null)
  const countOf = (row: Row, value: string) =>
    row.distribution.find((d) => d.value === value)?.count ?? 0
  const totalN = () => props.crosstab.rows.reduce((sum, r) => sum + r.n, 0)
  const totalOf = (value: string) =>
    props.crosstab.rows.reduce((sum, r) => sum + countOf(r, value), 0)

  return (
    <div class="table-scroll" role="region" aria-label={props.caption} tabindex="0">
      <table class="data-table crosstab">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ id: 'Kelompok', en: 'Group' })}</th>
            <th scope="col" class="num">
              n
            </th>
            <Show
              when={!impact()}
              fallback={
                <>
                  <th scope="col">{t({ id: 'Skor dampak (0–5)', en: 'Impact score (0–5)' })}</th>
                  <th scope="col" class="num">
                    {t({ id: 'Selang 95%', en: '95% CI' })}
                  </th>
                </>
              }
            >
              <For each={props.crosstab.columns}>
                {(c) => (
                  <th scope="col" class="num">
                    {columnName(c)}
                  </th>
                )}
              </For>
              <Show when={numeric()}>
                <th scope="col" class="num">
                  {t({ id: 'Rata-rata', en: 'Mean' })}
                </th>
              </Show>
            </Show>
          </tr>
        </thead>
        <tbody>
          <Show when={!impact()} fallback={<ImpactRows rows={props.crosstab.rows} />}>
            <For each={props.crosstab.rows}>
              {(row) => (
                <tr>
                  <RowHead row={row} />
                  <td class="num">{formatCount(row.n)}</td>
                  <For each={props.crosstab.columns}>
                    {(c) => <Cell count={countOf(row, c.value)} base={row.n} />}
                  </For>
                  <Show when={numeric()}>
                    <td class="num">{row.mean != null ? formatDecimal(row.mean) : '–'}</td>
                  </Show>
                </tr>
              )}
            </For>
          </Show>
        </tbody>
        <Show when={!impact()}>
          <tfoot>
            <tr>
              <th scope="row">{t({ id: 'Jumlah', en: 'Total' })}</th>
              <td class="num">{formatCount(totalN())}</td>
              <For each={props.crosstab.columns}>
                {(c) => <Cell count={totalOf(c.value)} base={totalN()} />}
              </For>
              <Show when={numeric()}>
                <td />
              </Show>
            </tr>
          </tfoot>
        </Show>
      </table>
    </div>
  )
}
