// The impact score's criteria (for SKM, the nine service elements) on the 0-5 scale, as bars
// with the score and n in text.
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { Score } from '../../api/analytics'
import { formatCount, formatDecimal } from '../number-format'
import { BarList } from './BarList'

export function CriteriaChart(props: { criteria: Score['impact']['criteria'] }) {
  const items = () =>
    props.criteria.map((c) => ({
      key: c.code,
      label: t(c.label),
      fraction: (c.score ?? 0) / 5,
      figure: c.score == null ? '–' : `${formatDecimal(c.score)} (n = ${formatCount(c.n)})`,
    }))
  return (
    <Show when={props.criteria.length > 0}>
      <section class="dashboard-section" aria-labelledby="criteria-title">
        <h3 id="criteria-title">
          {t({ id: 'Skor per kriteria (0–5)', en: 'Score by criterion (0–5)' })}
        </h3>
        <div class="card">
          <BarList
            items={items()}
            label={t({ id: 'Skor per kriteria', en: 'Score by criterion' })}
          />
        </div>
      </section>
    </Show>
  )
}
