// Figure 2: the dashboard's reads of a program. Each of analytics and score, unfiltered and
// filtered (a day range plus one segment value), is asked `repeats` times one after another
// after two warm-up requests; the wall time of each request (to its last body byte) is timed.
import { percentile } from './stats'

export interface DashboardFilter {
  from: string
  to: string
  segment: { code: string; value: string }
}

export interface EndpointFigure {
  name: string
  path: string
  filtered: boolean
  p50: number
  p95: number
  /** The responses the reply counted (analytics `total`, score `n`). */
  counted: number
}

/** One GET timed to its last body byte; its JSON body. */
export async function timeRequest(url: string, cookie: string) {
  const started = performance.now()
  const res = await fetch(url, { headers: { cookie } })
  const body = await res.text()
  const ms = performance.now() - started
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${body.slice(0, 300)}`)
  return { ms, body: JSON.parse(body) as Record<string, any> }
}

export function dashboardPaths(programId: number, filter: DashboardFilter) {
  const query = new URLSearchParams({
    from: filter.from,
    to: filter.to,
    [`segment.${filter.segment.code}`]: filter.segment.value,
  })
  const analytics = `/api/programs/${programId}/analytics`
  const score = `/api/programs/${programId}/score`
  return [
    { name: 'analytics', path: analytics, filtered: false },
    { name: 'analytics', path: `${analytics}?${query}`, filtered: true },
    { name: 'score', path: score, filtered: false },
    { name: 'score', path: `${score}?${query}`, filtered: true },
  ]
}

export async function measureDashboard(
  baseUrl: string,
  cookie: string,
  programId: number,
  filter: DashboardFilter,
  repeats: number,
): Promise<EndpointFigure[]> {
  const figures: EndpointFigure[] = []
  for (const endpoint of dashboardPaths(programId, filter)) {
    const url = baseUrl + endpoint.path
    for (let i = 0; i < 2; i++) await timeRequest(url, cookie)
    const times: number[] = []
    let counted = 0
    for (let i = 0; i < repeats; i++) {
      const { ms, body } = await timeRequest(url, cookie)
      times.push(ms)
      counted = body.total ?? body.n ?? 0
    }
    figures.push({ ...endpoint, p50: percentile(times, 50), p95: percentile(times, 95), counted })
  }
  return figures
}
