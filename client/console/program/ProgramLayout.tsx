// A program's page (/programs/:id): breadcrumb, name and key facts, then the tabs of
// PROGRAM_TABS with the selected section below, which reads the program from ProgramContext.
import { A, createAsync, useParams, type RouteSectionProps } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { getProgram } from '../api/programs'
import { getDimensions } from '../api/reference'
import { t } from '../../shared/i18n'
import { findDimensionIn } from '../programs/dimension-lookup'
import { usePageTitle } from '../shell/page-title'
import { ProgramContext } from './program-context'
import { PROGRAM_TABS } from './program-tabs'

export default function ProgramLayout(props: RouteSectionProps) {
  const params = useParams<{ id: string }>()
  const program = createAsync(() => getProgram(params.id))
  const dimensions = createAsync(() => getDimensions())
  const dimensionName = (code: string) => {
    const dimension = findDimensionIn(dimensions(), code)
    return dimension ? t(dimension.name) : code
  }
  const base = () => `/programs/${params.id}`
  usePageTitle(() => program()?.name)

  return (
    <Show when={program()}>
      {(p) => (
        <article class="program-page">
          <nav aria-label={t({ id: 'Jejak navigasi', en: 'Breadcrumb' })} class="breadcrumb">
            <ol>
              <li>
                <A href="/">{t({ id: 'Program', en: 'Programs' })}</A>
              </li>
              <li aria-current="page">{p().name}</li>
            </ol>
          </nav>
          <header class="page-head">
            <h1>{p().name}</h1>
            <p class="muted">
              {[dimensionName(p().dimension), p().year, p().agencyName].join(' · ')}
            </p>
          </header>
          <nav class="tabs" aria-label={t({ id: 'Bagian program', en: 'Program sections' })}>
            <For each={PROGRAM_TABS}>
              {(tab) => (
                <A href={tab.path === '/' ? base() : base() + tab.path} end>
                  {t(tab.label)}
                </A>
              )}
            </For>
          </nav>
          <div class="tab-panel">
            <ProgramContext.Provider value={p}>{props.children}</ProgramContext.Provider>
          </div>
        </article>
      )}
    </Show>
  )
}
