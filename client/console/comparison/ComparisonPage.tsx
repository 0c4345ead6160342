// /comparison: the comparison of a year across the regions of the evaluator's scope: ranks
// nationally and within the province, the five components, index, status and source; filters by
// year, province and kota/kabupaten; the index chart with its figures as text; the exports.
import { createAsync, useSearchParams } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { comparisonExportUrl, getComparison } from '../api/comparison'
import { getRegions } from '../api/reference'
import { t } from '../../shared/i18n'
import { EvaluatorsOnly } from '../evaluation/EvaluatorsOnly'
import { usePageTitle } from '../shell/page-title'
import { AcrossExportLinks } from './AcrossExportLinks'
import { IndexBars } from './IndexBars'
import { ItemTable } from './ItemTable'
import './comparison.css'

export default function ComparisonPage() {
  return (
    <EvaluatorsOnly>
      <ComparisonView />
    </EvaluatorsOnly>
  )
}

function ComparisonView() {
  const [params, setParams] = useSearchParams<{ year?: string; province?: string; kind?: string }>()
  const filters = () => {
    const k = params.kind
    const kind: 'kota' | 'kabupaten' | undefined = k === 'kota' || k === 'kabupaten' ? k : undefined
    return {
      ...(params.year ? { year: params.year } : {}),
      ...(params.province ? { province: params.province } : {}),
      ...(kind ? { kind } : {}),
    }
  }
  const data = createAsync(() => getComparison(filters()))
  const regions = createAsync(() => getRegions())
  const provinces = () => {
    const seen = new Map<string, string>()
    for (const r of regions() ?? []) seen.set(r.provinceCode, r.province)
    return [...seen].sort((a, b) => a[1].localeCompare(b[1]))
  }
  const title = () => t({ id: 'Perbandingan evaluasi', en: 'Evaluation comparison' })
  usePageTitle(() => `${title()} ${data()?.year ?? ''}`)
  const years = () => {
    const now = new Date().getFullYear()
    return Array.from({ length: now - 2017 + 1 }, (_, i) => String(now - i))
  }
  const exportQuery = () => ({ ...filters(), year: String(data()?.year ?? '') })
  return (
    <article class="comparison">
      <header class="page-head">
        <h1>
          {title()} {data()?.year}
        </h1>
      </header>
      <form class="across-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t({ id: 'Tahun', en: 'Year' })}
          <select
            value={String(data()?.year ?? params.year ?? '')}
            onChange={(e) => setParams({ year: e.currentTarget.value })}
          >
            <For each={years()}>{(y) => <option value={y}>{y}</option>}</For>
          </select>
        </label>
        <label>
          {t({ id: 'Provinsi', en: 'Province' })}
          <select
            value={params.province ?? ''}
            onChange={(e) => setParams({ province: e.currentTarget.value || undefined })}
          >
            <option value="">{t({ id: 'Semua dalam cakupan', en: 'All in scope' })}</option>
            <For each={provinces()}>{([code, name]) => <option value={code}>{name}</option>}</For>
          </select>
        </label>
        <label>
          {t({ id: 'Jenis', en: 'Kind' })}
          <select
            value={params.kind ?? ''}
            onChange={(e) => setParams({ kind: e.currentTarget.value || undefined })}
          >
            <option value="">{t({ id: 'Kota dan kabupaten', en: 'Cities and regencies' })}</option>
            <option value="kota">Kota</option>
            <option value="kabupaten">Kabupaten</option>
          </select>
        </label>
      </form>
      <Show when={data()}>
        {(c) => (
          <>
            <Show
              when={c().items.length > 0}
              fallback={
                <p>
                  {t({
                    id: 'Tidak ada wilayah dalam cakupan ini.',
                    en: 'No region in this scope.',
                  })}
                </p>
              }
            >
              <ItemTable
                items={c().items}
                caption={t({ id: `Peringkat ${c().year}`, en: `Ranking ${c().year}` })}
              />
              <IndexBars
                caption={t({
                  id: `Indeks smart city ${c().year} (0-5), menurut peringkat`,
                  en: `Smart-city index ${c().year} (0-5), by rank`,
                })}
                bars={c()
                  .items.filter((i) => i.ranked)
                  .map((i) => ({
                    key: `${i.regionId}-${i.source}`,
                    label: `${i.rank.national}. ${i.regionName}`,
                    value: i.index,
                    published: i.source === 'published',
                  }))}
              />
            </Show>
            <p class="muted">{t(c().ranking.rule)}</p>
            <AcrossExportLinks
              what={{ id: 'Unduh perbandingan', en: 'Download the comparison' }}
              href={(format) => comparisonExportUrl(exportQuery(), format)}
            />
          </>
        )}
      </Show>
    </article>
  )
}
