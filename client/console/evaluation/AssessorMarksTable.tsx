// Each assessor's own marks on a program, criterion by criterion, for evaluators and admins: who
// gave what, so a flagged disagreement can be talked through with the people behind it.
import { For, Show } from 'solid-js'
import type { Assessment } from '../api/evaluations'
import { t } from '../../shared/i18n'

export function AssessorMarksTable(props: { assessment: Assessment }) {
  const assessors = () => props.assessment.byAssessor ?? []
  const caption = () => t({ id: 'Nilai setiap asesor', en: "Each assessor's marks" })
  return (
    <Show when={assessors().length > 0}>
      <div class="table-scroll" role="region" aria-label={caption()} tabindex="0">
        <table class="score-table assessor-marks">
          <caption>{caption()}</caption>
          <thead>
            <tr>
              <th scope="col">{t({ id: 'Kriteria', en: 'Criterion' })}</th>
              <For each={assessors()}>
                {(a) => (
                  <th scope="col" class="num">
                    {a.assessor}
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={props.assessment.criteria}>
              {(c) => (
                <tr data-criterion={c.code} classList={{ disagreement: !!c.spread?.disagreement }}>
                  <th scope="row">
                    {t(c.name)}
                    <Show when={c.spread?.disagreement}>
                      {' '}
                      <span class="disagreement-flag">
                        {t({ id: '(berbeda)', en: '(disagree)' })}
                      </span>
                    </Show>
                  </th>
                  <For each={assessors()}>
                    {(a) => <td class="num">{a.marks[c.code] ?? '–'}</td>}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  )
}
