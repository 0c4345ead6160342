// One program in the evaluation: its citizen impact score with the interval, respondents against
// the sample target, IKM, NPS, the assessors' mark, the combined score, and links to its pages.
import { A } from '@solidjs/router'
import { Show } from 'solid-js'
import type { ProgramEntry } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { CiBar } from './CiBar'
import { ProgramFigures } from './ProgramFigures'
import { formatRange, formatScore } from './score-format'

export function ProgramScoreCard(props: { program: ProgramEntry; dashboardPath?: string }) {
  const p = () => props.program
  const base = () => `/programs/${p().id}`
  return (
    <article class="card ev-program" aria-labelledby={`ev-program-${p().id}`}>
      <h4 id={`ev-program-${p().id}`} class="card-title">
        <A href={base()}>{p().name}</A>
      </h4>
      <p class="muted ev-agency">
        <abbr title={p().agency.name}>{p().agency.code}</abbr>
      </p>
      <div class="ev-impact">
        <p class="ev-impact-value">
          <span class="ev-label">{t({ id: 'Skor dampak', en: 'Impact score' })}</span>
          <strong>{formatScore(p().impactScore)}</strong>
        </p>
        <Show
          when={p().impactScore !== null}
          fallback={
            <p class="muted">
              {t({
                id: 'Belum cukup respons untuk skor (minimal 2).',
                en: 'Not enough responses for a score yet (at least 2).',
              })}
            </p>
          }
        >
          <CiBar score={p().impactScore!} ci={p().ci} />
          <Show when={p().ci}>
            {(ci) => (
              <p class="ev-ci-text">
                {t({ id: 'IK 95%: ', en: '95% CI: ' })}
                {formatRange(ci())}
              </p>
            )}
          </Show>
        </Show>
      </div>
      <ProgramFigures program={p()} />
      <p class="actions ev-links">
        <Show when={props.dashboardPath}>
          <A href={base() + props.dashboardPath}>
            {t({ id: 'Dasbor', en: 'Dashboard' })}
            <span class="visually-hidden"> {p().name}</span>
          </A>
        </Show>
        <A href={`${base()}/assessment`}>
          {t({ id: 'Penilaian', en: 'Assessment' })}
          <span class="visually-hidden"> {p().name}</span>
        </A>
      </p>
    </article>
  )
}
