// Sample target progress: scored respondents / target (Krejcie & Morgan or a fixed number), a
// progress bar with its figures in text, whether the sample is adequate, the margin of error, and
// why the n is below the responses when some answered no scored item.
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { Score } from '../../api/analytics'
import { formatCount, formatPercent } from '../number-format'
import { UnscoredNote } from './ScoreCards'
import { StatCard } from './StatCard'

export function SampleCard(props: { score: Score }) {
  const n = () => props.score.impact.n
  const target = () => props.score.sampleTarget.target
  const share = () => (target() > 0 ? Math.min(1, n() / target()) : 1)
  const method = () => {
    const s = props.score.sampleTarget
    if (s.method === 'krejcie-morgan' && s.populationSize != null)
      return t({
        id: `Krejcie & Morgan, populasi ${formatCount(s.populationSize)}`,
        en: `Krejcie & Morgan, population ${formatCount(s.populationSize)}`,
      })
    return t({ id: 'Jumlah tetap per formulir', en: 'Fixed number per form' })
  }
  const status = () =>
    props.score.adequate
      ? t({ id: 'Memadai', en: 'Adequate' })
      : t({
          id: `Belum memadai: kurang ${formatCount(target() - n())}`,
          en: `Not adequate yet: ${formatCount(target() - n())} to go`,
        })
  return (
    <StatCard
      name="sample"
      title={t({ id: 'Target sampel', en: 'Sample target' })}
      value={`${formatCount(n())} / ${formatCount(target())}`}
    >
      <div
        class="progress"
        role="progressbar"
        aria-label={t({ id: 'Kemajuan target sampel', en: 'Sample target progress' })}
        aria-valuemin={0}
        aria-valuemax={target()}
        aria-valuenow={Math.min(n(), target())}
        aria-valuetext={`${formatCount(n())} / ${formatCount(target())}`}
      >
        <span class="progress-fill" style={{ width: `${share() * 100}%` }} />
      </div>
      <p class="stat-strong" classList={{ 'is-adequate': props.score.adequate }}>
        <Show when={props.score.adequate}>
          <span aria-hidden="true">✓ </span>
        </Show>
        {status()}
      </p>
      <p>{method()}</p>
      <p>
        {t({ id: 'Margin galat', en: 'Margin of error' })}{' '}
        <Show
          when={props.score.marginOfError != null}
          fallback={t({ id: 'belum ada data', en: 'no data yet' })}
        >
          ±{formatPercent(props.score.marginOfError! * 100)}
        </Show>{' '}
        {t({ id: `pada n = ${formatCount(n())}`, en: `at n = ${formatCount(n())}` })}
      </p>
      <Show when={props.score.impact.criteria.length > 0}>
        <UnscoredNote responses={props.score.n} scored={n()} />
      </Show>
    </StatCard>
  )
}
