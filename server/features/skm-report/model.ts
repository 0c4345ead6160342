// The figures of one unit's SKM report (one SKM questionnaire over a period), read once and handed
// to the outline: the score of the period and of the period before through the score's own read
// path and computation (so every number equals GET /api/programs/:id/score for the same
// questionnaire and days, excluded responses out as there), responses per channel and per
// respondent-profile answer from the aggregates, comments per element, and the follow-ups.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { type Period } from '../../domain/periods'
import { SKM, type BilingualText } from '../../domain/reference'
import { readResponseCounts } from '../aggregates/read/counts'
import type { ScoreSums } from '../aggregates/read/score-sums'
import type { Selection } from '../aggregates/read/selection'
import { buildCatalog, isComment, isSegment } from '../analytics/catalog'
import { distributionOf } from '../analytics/distribution'
import { readElementComments, type ElementComments } from '../analytics/element-comments'
import { followUpsOfProgram, type FollowUp } from '../follow-ups/service'
import type { Program } from '../programs/service'
import type { CatalogQuestionnaire } from '../questionnaires/catalog'
import { readProgramScoreSums, scoreFromSums, type ProgramScore } from '../scores/service'

export interface UnitReport {
  program: Program
  region: { name: string; code: string }
  questionnaire: { id: number; title: string }
  period: Period
  previous: Period
  /** The last day the follow-ups' effects are judged on (the period's end, or today). */
  asOf: string
  score: ProgramScore
  sums: ScoreSums
  previousScore: ProgramScore
  previousSums: ScoreSums
  channels: { channel: string; count: number }[]
  segments: {
    code: string
    text: BilingualText
    answered: number
    values: { label: BilingualText; count: number }[]
  }[]
  comments: ElementComments & { textQuestions: number }
  followUps: FollowUp[]
}

const ELEMENT_CODES = SKM.elements.map((e) => e.code)
/** Quoted comments per element. */
const EXAMPLES = 3

const selectionOf = (q: CatalogQuestionnaire, p: { from: string; to: string }): Selection => ({
  questionnaireIds: [q.id],
  from: p.from,
  to: p.to,
  segments: {},
})

/**
 * The report of questionnaire `q` of `program` over `period`. Access must have been checked and
 * the aggregates settled by the caller; `all` is every questionnaire of the program (the
 * follow-ups' targets and effects are the program's).
 */
export async function readUnitReport(
  db: Kysely<Database>,
  input: {
    program: Program
    region: { name: string; code: string }
    questionnaire: CatalogQuestionnaire
    all: CatalogQuestionnaire[]
    period: Period
    previous: Period
    asOf: string
  },
): Promise<UnitReport> {
  const { program, questionnaire: q, period, previous } = input
  const selection = selectionOf(q, period)
  const previousSelection = selectionOf(q, previous)
  const [sums, previousSums] = await Promise.all([
    readProgramScoreSums(db, [q], selection),
    readProgramScoreSums(db, [q], previousSelection),
  ])
  const catalog = buildCatalog([q])
  const segmentQuestions = catalog.questions.filter((cq) => isSegment(cq.question))
  const counts = await readResponseCounts(
    db,
    selection,
    segmentQuestions.map((cq) => cq.code),
  )
  const byLink = new Map<number, number>()
  for (const d of counts.daily) byLink.set(d.linkId, (byLink.get(d.linkId) ?? 0) + d.n)
  const textCodes = catalog.questions.filter((cq) => isComment(cq.question)).map((cq) => cq.code)
  const comments = await readElementComments(db, {
    selection,
    versionIds: q.versions.filter((v) => v.definition.kind === 'skm').map((v) => v.id),
    textCodes,
    elementCodes: ELEMENT_CODES,
    examples: EXAMPLES,
  })
  return {
    program,
    region: input.region,
    questionnaire: { id: q.id, title: q.title },
    period,
    previous,
    asOf: input.asOf,
    score: scoreFromSums(program, [q], selection, sums),
    sums,
    previousScore: scoreFromSums(program, [q], previousSelection, previousSums),
    previousSums,
    channels: q.links.map((l) => ({ channel: l.channel, count: byLink.get(l.id) ?? 0 })),
    segments: segmentQuestions.map((cq) => {
      const answers = counts.answers.get(cq.code) ?? new Map<string, number>()
      const values = distributionOf(cq, answers, 0).map(({ label, count }) => ({ label, count }))
      const answered = values.reduce((sum, v) => sum + v.count, 0)
      return { code: cq.code, text: cq.question.text, answered, values }
    }),
    comments: { ...comments, textQuestions: textCodes.length },
    followUps: await followUpsOfProgram(db, program.id, input.all, input.asOf),
  }
}
