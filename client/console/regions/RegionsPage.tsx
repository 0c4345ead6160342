// The regions page (/regions, admins): the regions set up so far and a form to add one from the
// official list.
import { createAsync } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { getRegions } from '../api/reference'
import { t } from '../../shared/i18n'
import { AdminOnly } from '../shell/AdminOnly'
import { usePageTitle } from '../shell/page-title'
import { AddRegionForm } from './AddRegionForm'
import { RegionCard } from './RegionCard'

function RegionsList() {
  const regions = createAsync(() => getRegions())
  const [added, setAdded] = createSignal<string>()
  return (
    <>
      <div class="page-head">
        <h1>{t({ id: 'Wilayah', en: 'Regions' })}</h1>
      </div>
      <section class="card" aria-labelledby="add-region-title">
        <h2 id="add-region-title">{t({ id: 'Tambah wilayah', en: 'Add a region' })}</h2>
        <AddRegionForm onAdded={setAdded} />
        <div role="status" class="status-slot">
          <Show when={added()}>
            <p class="alert alert-success">
              {t({ id: `${added()} ditambahkan.`, en: `${added()} added.` })}
            </p>
          </Show>
        </div>
      </section>
      <ul class="card-grid card-grid-top" role="list">
        <For each={regions()}>
          {(region) => (
            <li>
              <RegionCard region={region} />
            </li>
          )}
        </For>
      </ul>
    </>
  )
}

export default function RegionsPage() {
  usePageTitle(() => t({ id: 'Wilayah', en: 'Regions' }))
  return (
    <AdminOnly>
      <RegionsList />
    </AdminOnly>
  )
}
