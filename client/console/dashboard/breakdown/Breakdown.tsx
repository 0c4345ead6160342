// The cross-tab view: pick a closed question (or the impact score) and what to break it down by
// (a segment such as kecamatan, or another closed question), and see counts, row percentages and
// the chi-square test. Both choices live in the URL (?breakdown=&by=), so the print view prints
// the same table.
import { Show } from 'solid-js'
import { Field } from '../../../shared/Field'
import { t } from '../../../shared/i18n'
import type { Analytics, DashboardQuery } from '../../api/analytics'
import { Options } from '../../forms/Options'
import { byChoices, crosstabChoice } from './crosstab-choices'
import { CrosstabView } from './CrosstabView'

const label = (q: { code: string; text: { id: string; en?: string | null } }) =>
  `${q.code} · ${t(q.text)}`

export function Breakdown(props: {
  programId: string
  filter: DashboardQuery
  analytics: Analytics
  question?: string
  by?: string
  onChoose: (changes: { breakdown?: string; by?: string }) => void
}) {
  const choice = () => crosstabChoice(props.analytics, { question: props.question, by: props.by })
  return (
    <section class="dashboard-section breakdown" aria-labelledby="breakdown-title">
      <h3 id="breakdown-title">{t({ id: 'Tabulasi silang', en: 'Cross-tabulation' })}</h3>
      <Show
        when={props.analytics.questions.length > 1}
        fallback={
          <p class="muted">
            {t({
              id: 'Perlu sedikitnya dua pertanyaan tertutup untuk tabulasi silang.',
              en: 'A cross-tab needs at least two closed questions.',
            })}
          </p>
        }
      >
        <div class="card">
          <form class="breakdown-controls" onSubmit={(e) => e.preventDefault()}>
            <Field label={t({ id: 'Pertanyaan', en: 'Question' })}>
              {(control) => (
                <select
                  {...control}
                  data-crosstab="question"
                  onChange={(e) =>
                    props.onChoose({ breakdown: e.currentTarget.value || undefined })
                  }
                >
                  <option value="" selected={!choice().question}>
                    {t({ id: 'Skor dampak (0–5)', en: 'Impact score (0–5)' })}
                  </option>
                  <Options
                    items={props.analytics.questions}
                    value={choice().question?.code}
                    key={(q) => q.code}
                    label={label}
                  />
                </select>
              )}
            </Field>
            <Field label={t({ id: 'Menurut', en: 'By' })}>
              {(control) => (
                <select
                  {...control}
                  data-crosstab="by"
                  onChange={(e) => props.onChoose({ by: e.currentTarget.value })}
                >
                  <Options
                    items={byChoices(props.analytics, choice().question?.code)}
                    value={choice().by?.code}
                    key={(q) => q.code}
                    label={label}
                  />
                </select>
              )}
            </Field>
          </form>
          <CrosstabView programId={props.programId} filter={props.filter} choice={choice()} />
        </div>
      </Show>
    </section>
  )
}
