// Whether a finished action moved what it targeted: its SKM element's NRR (1-4) or its impact
// criterion's score (0-5), in the quarter before the one it was finished in against everything
// from the next quarter on (domain/periods effectWindows), with Welch's 95% interval of the
// change. The sums come from the aggregates through the score's read path, so excluded
// responses stay out as they do from every score.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { FollowUpTable } from '../../../db/results-tables'
import { effectWindows } from '../../domain/periods'
import { differenceOfMeans, meanOfMoments, type Moments } from '../../domain/scoring'
import type { ScoreSums } from '../aggregates/read/score-sums'
import type { CatalogQuestionnaire } from '../questionnaires/catalog'
import { readProgramScoreSums } from '../scores/service'

type Row = Pick<FollowUpTable, 'target_kind' | 'target_code' | 'status' | 'finished_on'>

export interface EffectWindowFigure {
  from: string
  to: string
  /** Respondents who answered the element or criterion in the window. */
  n: number
  /** NRR (1-4) or criterion score (0-5); null without answers. */
  value: number | null
}

export interface FollowUpEffect {
  measure: 'nrr' | 'criterion'
  before: EffectWindowFigure
  after: EffectWindowFigure | null
  change: { difference: number; ci: [number, number]; df: number; standardError: number } | null
  /** up/down: the interval lies wholly above/below 0; none: it holds 0. */
  verdict: 'up' | 'down' | 'none' | 'not_yet' | 'not_enough_data'
}

const EMPTY: Moments = { n: 0, sum: 0, sumSq: 0 }

function momentsOf(sums: ScoreSums, row: Row): Moments {
  const map = row.target_kind === 'skm' ? sums.elements : sums.criteria
  return map.get(row.target_code) ?? EMPTY
}

/**
 * The effect of each finished action of `rows` (index -> effect), judged up to `asOf` (a calendar
 * day). Access must have been checked and the aggregates settled by the caller.
 */
export async function readFollowUpEffects(
  db: Kysely<Database>,
  questionnaires: CatalogQuestionnaire[],
  rows: readonly Row[],
  asOf: string,
): Promise<Map<number, FollowUpEffect>> {
  const effects = new Map<number, FollowUpEffect>()
  const windows = new Map<string, Promise<ScoreSums>>()
  const sumsOf = (from: string, to: string) => {
    const key = `${from}/${to}`
    if (!windows.has(key)) {
      const selection = {
        questionnaireIds: questionnaires.map((q) => q.id),
        from,
        to,
        segments: {},
      }
      windows.set(key, readProgramScoreSums(db, questionnaires, selection))
    }
    return windows.get(key)!
  }
  for (const [index, row] of rows.entries()) {
    if (row.status !== 'selesai' || !row.finished_on) continue
    const scale = row.target_kind === 'skm' ? 1 : 5
    const { before, after } = effectWindows(row.finished_on, asOf)
    const figure = (window: { from: string; to: string }, m: Moments) => {
      const mean = meanOfMoments(m)
      return { ...window, n: m.n, value: mean === null ? null : scale * mean }
    }
    const mBefore = momentsOf(await sumsOf(before.from, before.to), row)
    const mAfter = after ? momentsOf(await sumsOf(after.from, after.to), row) : null
    const d = mAfter ? differenceOfMeans(mBefore, mAfter, { scale }) : null
    effects.set(index, {
      measure: row.target_kind === 'skm' ? 'nrr' : 'criterion',
      before: figure(before, mBefore),
      after: after && mAfter ? figure(after, mAfter) : null,
      change: d && {
        difference: d.difference,
        ci: d.ci,
        df: d.df,
        standardError: d.standardError,
      },
      verdict: !after ? 'not_yet' : d ? d.direction : 'not_enough_data',
    })
  }
  return effects
}
