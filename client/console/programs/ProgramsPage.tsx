// The programs page (/): filters, then the programs grouped by the six dimensions in reference
// order. Owners see their agency's programs only (the API filters); admins can add programs.
import { A, createAsync } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { listPrograms, type Program } from '../api/programs'
import { getDimensions } from '../api/reference'
import { formatNumber, t } from '../../shared/i18n'
import { useCurrentUser } from '../shell/current-user'
import { usePageTitle } from '../shell/page-title'
import { DimensionSection } from './DimensionSection'
import { NewProgramForm } from './NewProgramForm'
import { Pager } from './Pager'
import { useProgramFilterParams } from './filter-params'
import { programQueryFrom } from './program-filter'
import { ProgramFilters } from './ProgramFilters'

export default function ProgramsPage() {
  const user = useCurrentUser()
  const [params, setParams] = useProgramFilterParams()
  const page = createAsync(() => listPrograms(programQueryFrom(params)))
  const dimensions = createAsync(() => getDimensions())
  // Only dimensions with programs on this page get a heading (an owner's agency runs programs in
  // one or two of the six), except the one a filter asks for, which says it has none.
  const shownDimensions = () =>
    (dimensions() ?? []).filter((d) =>
      params.dimension ? d.code === params.dimension : programsOf(d.code).length > 0,
    )
  const programsOf = (code: string) => (page()?.items ?? []).filter((p) => p.dimension === code)
  const countText = () => {
    const total = page()?.total
    if (total === undefined) return ''
    return t({
      id: `${formatNumber(total)} program ditemukan`,
      en: `${formatNumber(total)} program${total === 1 ? '' : 's'} found`,
    })
  }
  const title = () => t({ id: 'Program quick win', en: 'Quick-win programs' })
  usePageTitle(title)
  const [adding, setAdding] = createSignal(false)
  const [created, setCreated] = createSignal<Program>()
  let addButton: HTMLButtonElement | undefined
  const closeForm = () => {
    setAdding(false)
    addButton?.focus()
  }

  return (
    <>
      <div class="page-head">
        <h1>{title()}</h1>
        <Show when={user().role === 'admin'}>
          <button
            type="button"
            class="button"
            aria-expanded={adding()}
            aria-controls="new-program"
            ref={addButton}
            onClick={() => {
              setCreated(undefined)
              setAdding(!adding())
            }}
          >
            {adding()
              ? t({ id: 'Tutup formulir', en: 'Close the form' })
              : t({ id: 'Tambah program', en: 'Add a program' })}
          </button>
        </Show>
        <Show when={user().role === 'owner'}>
          <p class="muted">
            {t({ id: 'Program perangkat daerah Anda.', en: "Your agency's programs." })}
          </p>
        </Show>
      </div>
      <div role="status" class="status-slot">
        <Show when={created()}>
          {(p) => (
            <p class="alert alert-success">
              {t({ id: 'Program ditambahkan: ', en: 'Program added: ' })}
              <A href={`/programs/${p().id}`}>{p().name}</A>
            </p>
          )}
        </Show>
      </div>
      <Show when={adding()}>
        <NewProgramForm
          onCreated={(program) => {
            setCreated(program)
            closeForm()
          }}
          onCancel={closeForm}
        />
      </Show>
      <ProgramFilters params={params} setParams={setParams} dimensions={dimensions() ?? []} />
      <p class="result-count" role="status">
        {countText()}
      </p>
      <For each={shownDimensions()}>
        {(dimension) => (
          <DimensionSection
            dimension={dimension}
            programs={programsOf(dimension.code)}
            dimensions={dimensions() ?? []}
          />
        )}
      </For>
      <Show when={page()?.total === 0 && !params.dimension}>
        <p class="muted empty">{t({ id: 'Belum ada program.', en: 'No programs yet.' })}</p>
      </Show>
      <Show when={page()}>
        {(p) => (
          <Pager
            total={p().total}
            offset={p().offset}
            limit={p().limit}
            onPage={(n) => setParams({ page: n > 1 ? String(n) : undefined })}
          />
        )}
      </Show>
    </>
  )
}
