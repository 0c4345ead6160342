// The SKM report's query: a period code (2024, 2024-S1, 2024-Q2) or a day range from/to (both,
// in order); the default is the program's year (one questionnaire) or this year (an agency).
import * as v from 'valibot'
import { DayString, IdString } from '../../http/query-schemas'
import { withRangeInOrder } from '../aggregates/read/selection'

export const ReportParamSchema = v.object({ id: IdString })

export const ReportQuerySchema = v.pipe(
  withRangeInOrder(
    v.object({
      from: v.optional(DayString),
      to: v.optional(DayString),
      period: v.optional(
        v.pipe(
          v.string(),
          v.regex(
            /^20\d\d(-S[12]|-Q[1-4])?$/,
            'Must be a year (2024), a semester (2024-S1) or a quarter (2024-Q2).',
          ),
        ),
      ),
    }),
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const q = dataset.value
    if ((q.from === undefined) !== (q.to === undefined)) {
      addIssue({ message: 'Give both from and to, or neither.' })
    } else if (q.period !== undefined && q.from !== undefined) {
      addIssue({ message: 'Give a period or a day range, not both.' })
    }
  }),
)

export type ReportQuery = v.InferOutput<typeof ReportQuerySchema>
