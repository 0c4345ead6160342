// Every field of a program as a description list.
import { createAsync } from '@solidjs/router'
import { Show } from 'solid-js'
import type { Program } from '../api/programs'
import { getDimensions, getRegions } from '../api/reference'
import { formatNumber, lang, t } from '../../shared/i18n'
import { findDimensionIn, findElementIn } from '../programs/dimension-lookup'

export function ProgramFacts(props: { program: Program }) {
  const dimensions = createAsync(() => getDimensions())
  const regions = createAsync(() => getRegions().catch(() => []))
  const region = () => regions()?.find((r) => r.id === props.program.regionId)
  const dimension = () => findDimensionIn(dimensions(), props.program.dimension)
  const element = () => findElementIn(dimensions(), props.program.element)
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(lang() === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long' })
  const none = '–'

  return (
    <dl class="details">
      <dt>{t({ id: 'Nama', en: 'Name' })}</dt>
      <dd>{props.program.name}</dd>
      <dt>{t({ id: 'Wilayah', en: 'Region' })}</dt>
      <dd>{region()?.name ?? props.program.regionId}</dd>
      <dt>{t({ id: 'Perangkat daerah', en: 'Agency' })}</dt>
      <dd>
        {props.program.agencyName} ({props.program.agencyCode})
      </dd>
      <dt>{t({ id: 'Dimensi', en: 'Dimension' })}</dt>
      <dd>{dimension() ? t(dimension()!.name) : props.program.dimension}</dd>
      <dt>{t({ id: 'Elemen', en: 'Element' })}</dt>
      <dd>{element() ? t(element()!.name) : props.program.element}</dd>
      <dt>{t({ id: 'Tahun', en: 'Year' })}</dt>
      <dd>{props.program.year}</dd>
      <dt>{t({ id: 'Populasi sasaran', en: 'Target population' })}</dt>
      <dd>
        <Show when={props.program.targetPopulation != null} fallback={none}>
          {formatNumber(props.program.targetPopulation!)}
        </Show>
      </dd>
      <dt>{t({ id: 'Deskripsi (Bahasa Indonesia)', en: 'Description (Indonesian)' })}</dt>
      <dd lang="id" class="prose">
        {props.program.description.id}
      </dd>
      <dt>{t({ id: 'Deskripsi (Bahasa Inggris)', en: 'Description (English)' })}</dt>
      <dd lang="en" class="prose">
        {props.program.description.en || none}
      </dd>
      <dt>{t({ id: 'Dibuat', en: 'Created' })}</dt>
      <dd>{date(props.program.createdAt)}</dd>
      <dt>{t({ id: 'Diperbarui', en: 'Updated' })}</dt>
      <dd>{date(props.program.updatedAt)}</dd>
    </dl>
  )
}
