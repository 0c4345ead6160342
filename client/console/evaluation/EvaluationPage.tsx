// The evaluation of a region's year (/evaluations/:regionId/:year): the index with its five
// scores and exports, the evaluator's entries, the six dimensions with their programs by element,
// and the method.
import { createAsync, useParams } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { getEvaluation } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { PROGRAM_TABS } from '../program/program-tabs'
import { usePageTitle } from '../shell/page-title'
import { DimensionBlock } from './DimensionBlock'
import { EvaluationPicker } from './EvaluationPicker'
import { EvaluatorsOnly } from './EvaluatorsOnly'
import { IndexSummary } from './IndexSummary'
import { MethodText } from './MethodText'
import { ScoresForm } from './ScoresForm'
import './evaluation.css'

/** The program page's dashboard tab, when the console has one. */
const DASHBOARD_PATH = PROGRAM_TABS.find((tab) => /dashboard|dasbor/.test(tab.path))?.path

export default function EvaluationPage() {
  return (
    <EvaluatorsOnly>
      <EvaluationView />
    </EvaluatorsOnly>
  )
}

/** Mounted for admins and evaluators only, so an owner's browser never asks for the evaluation. */
function EvaluationView() {
  const params = useParams<{ regionId: string; year: string }>()
  const evaluation = createAsync(() => getEvaluation(params.regionId, params.year))
  const title = () => t({ id: 'Evaluasi smart city', en: 'Smart-city evaluation' })
  usePageTitle(() => {
    const ev = evaluation()
    return ev ? `${title()} ${ev.region.name} ${ev.year}` : title()
  })

  return (
    <article class="evaluation">
      <header class="page-head">
        <h1>{title()}</h1>
        <Show when={evaluation()}>
          {(ev) => (
            <p class="muted">
              {ev().region.name} · {ev().year}
            </p>
          )}
        </Show>
      </header>
      <EvaluationPicker regionId={params.regionId} year={params.year} />
      <Show when={evaluation()}>
        {(ev) => (
          <>
            <nav class="ev-toc" aria-label={t({ id: 'Isi halaman', en: 'On this page' })}>
              <a href="#index-title">{t({ id: 'Indeks', en: 'Index' })}</a>
              <a href="#scores-form-title">{t({ id: 'Isi nilai', en: 'Enter scores' })}</a>
              <a href="#ev-dimensions-title">{t({ id: 'Dimensi', en: 'Dimensions' })}</a>
            </nav>
            <IndexSummary evaluation={ev()} />
            <Show when={`${ev().region.id}/${ev().year}`} keyed>
              {(_key) => <ScoresForm evaluation={ev()} />}
            </Show>
            <section class="ev-dimensions" aria-labelledby="ev-dimensions-title">
              <h2 id="ev-dimensions-title" class="visually-hidden">
                {t({ id: 'Enam dimensi smart city', en: 'The six smart-city dimensions' })}
              </h2>
              <For each={ev().dimensions}>
                {(d) => <DimensionBlock dimension={d} dashboardPath={DASHBOARD_PATH} />}
              </For>
            </section>
            <MethodText method={ev().method} />
          </>
        )}
      </Show>
    </article>
  )
}
