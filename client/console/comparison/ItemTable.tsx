// Evaluation items (a region's year, computed or published) as a sortable table: ranks, region,
// source, status, the five components and the index. Sorting is by column-header buttons, and the
// sorted column says so (aria-sort).
import { A } from '@solidjs/router'
import { createMemo, createSignal, For } from 'solid-js'
import { componentShortName } from '../../../server/domain/reference'
import type { ComparisonItem } from '../api/comparison'
import { t } from '../../shared/i18n'
import { formatScore } from '../evaluation/score-format'

type Key = 'rank' | 'province' | 'region' | 'year' | 'index' | keyof ComparisonItem['scores']

const COMPONENTS = ['baseline', 'output', 'outcome', 'impact', 'quickwin'] as const

function value(item: ComparisonItem, key: Key): number | string | null {
  if (key === 'rank') return item.rank.national
  if (key === 'province') return item.rank.province
  if (key === 'region') return item.regionName
  if (key === 'year') return item.year
  if (key === 'index') return item.index
  return item.scores[key] ?? null
}

export function StatusBadge(props: { status: 'final' | 'provisional' }) {
  return (
    <span class={`badge badge-${props.status}`}>
      {props.status === 'final'
        ? t({ id: 'Final', en: 'Final' })
        : t({ id: 'Sementara', en: 'Provisional' })}
    </span>
  )
}

export function ItemTable(props: { items: ComparisonItem[]; caption: string; byYear?: boolean }) {
  const [sort, setSort] = createSignal<{ key: Key; up: boolean }>({
    key: props.byYear ? 'year' : 'rank',
    up: true,
  })
  const sorted = createMemo(() => {
    const { key, up } = sort()
    return [...props.items].sort((a, b) => {
      const [x, y] = [value(a, key), value(b, key)]
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
      const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number)
      // Ranks read best first when "up"; figures read highest first.
      const natural = key === 'rank' || key === 'province' || key === 'region' || key === 'year'
      return (natural === up ? 1 : -1) * order
    })
  })
  const header = (key: Key, label: string) => {
    const state = () =>
      sort().key === key ? (sort().up ? 'ascending' : 'descending') : ('none' as const)
    return (
      <th scope="col" aria-sort={state()}>
        <button
          type="button"
          onClick={() => setSort({ key, up: sort().key === key ? !sort().up : true })}
        >
          {label}
        </button>
      </th>
    )
  }
  return (
    <div class="across-table-wrap" tabindex="0" role="region" aria-label={props.caption}>
      <table class="across-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.byYear
              ? header('year', t({ id: 'Tahun', en: 'Year' }))
              : header('rank', t({ id: 'Peringkat', en: 'Rank' }))}
            {props.byYear
              ? header('rank', t({ id: 'Peringkat', en: 'Rank' }))
              : header('region', t({ id: 'Wilayah', en: 'Region' }))}
            {header('province', t({ id: 'Peringkat provinsi', en: 'Province rank' }))}
            <th scope="col">{t({ id: 'Sumber', en: 'Source' })}</th>
            <th scope="col">{t({ id: 'Status', en: 'Status' })}</th>
            <For each={COMPONENTS}>{(c) => header(c, componentShortName(c))}</For>
            {header('index', t({ id: 'Indeks', en: 'Index' }))}
          </tr>
        </thead>
        <tbody>
          <For each={sorted()}>
            {(item) => (
              <tr data-region={item.regionCode} data-source={item.source}>
                <td>{props.byYear ? item.year : (item.rank.national ?? '—')}</td>
                <td class="region">
                  {props.byYear ? (
                    (item.rank.national ?? '—')
                  ) : (
                    <A href={`/evaluations/${item.regionId}`}>{item.regionName}</A>
                  )}
                </td>
                <td>{item.rank.province ?? '—'}</td>
                <td>
                  {item.source === 'published'
                    ? t({ id: 'Terbit', en: 'Published' })
                    : t({ id: 'Hitungan', en: 'Computed' })}
                  <span class="muted"> · {t(item.versionLabel)}</span>
                </td>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <For each={COMPONENTS}>{(c) => <td>{formatScore(item.scores[c])}</td>}</For>
                <td>
                  <strong>{formatScore(item.index)}</strong>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
