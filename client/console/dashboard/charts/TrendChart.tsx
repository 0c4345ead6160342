// Responses over time as columns (by day, or by week or month for a long range), drawn in SVG
// that stretches to any width. The summary sentence is its text alternative and a data table
// opens below it.
import { createMemo, For, Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import { formatCount } from '../number-format'
import { bucketTrend, granularityFor, niceMax } from '../trend-buckets'
import { bucketName, tickName, trendSummary, unitName } from './trend-text'

const SLOT = 10

export function TrendChart(props: { trend: readonly { day: string; count: number }[] }) {
  const granularity = createMemo(() => granularityFor(props.trend.length))
  const buckets = createMemo(() => bucketTrend(props.trend, granularity()))
  const max = createMemo(() => niceMax(Math.max(0, ...buckets().map((b) => b.count))))
  const height = (count: number) => (count / max()) * 100
  const labelled = () => {
    const list = buckets()
    const picks = new Set([0, Math.floor((list.length - 1) / 2), list.length - 1])
    return [...picks].map((i) => list[i]!)
  }
  return (
    <Show
      when={buckets().length > 0 && buckets().some((b) => b.count > 0)}
      fallback={
        <p class="muted">
          {t({ id: 'Belum ada tanggapan pada periode ini.', en: 'No responses in this period.' })}
        </p>
      }
    >
      <figure class="trend">
        <figcaption class="trend-caption">
          {t({ id: 'Tanggapan', en: 'Responses' })} {unitName(granularity())}
        </figcaption>
        <div class="trend-plot">
          <div class="trend-axis" aria-hidden="true">
            <span>{formatCount(max())}</span>
            <span>{formatCount(max() / 2)}</span>
            <span>0</span>
          </div>
          <svg
            class="trend-svg"
            viewBox={`0 0 ${buckets().length * SLOT} 100`}
            preserveAspectRatio="none"
            role="img"
            aria-label={trendSummary(buckets(), granularity())}
          >
            <line class="trend-grid" x1="0" x2={buckets().length * SLOT} y1="50" y2="50" />
            <For each={buckets()}>
              {(bucket, i) => (
                <rect
                  class="trend-bar"
                  x={i() * SLOT + 1}
                  width={SLOT - 2}
                  y={100 - height(bucket.count)}
                  height={height(bucket.count)}
                >
                  <title>{`${bucketName(bucket, granularity())}: ${formatCount(bucket.count)}`}</title>
                </rect>
              )}
            </For>
          </svg>
        </div>
        <div class="trend-ticks" aria-hidden="true">
          <For each={labelled()}>{(bucket) => <span>{tickName(bucket, granularity())}</span>}</For>
        </div>
        <details class="chart-data">
          <summary>{t({ id: 'Tabel data tren', en: 'Trend data table' })}</summary>
          <table class="data-table">
            <caption class="visually-hidden">
              {t({ id: 'Tanggapan', en: 'Responses' })} {unitName(granularity())}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t({ id: 'Periode', en: 'Period' })}</th>
                <th scope="col">{t({ id: 'Tanggapan', en: 'Responses' })}</th>
              </tr>
            </thead>
            <tbody>
              <For each={buckets()}>
                {(bucket) => (
                  <tr>
                    <th scope="row">{bucketName(bucket, granularity())}</th>
                    <td>{formatCount(bucket.count)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </details>
      </figure>
    </Show>
  )
}
