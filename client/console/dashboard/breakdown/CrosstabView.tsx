// One cross-tab as the dashboard and its print view show it: the table of counts and row
// percentages (or the impact score per group), the chi-square test in words, and the note on
// thin groups. Loads its own data, so the rest of the page does not wait for it.
import { createAsync } from '@solidjs/router'
import { Show, Suspense } from 'solid-js'
import { t } from '../../../shared/i18n'
import { getCrosstab, type DashboardQuery } from '../../api/analytics'
import { Loading } from '../../shell/Loading'
import { byParam, IMPACT, type CrosstabChoice } from './crosstab-choices'
import { CrosstabTable, FEW } from './CrosstabTable'
import { CrosstabTest } from './CrosstabTest'

export function CrosstabView(props: {
  programId: string
  filter: DashboardQuery
  choice: CrosstabChoice
}) {
  const crosstab = createAsync(async () => {
    const by = props.choice.by
    if (!by) return undefined
    const question = props.choice.question?.code ?? IMPACT
    return getCrosstab(props.programId, { ...props.filter, question, by: byParam(by) })
  })
  const questionName = () =>
    props.choice.question
      ? t(props.choice.question.text)
      : t({ id: 'Skor dampak', en: 'Impact score' })
  const byName = () => (props.choice.by ? t(props.choice.by.text) : '')
  const caption = () => `${questionName()} × ${byName()}`

  return (
    <Suspense fallback={<Loading />}>
      <Show when={crosstab()}>
        {(c) => (
          <div class="crosstab-view" data-crosstab-view={`${c().question}|${c().by}`}>
            <p class="crosstab-caption">
              <strong>{questionName()}</strong> {t({ id: 'menurut', en: 'by' })}{' '}
              <strong>{byName()}</strong>
            </p>
            <CrosstabTable crosstab={c()} question={props.choice.question} caption={caption()} />
            <CrosstabTest test={c().test} question={questionName()} by={byName()} />
            <Show when={c().rows.some((r) => r.n > 0 && r.n < FEW)}>
              <p class="muted table-note">
                {t({
                  id: `* kurang dari ${FEW} responden: tafsirkan dengan hati-hati.`,
                  en: `* fewer than ${FEW} respondents: read with care.`,
                })}
              </p>
            </Show>
          </div>
        )}
      </Show>
    </Suspense>
  )
}
