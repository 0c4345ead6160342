// The assessors' marks of a program as everyone may read them: per quick-win criterion the mean,
// the number of assessors, the spread of their marks and a flag where they disagree.
import { For, Show } from 'solid-js'
import type { Assessment } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { formatScore } from './score-format'

export function AssessorMeans(props: { assessment: Assessment }) {
  const caption = () =>
    t({
      id: 'Rata-rata dan sebaran nilai asesor per kriteria (1–5)',
      en: "Assessors' mean and spread of marks per criterion (1–5)",
    })
  // A named, focusable region: keyboard users can scroll the table when a phone is too narrow.
  return (
    <div class="table-scroll" role="region" aria-label={caption()} tabindex="0">
      <table class="score-table criteria-table">
        <caption>{caption()}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ id: 'Kriteria', en: 'Criterion' })}</th>
            <th scope="col" class="num">
              {t({ id: 'Rata-rata', en: 'Mean' })}
            </th>
            <th scope="col" class="num">
              {t({ id: 'Asesor', en: 'Assessors' })}
            </th>
            <th scope="col" class="num">
              {t({ id: 'Rentang', en: 'Range' })}
            </th>
            <th scope="col">{t({ id: 'Kesepakatan', en: 'Agreement' })}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.assessment.criteria}>
            {(c) => (
              <tr data-criterion={c.code} classList={{ disagreement: !!c.spread?.disagreement }}>
                <th scope="row">{t(c.name)}</th>
                <td class="num">{formatScore(c.mean)}</td>
                <td class="num">{c.n}</td>
                <td class="num">{c.spread ? `${c.spread.min}–${c.spread.max}` : '–'}</td>
                <td>
                  <Show when={c.spread && c.spread.n > 1} fallback="–">
                    <Show
                      when={c.spread!.disagreement}
                      fallback={t({ id: 'Selaras', en: 'Consistent' })}
                    >
                      <strong class="disagreement-flag">
                        {t({
                          id: `Berbeda ≥ ${props.assessment.disagreementPoints} poin`,
                          en: `Differ by ≥ ${props.assessment.disagreementPoints} points`,
                        })}
                      </strong>
                    </Show>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
