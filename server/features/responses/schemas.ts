// Input and output schemas of public submissions. Answers are only required to be an object
// here: the questionnaire's own rules (validateAnswers) report every field with bilingual messages.
import * as v from 'valibot'

export const SubmissionSchema = v.object({
  answers: v.pipe(
    v.record(v.string(), v.unknown()),
    v.description(
      'Answers keyed by question code: a number, a string, a list of option values or null.',
    ),
  ),
  idempotencyKey: v.pipe(
    v.string(),
    v.uuid('idempotency.format'),
    v.description('Sending the same key again answers the first receipt and stores nothing new.'),
  ),
  website: v.optional(
    v.pipe(v.string(), v.maxLength(500), v.description('Leave empty (spam trap).')),
  ),
})
export type SubmissionInput = v.InferOutput<typeof SubmissionSchema>

export const ReceiptSchema = v.object({ receipt: v.string(), submittedAt: v.string() })

export const ReceiptLookupSchema = v.object({
  receipt: v.string(),
  submittedAt: v.string(),
  program: v.object({ name: v.string() }),
})
