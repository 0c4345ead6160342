// One region: kind, province, code, number of kecamatan, and its agencies with a form to add one.
import { createAsync } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { getAgencies, type Region } from '../api/reference'
import { formatNumber, t } from '../../shared/i18n'
import { AddAgencyForm } from './AddAgencyForm'

export function RegionCard(props: { region: Region }) {
  const agencies = createAsync(() => getAgencies(String(props.region.id)))
  const [adding, setAdding] = createSignal(false)
  const headingId = () => `region-${props.region.id}`
  const kind = () =>
    props.region.kind === 'kota'
      ? t({ id: 'Kota', en: 'City' })
      : t({ id: 'Kabupaten', en: 'Regency' })

  return (
    <article class="card" aria-labelledby={headingId()}>
      <h2 id={headingId()} class="card-title">
        {props.region.name}
      </h2>
      <dl class="facts">
        <div>
          <dt>{t({ id: 'Jenis', en: 'Kind' })}</dt>
          <dd>{kind()}</dd>
        </div>
        <div>
          <dt>{t({ id: 'Provinsi', en: 'Province' })}</dt>
          <dd>{props.region.province}</dd>
        </div>
        <div>
          <dt>{t({ id: 'Kode Kemendagri', en: 'Kemendagri code' })}</dt>
          <dd>{props.region.code}</dd>
        </div>
        <div>
          <dt>{t({ id: 'Kecamatan', en: 'Districts' })}</dt>
          <dd>{formatNumber(props.region.kecamatan.length)}</dd>
        </div>
      </dl>
      <details class="agencies">
        <summary>
          {t({ id: 'Perangkat daerah', en: 'Agencies' })} ({agencies()?.length ?? '…'})
        </summary>
        <ul class="plain-list">
          <For each={agencies()}>
            {(a) => (
              <li>
                <strong>{a.code}</strong> – {a.name}
              </li>
            )}
          </For>
        </ul>
        <Show
          when={adding()}
          fallback={
            <button type="button" class="button button-secondary" onClick={() => setAdding(true)}>
              {t({ id: 'Tambah perangkat daerah', en: 'Add an agency' })}
            </button>
          }
        >
          <AddAgencyForm regionId={props.region.id} onDone={() => setAdding(false)} />
        </Show>
      </details>
    </article>
  )
}
