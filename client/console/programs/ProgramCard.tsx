// One program in the list: name (linking to its page), agency, element, year, target population.
import { A } from '@solidjs/router'
import { Show } from 'solid-js'
import type { Program } from '../api/programs'
import type { Dimension } from '../api/reference'
import { formatNumber, t } from '../../shared/i18n'
import { findElementIn } from './dimension-lookup'

export function ProgramCard(props: { program: Program; dimensions?: readonly Dimension[] }) {
  const element = () => findElementIn(props.dimensions, props.program.element)
  return (
    <article class="card program-card">
      <h3>
        <A href={`/programs/${props.program.id}`}>{props.program.name}</A>
      </h3>
      <dl class="facts">
        <div>
          <dt>{t({ id: 'Perangkat daerah', en: 'Agency' })}</dt>
          <dd>
            <abbr title={props.program.agencyName}>{props.program.agencyCode}</abbr>
            <span class="muted"> · {props.program.agencyName}</span>
          </dd>
        </div>
        <div>
          <dt>{t({ id: 'Elemen', en: 'Element' })}</dt>
          <dd>{element() ? t(element()!.name) : props.program.element}</dd>
        </div>
        <div>
          <dt>{t({ id: 'Tahun', en: 'Year' })}</dt>
          <dd>{props.program.year}</dd>
        </div>
        <div>
          <dt>{t({ id: 'Populasi sasaran', en: 'Target population' })}</dt>
          <dd>
            <Show when={props.program.targetPopulation != null} fallback="–">
              {formatNumber(props.program.targetPopulation!)}
            </Show>
          </dd>
        </div>
      </dl>
    </article>
  )
}
