// The breakdown view: pick a scored question (or the impact score) and a segment, and see the
// cross-tab as a table with bars. Both choices live in the URL (?breakdown=&by=).
import { createAsync } from '@solidjs/router'
import { Show, Suspense } from 'solid-js'
import { Field } from '../../../shared/Field'
import { t } from '../../../shared/i18n'
import { getCrosstab, type Analytics, type DashboardQuery } from '../../api/analytics'
import { Options } from '../../forms/Options'
import { Loading } from '../../shell/Loading'
import { CrosstabTable, FEW } from './CrosstabTable'

const IMPACT = 'impact'
const SCORED = new Set(['likert', 'rating', 'nps', 'number', 'yesno'])

export function Breakdown(props: {
  programId: string
  filter: DashboardQuery
  analytics: Analytics
  question?: string
  segment?: string
  onChoose: (changes: { breakdown?: string; by?: string }) => void
}) {
  const scored = () => props.analytics.questions.filter((q) => SCORED.has(q.type))
  const segments = () => props.analytics.segments
  const question = () => scored().find((q) => q.code === props.question)
  const segment = () =>
    segments().find((s) => s.code === props.segment) ??
    segments().find((s) => s.code === 'kecamatan') ??
    segments()[0]
  const crosstab = createAsync(async () => {
    const by = segment()?.code
    if (!by) return undefined
    const code = question()?.code ?? IMPACT
    return getCrosstab(props.programId, { ...props.filter, question: code, segment: by })
  })
  const caption = () =>
    `${question() ? t(question()!.text) : t({ id: 'Skor dampak', en: 'Impact score' })} · ${segment() ? t(segment()!.text) : ''}`

  return (
    <section class="dashboard-section breakdown" aria-labelledby="breakdown-title">
      <h3 id="breakdown-title">{t({ id: 'Rincian per segmen', en: 'Breakdown by segment' })}</h3>
      <Show
        when={segments().length > 0}
        fallback={
          <p class="muted">
            {t({
              id: 'Kuesioner program tidak menanyakan profil responden (segmen).',
              en: 'The questionnaires ask no respondent profile (segment) questions.',
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
                  onChange={(e) =>
                    props.onChoose({ breakdown: e.currentTarget.value || undefined })
                  }
                >
                  <option value="" selected={!question()}>
                    {t({ id: 'Skor dampak (0–5)', en: 'Impact score (0–5)' })}
                  </option>
                  <Options
                    items={scored()}
                    value={question()?.code}
                    key={(q) => q.code}
                    label={(q) => `${q.code} · ${t(q.text)}`}
                  />
                </select>
              )}
            </Field>
            <Field label={t({ id: 'Menurut', en: 'By' })}>
              {(control) => (
                <select
                  {...control}
                  onChange={(e) => props.onChoose({ by: e.currentTarget.value })}
                >
                  <Options
                    items={segments()}
                    value={segment()?.code}
                    key={(s) => s.code}
                    label={(s) => t(s.text)}
                  />
                </select>
              )}
            </Field>
          </form>
          <Suspense fallback={<Loading />}>
            <Show when={crosstab()}>
              {(c) => (
                <>
                  <CrosstabTable crosstab={c()} question={question()} caption={caption()} />
                  <Show when={c().rows.some((r) => r.n > 0 && r.n < FEW)}>
                    <p class="muted table-note">
                      {t({
                        id: `* kurang dari ${FEW} responden: tafsirkan dengan hati-hati.`,
                        en: `* fewer than ${FEW} respondents: read with care.`,
                      })}
                    </p>
                  </Show>
                </>
              )}
            </Show>
          </Suspense>
        </div>
      </Show>
    </section>
  )
}
