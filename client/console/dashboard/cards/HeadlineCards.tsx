// The row of headline cards answering "how is my quick win doing?": responses, impact score,
// IKM, NPS and the sample target, all over the same questionnaire and filters. "The last 7 days"
// are the region's calendar days.
import { todayIn } from '../../../../server/domain/calendar'
import type { Analytics, Score } from '../../api/analytics'
import { IkmCard, ImpactCard, NpsCard } from './ScoreCards'
import { ResponsesCard } from './ResponsesCard'
import { SampleCard } from './SampleCard'

const SKM_CODES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']

export function HeadlineCards(props: {
  analytics: Analytics
  score: Score
  overall?: number
  filtered: boolean
  timeZone: string
}) {
  const asks = (test: (q: Analytics['questions'][number]) => boolean) =>
    props.analytics.questions.some(test)
  const lastWeek = () => {
    const trend = props.analytics.trend
    if (trend.at(-1)?.day !== todayIn(props.timeZone)) return undefined
    return trend.slice(-7).reduce((sum, d) => sum + d.count, 0)
  }
  return (
    <div class="stat-grid">
      <ResponsesCard
        total={props.analytics.total}
        lastWeek={lastWeek()}
        overall={props.overall}
        filtered={props.filtered}
      />
      <ImpactCard impact={props.score.impact} responses={props.score.n} />
      <IkmCard
        ikm={props.score.ikm}
        asked={asks((q) => SKM_CODES.includes(q.code))}
        filtered={props.filtered}
      />
      <NpsCard
        nps={props.score.nps}
        asked={asks((q) => q.type === 'nps')}
        filtered={props.filtered}
      />
      <SampleCard score={props.score} />
    </div>
  )
}
