// The figures of a program's dashboard that both the screen and the print view show: headline
// cards, the trend with the channels, the criteria and every question's chart.
import { Show, type JSX } from 'solid-js'
import { t } from '../../shared/i18n'
import type { Analytics, Score } from '../api/analytics'
import { HeadlineCards } from './cards/HeadlineCards'
import { ChannelBars } from './charts/ChannelBars'
import { CriteriaChart } from './charts/CriteriaChart'
import { QuestionCharts } from './charts/QuestionCharts'
import { TrendChart } from './charts/TrendChart'

export function DashboardReport(props: {
  analytics: Analytics
  score: Score
  overall?: number
  filtered: boolean
  timeZone: string
  /** What follows the cards on screen (the jump links). */
  links?: JSX.Element
}) {
  return (
    <>
      <HeadlineCards
        analytics={props.analytics}
        score={props.score}
        overall={props.overall}
        filtered={props.filtered}
        timeZone={props.timeZone}
      />
      {props.links}
      <div class="trend-row">
        <section class="dashboard-section" aria-labelledby="trend-title">
          <h3 id="trend-title">{t({ id: 'Tren tanggapan', en: 'Responses over time' })}</h3>
          <div class="card">
            <TrendChart trend={props.analytics.trend} />
          </div>
        </section>
        <Show when={props.analytics.links.length > 0}>
          <section class="dashboard-section" aria-labelledby="channels-title">
            <h3 id="channels-title">{t({ id: 'Per saluran', en: 'By channel' })}</h3>
            <div class="card">
              <ChannelBars analytics={props.analytics} />
            </div>
          </section>
        </Show>
      </div>
      <CriteriaChart criteria={props.score.impact.criteria} />
      <QuestionCharts questions={props.analytics.questions} />
    </>
  )
}
