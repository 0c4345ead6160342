// The smart-city index of the year: the value (or why there is none yet, with the partial
// estimate), the change from the previous evaluation, and the five scores behind it.
import { Show } from 'solid-js'
import type { Evaluation } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { ExportLinks } from './ExportLinks'
import { IndexValue } from './IndexValue'
import { formatScore, formatSigned } from './score-format'
import { ScoreTable } from './ScoreTable'
import { StatusPanel } from './StatusPanel'

function ChangeText(props: { evaluation: Evaluation }) {
  const ev = () => props.evaluation
  const why = (p: { year: number; index: number | null }) =>
    p.index === null
      ? t({
          id: `Indeks ${p.year} belum lengkap; perubahan belum dapat dihitung.`,
          en: `The ${p.year} index is incomplete; there is no change to show.`,
        })
      : t({
          id: `Indeks ${p.year}: ${formatScore(p.index)}; perubahan tampil setelah indeks ${ev().year} lengkap.`,
          en: `${p.year} index: ${formatScore(p.index)}; the change shows once the ${ev().year} index is complete.`,
        })
  return (
    <Show
      when={ev().previous}
      fallback={
        <p class="muted">
          {t({ id: 'Belum ada evaluasi tahun sebelumnya.', en: 'No earlier evaluation yet.' })}
        </p>
      }
    >
      {(p) => (
        <Show when={ev().change !== null} fallback={<p class="muted">{why(p())}</p>}>
          <p class="index-change" data-direction={Math.sign(ev().change!)}>
            <strong>{formatSigned(ev().change!)}</strong>{' '}
            {t({
              id: `dibanding ${p().year} (${formatScore(p().index)})`,
              en: `since ${p().year} (${formatScore(p().index)})`,
            })}
          </p>
        </Show>
      )}
    </Show>
  )
}

export function IndexSummary(props: { evaluation: Evaluation }) {
  const ev = () => props.evaluation
  return (
    <section class="card index-summary" aria-labelledby="index-title">
      <div class="index-head">
        <div>
          <h2 id="index-title">
            {t({ id: `Indeks smart city ${ev().year}`, en: `Smart-city index ${ev().year}` })}
          </h2>
          <IndexValue evaluation={ev()} />
          <ChangeText evaluation={ev()} />
          <StatusPanel evaluation={ev()} />
        </div>
        <ExportLinks regionId={String(ev().region.id)} year={String(ev().year)} />
      </div>
      <ScoreTable evaluation={ev()} />
    </section>
  )
}
