// Figure 2b: the evaluator's reads of the region whose program grows: its evaluation of 2024, the
// comparison of 2024 (every region's evaluation, ranked) and the region's trajectory (every year's
// comparison), each asked `repeats` times one after another after two warm-up requests, timed to
// the last body byte like the dashboard's reads.
import { timeRequest, type EndpointFigure } from './dashboard'
import { percentile } from './stats'

export async function measureEvaluations(
  baseUrl: string,
  cookie: string,
  programId: number,
  repeats: number,
): Promise<EndpointFigure[]> {
  const program = (await (
    await fetch(`${baseUrl}/api/programs/${programId}`, {
      headers: { cookie },
    })
  ).json()) as { regionId: number; year: number }
  const endpoints = [
    { name: 'evaluation', path: `/api/evaluations/${program.regionId}/${program.year}` },
    { name: 'comparison', path: `/api/evaluations?year=${program.year}` },
    { name: 'trajectory', path: `/api/evaluations/${program.regionId}` },
  ]
  const figures: EndpointFigure[] = []
  for (const endpoint of endpoints) {
    const url = baseUrl + endpoint.path
    for (let i = 0; i < 2; i++) await timeRequest(url, cookie)
    const times: number[] = []
    let counted = 0
    for (let i = 0; i < repeats; i++) {
      const { ms, body } = await timeRequest(url, cookie)
      times.push(ms)
      counted = body.coverage?.respondents ?? body.items?.length ?? 0
    }
    figures.push({
      ...endpoint,
      filtered: false,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      counted,
    })
  }
  return figures
}
