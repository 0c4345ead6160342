// The five evaluation scores of the index: value, weight, weight x value, and where each value
// comes from; the last row sums the contributions into the index.
import { For } from 'solid-js'
import type { Evaluation } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { SCORE_CODES, SCORE_NAMES, scoreSource } from './evaluation-scores'
import { formatScore } from './score-format'

export function ScoreTable(props: { evaluation: Evaluation }) {
  const ev = () => props.evaluation
  const caption = () =>
    t({
      id: 'Lima nilai evaluasi, bobot dan kontribusinya pada indeks',
      en: 'The five evaluation scores, their weights and contributions to the index',
    })
  // A named, focusable region: keyboard users can scroll the table when a phone is too narrow.
  return (
    <div class="table-scroll" role="region" aria-label={caption()} tabindex="0">
      <table class="score-table">
        <caption class="visually-hidden">{caption()}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ id: 'Dimensi evaluasi', en: 'Evaluation dimension' })}</th>
            <th scope="col" class="num">
              {t({ id: 'Nilai (0–5)', en: 'Value (0–5)' })}
            </th>
            <th scope="col" class="num">
              {t({ id: 'Bobot', en: 'Weight' })}
            </th>
            <th scope="col" class="num">
              {t({ id: 'Kontribusi', en: 'Contribution' })}
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={SCORE_CODES}>
            {(code) => (
              <tr data-score={code}>
                <th scope="row">
                  {t(SCORE_NAMES[code])}
                  <span class="score-source">{t(scoreSource(ev(), code))}</span>
                </th>
                <td class="num">{formatScore(ev().scores[code])}</td>
                <td class="num">{formatScore(ev().weights[code])}</td>
                <td class="num">{formatScore(ev().contributions[code])}</td>
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t({ id: 'Indeks', en: 'Index' })}</th>
            <td class="num" />
            <td class="num">{formatScore(ev().weightSum)}</td>
            <td class="num">
              <strong>{formatScore(ev().index)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
