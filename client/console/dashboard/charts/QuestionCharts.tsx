// Every counted question of the program as a chart, the survey questions first and then the
// respondent profile (segment questions such as age, gender and kecamatan).
import { For, Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { QuestionStats } from '../../api/analytics'
import { QuestionChart } from './QuestionChart'

export function QuestionCharts(props: { questions: readonly QuestionStats[] }) {
  const asked = () => props.questions.filter((q) => q.type !== 'segment')
  const profile = () => props.questions.filter((q) => q.type === 'segment')
  return (
    <>
      <section class="dashboard-section" aria-labelledby="questions-title">
        <h3 id="questions-title">
          {t({ id: 'Jawaban per pertanyaan', en: 'Answers by question' })}
        </h3>
        <Show
          when={asked().length > 0}
          fallback={
            <p class="muted">
              {t({
                id: 'Belum ada kuesioner terbit untuk program ini.',
                en: 'The program has no published questionnaire yet.',
              })}
            </p>
          }
        >
          <div class="chart-grid">
            <For each={asked()}>{(question) => <QuestionChart question={question} />}</For>
          </div>
        </Show>
      </section>
      <Show when={profile().length > 0}>
        <section class="dashboard-section" aria-labelledby="profile-title">
          <h3 id="profile-title">{t({ id: 'Profil responden', en: 'Respondent profile' })}</h3>
          <div class="chart-grid">
            <For each={profile()}>{(question) => <QuestionChart question={question} />}</For>
          </div>
        </section>
      </Show>
    </>
  )
}
