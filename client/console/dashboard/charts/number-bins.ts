// A number question's bins as bars: "0–<3" for each bin but the last, which holds its end
// ("27–30"), with the count and the share of those who answered.
import type { QuestionStats } from '../../api/analytics'
import { formatCount, formatPercent } from '../number-format'
import { formatNumber } from '../../../shared/i18n'
import type { BarItem } from './BarList'

type Bin = NonNullable<QuestionStats['numbers']>['bins'][number]

const end = (x: number) => formatNumber(Math.round(x * 10) / 10)

export function binBars(bins: readonly Bin[]): BarItem[] {
  return bins.map((bin, i) => ({
    key: String(bin.from),
    label:
      i === bins.length - 1
        ? `${end(bin.from)}–${end(bin.to)}`
        : `${end(bin.from)}–<${end(bin.to)}`,
    fraction: bin.percent / 100,
    figure: `${formatCount(bin.count)} (${formatPercent(bin.percent)})`,
  }))
}
