// One smart-city dimension of the evaluation: its citizen-impact score, then its programs grouped
// by element (sub-dimension), and the elements that have no program yet.
import { For, Show } from 'solid-js'
import type { EvaluationDimension } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { ProgramScoreCard } from './ProgramScoreCard'
import { formatScore } from './score-format'

export function DimensionBlock(props: { dimension: EvaluationDimension; dashboardPath?: string }) {
  const d = () => props.dimension
  const headingId = () => `ev-dimension-${d().code}`
  const filled = () => d().elements.filter((e) => e.programs.length > 0)
  const empty = () => d().elements.filter((e) => e.programs.length === 0)
  return (
    <section class="ev-dimension" aria-labelledby={headingId()} data-dimension={d().code}>
      <div class="ev-dimension-head">
        <h2 id={headingId()}>{t(d().name)}</h2>
        <p class="ev-dimension-score">
          <span class="ev-label">{t({ id: 'Skor dampak warga', en: 'Citizen impact score' })}</span>
          <strong>{formatScore(d().score)}</strong>
          <span class="ev-note">
            {t({
              id: `${d().scoredCount} dari ${d().programCount} program berskor`,
              en: `${d().scoredCount} of ${d().programCount} ${d().programCount === 1 ? 'program' : 'programs'} scored`,
            })}
          </span>
        </p>
      </div>
      <Show
        when={filled().length > 0}
        fallback={
          <p class="muted empty">
            {t({ id: 'Belum ada program tahun ini.', en: 'No programs this year.' })}
          </p>
        }
      >
        <For each={filled()}>
          {(element) => (
            <div class="ev-element">
              <h3>{t(element.name)}</h3>
              <ul class="card-grid card-grid-top" role="list">
                <For each={element.programs}>
                  {(program) => (
                    <li>
                      <ProgramScoreCard program={program} dashboardPath={props.dashboardPath} />
                    </li>
                  )}
                </For>
              </ul>
            </div>
          )}
        </For>
      </Show>
      <Show when={empty().length > 0 && filled().length > 0}>
        <p class="muted ev-empty-elements">
          {t({ id: 'Elemen tanpa program: ', en: 'Elements without a program: ' })}
          {empty()
            .map((e) => t(e.name))
            .join(', ')}
        </p>
      </Show>
    </section>
  )
}
