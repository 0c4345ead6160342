// One region: kind, province, code, time zone (changeable by the admin, who alone sees this page),
// number of kecamatan, and its agencies with a form to add one.
import { createAsync } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { getAgencies, type Region } from '../api/reference'
import { formatNumber, t } from '../../shared/i18n'
import { AddAgencyForm } from './AddAgencyForm'
import { TimeZoneForm, zoneLabel } from './TimeZoneForm'

export function RegionCard(props: { region: Region }) {
  const agencies = createAsync(() => getAgencies(String(props.region.id)))
  const [adding, setAdding] = createSignal(false)
  const [zoning, setZoning] = createSignal(false)
  const [zoneNews, setZoneNews] = createSignal('')
  let zoneButton: HTMLButtonElement | undefined
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
          <dt>{t({ id: 'Zona waktu', en: 'Time zone' })}</dt>
          <dd data-time-zone={props.region.timeZone}>{zoneLabel(props.region.timeZone)}</dd>
        </div>
        <div>
          <dt>{t({ id: 'Kecamatan', en: 'Districts' })}</dt>
          <dd>{formatNumber(props.region.kecamatan.length)}</dd>
        </div>
      </dl>
      <Show
        when={zoning()}
        fallback={
          <button
            type="button"
            class="button button-secondary"
            ref={zoneButton}
            onClick={() => {
              setZoneNews('')
              setZoning(true)
            }}
          >
            {t({ id: 'Ubah zona waktu', en: 'Change the time zone' })}
          </button>
        }
      >
        <TimeZoneForm
          region={props.region}
          onDone={(message) => {
            setZoning(false)
            setZoneNews(message ?? '')
            queueMicrotask(() => zoneButton?.focus())
          }}
        />
      </Show>
      <div role="status" class="status-slot">
        <Show when={zoneNews()}>
          <p class="alert alert-success">{zoneNews()}</p>
        </Show>
      </div>
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
