// What a run measures: the full run by default, or a quick one (BENCH_QUICK=1) with smaller
// sizes and shorter durations for development, clearly labelled as such in every output.
import type { DashboardFilter } from './dashboard'

export interface BenchSettings {
  quick: boolean
  ingest: { connections: number; seconds: number; rounds: number; warmupSeconds: number }
  /** Cumulative response counts the dashboard and export are measured at. */
  scales: number[]
  dashboardRepeats: number
  dashboardFilter: DashboardFilter
  /** Cached requests of the public results page, and requests right after a change. */
  results: { repeats: number; refreshes: number }
  formLoads: number
}

const FILTER: DashboardFilter = {
  from: '2024-04-01',
  to: '2024-06-30',
  segment: { code: 'kecamatan', value: '63.71.01' },
}

export function benchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const quick = !!env.BENCH_QUICK && env.BENCH_QUICK !== '0'
  return quick
    ? {
        quick,
        ingest: { connections: 50, seconds: 3, rounds: 2, warmupSeconds: 1 },
        scales: [2_000, 10_000, 30_000],
        dashboardRepeats: 10,
        dashboardFilter: FILTER,
        results: { repeats: 20, refreshes: 3 },
        formLoads: 2,
      }
    : {
        quick,
        ingest: { connections: 50, seconds: 20, rounds: 2, warmupSeconds: 5 },
        scales: [10_000, 100_000, 1_000_000],
        dashboardRepeats: 30,
        dashboardFilter: FILTER,
        results: { repeats: 100, refreshes: 5 },
        formLoads: 5,
      }
}
