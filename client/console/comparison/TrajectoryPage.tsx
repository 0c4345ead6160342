// /evaluations/:regionId: a region's trajectory: its years (published figures with their source,
// computed evaluations with their version), the change from year to year and the component that
// moved it most, SPBE indices as context apart from the index, the history of its continuing
// quick wins, the form that records a published figure, and the exports.
import { A, createAsync, useParams } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { componentShortName } from '../../../server/domain/reference'
import { getTrajectory, trajectoryExportUrl } from '../api/comparison'
import { t } from '../../shared/i18n'
import { EvaluatorsOnly } from '../evaluation/EvaluatorsOnly'
import { formatRange, formatScore, formatSigned } from '../evaluation/score-format'
import { usePageTitle } from '../shell/page-title'
import { AcrossExportLinks } from './AcrossExportLinks'
import { IndexBars } from './IndexBars'
import { ItemTable } from './ItemTable'
import { PublishedForm } from './PublishedForm'
import './comparison.css'

export default function TrajectoryPage() {
  return (
    <EvaluatorsOnly>
      <TrajectoryView />
    </EvaluatorsOnly>
  )
}

function TrajectoryView() {
  const params = useParams<{ regionId: string }>()
  const data = createAsync(() => getTrajectory(params.regionId))
  const title = () => t({ id: 'Lintasan evaluasi', en: 'Evaluation trajectory' })
  usePageTitle(() => `${title()} ${data()?.region.name ?? ''}`)
  return (
    <article class="trajectory">
      <header class="page-head">
        <h1>
          {title()} {data()?.region.name}
        </h1>
      </header>
      <Show when={data()}>
        {(tr) => (
          <>
            <IndexBars
              caption={t({
                id: 'Indeks smart city per tahun (0-5)',
                en: 'Smart-city index by year (0-5)',
              })}
              bars={tr().items.map((i) => ({
                key: `${i.year}-${i.source}`,
                label: `${i.year} · ${i.source === 'published' ? t({ id: 'terbit', en: 'published' }) : t({ id: 'hitungan', en: 'computed' })}`,
                value: i.index,
                published: i.source === 'published',
              }))}
            />
            <ItemTable
              byYear
              items={tr().items}
              caption={t({ id: 'Tahun demi tahun', en: 'Year by year' })}
            />
            <section aria-labelledby="changes-title">
              <h2 id="changes-title">{t({ id: 'Perubahan', en: 'Changes' })}</h2>
              <ul>
                <For each={tr().changes}>
                  {(c) => (
                    <li>
                      {c.year} {t({ id: 'dibanding', en: 'against' })} {c.previousYear}:{' '}
                      <strong>{c.change === null ? '—' : formatSigned(c.change)}</strong>
                      <Show
                        when={c.movedMost}
                        fallback={
                          <span class="muted">
                            {' '}
                            ·{' '}
                            {t({
                              id: 'komponen tidak tersedia untuk menentukan penggeraknya',
                              en: 'no components to tell what moved it',
                            })}
                          </span>
                        }
                      >
                        {(m) => (
                          <span>
                            {' '}
                            · {t({ id: 'paling digerakkan oleh', en: 'moved most by' })}{' '}
                            {componentShortName(m().component)} ({formatSigned(m().contribution)})
                          </span>
                        )}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
              <For each={tr().items.filter((i) => i.published)}>
                {(i) => (
                  <p class="muted">
                    {i.year}: {i.published!.source}
                    {i.published!.publishedAt ? ` (${i.published!.publishedAt})` : ''}
                    {i.published!.note ? ` · ${i.published!.note}` : ''}
                  </p>
                )}
              </For>
            </section>
            <section aria-labelledby="spbe-title">
              <h2 id="spbe-title">
                {t({ id: 'Konteks: indeks SPBE', en: 'Context: SPBE index' })}
              </h2>
              <p class="muted">
                {t({
                  id: 'Indeks SPBE (KemenPAN-RB) bukan bagian indeks smart city; ditampilkan sebagai konteks.',
                  en: 'The SPBE index (KemenPAN-RB) is not part of the smart-city index; shown as context.',
                })}
              </p>
              <Show
                when={tr().context.spbe.length > 0}
                fallback={<p>{t({ id: 'Tidak ada data SPBE.', en: 'No SPBE data.' })}</p>}
              >
                <IndexBars
                  caption={t({ id: 'Indeks SPBE (0-5)', en: 'SPBE index (0-5)' })}
                  bars={tr().context.spbe.map((s) => ({
                    key: `spbe-${s.year}`,
                    label: `SPBE ${s.year}`,
                    value: s.index,
                  }))}
                />
              </Show>
            </section>
            <section aria-labelledby="history-title">
              <h2 id="history-title">
                {t({ id: 'Program yang berlanjut', en: 'Continuing programs' })}
              </h2>
              <Show
                when={tr().programs.length > 0}
                fallback={
                  <p>
                    {t({
                      id: 'Belum ada program quick win yang berlanjut lebih dari satu tahun.',
                      en: 'No quick win continues over more than one year yet.',
                    })}
                  </p>
                }
              >
                <For each={tr().programs}>
                  {(p) => (
                    <table class="across-table">
                      <caption>{p.name}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t({ id: 'Tahun', en: 'Year' })}</th>
                          <th scope="col">n</th>
                          <th scope="col">
                            {t({ id: 'Skor dampak (IK 95%)', en: 'Impact (95% CI)' })}
                          </th>
                          <th scope="col">
                            {t({ id: 'IKM konversi (IK 95%)', en: 'IKM (95% CI)' })}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        <For each={p.years}>
                          {(y) => (
                            <tr>
                              <td>{y.year}</td>
                              <td>{y.n}</td>
                              <td>
                                {formatScore(y.impact.score)}
                                {y.impact.ci ? ` (${formatRange(y.impact.ci)})` : ''}
                              </td>
                              <td>
                                {y.ikm ? formatScore(y.ikm.converted) : '—'}
                                {y.ikm?.ci ? ` (${formatRange(y.ikm.ci)})` : ''}
                              </td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  )}
                </For>
              </Show>
            </section>
            <PublishedForm regionId={params.regionId} />
            <p class="muted">{t(tr().ranking.rule)}</p>
            <AcrossExportLinks
              what={{ id: 'Unduh lintasan', en: 'Download the trajectory' }}
              href={(format) => trajectoryExportUrl(params.regionId, format)}
            />
            <p>
              <A href="/comparison">{t({ id: 'Ke perbandingan', en: 'To the comparison' })}</A>
            </p>
          </>
        )}
      </Show>
    </article>
  )
}
