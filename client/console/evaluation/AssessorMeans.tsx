// The assessors' marks of a program as everyone may read them: the mean and the number of
// assessors per quick-win criterion.
import { For } from 'solid-js'
import type { Assessment } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { formatScore } from './score-format'

export function AssessorMeans(props: { assessment: Assessment }) {
  const caption = () =>
    t({
      id: 'Rata-rata nilai asesor per kriteria (1–5)',
      en: "Assessors' mean mark per criterion (1–5)",
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
          </tr>
        </thead>
        <tbody>
          <For each={props.assessment.criteria}>
            {(c) => (
              <tr data-criterion={c.code}>
                <th scope="row">{t(c.name)}</th>
                <td class="num">{formatScore(c.mean)}</td>
                <td class="num">{c.n}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
