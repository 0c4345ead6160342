// The programs of one smart-city dimension, as a section headed by the dimension's name.
import { For, Show } from 'solid-js'
import type { Program } from '../api/programs'
import type { Dimension } from '../api/reference'
import { t } from '../../shared/i18n'
import { ProgramCard } from './ProgramCard'

export function DimensionSection(props: {
  dimension: Dimension
  programs: Program[]
  dimensions: readonly Dimension[]
}) {
  const headingId = () => `dimension-${props.dimension.code}`
  return (
    <section class="dimension" aria-labelledby={headingId()} data-dimension={props.dimension.code}>
      <h2 id={headingId()}>
        {t(props.dimension.name)} <span class="count">({props.programs.length})</span>
      </h2>
      <Show
        when={props.programs.length > 0}
        fallback={
          <p class="muted empty">{t({ id: 'Belum ada program.', en: 'No programs yet.' })}</p>
        }
      >
        <ul class="card-grid" role="list">
          <For each={props.programs}>
            {(program) => (
              <li>
                <ProgramCard program={program} dimensions={props.dimensions} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
