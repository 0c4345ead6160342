// The response being filled in: answers (saved as a draft on every change), the questions and
// sections shown under display logic, and the messages of the same validation the server runs.
import { createMemo, createSignal, type Accessor } from 'solid-js'
import type { AnswerMessage } from '../../server/domain/questionnaire/answer-messages'
import type {
  AnswerValue,
  Answers,
  Definition,
  Section,
} from '../../server/domain/questionnaire/definition'
import { visibleQuestions } from '../../server/domain/questionnaire/display-logic'
import { validateAnswers } from '../../server/domain/questionnaire/validate-answers'
import { loadDraft, saveDraft, clearDraft } from './storage/draft'
import { newIdempotencyKey } from './storage/idempotency-key'

export type ResponseState = ReturnType<typeof createResponseState>

/** Drops answers to codes this version does not have (a draft from an edited questionnaire). */
function knownAnswers(def: Definition, answers: Answers): Answers {
  const codes = new Set(def.sections.flatMap((s) => s.questions.map((q) => q.code)))
  return Object.fromEntries(Object.entries(answers).filter(([code]) => codes.has(code)))
}

export function createResponseState(def: Definition, slug: string, version: number) {
  const draft = loadDraft(slug, version)
  const [answers, setAnswers] = createSignal<Answers>(knownAnswers(def, draft?.answers ?? {}))
  const [page, setPageSignal] = createSignal(draft?.page ?? 0)
  let key = draft?.key ?? newIdempotencyKey()
  /** Codes whose messages show: changed by the citizen, or on a page they tried to leave. */
  const [shown, setShown] = createSignal<ReadonlySet<string>>(new Set())
  const [serverErrors, setServerErrors] = createSignal<Record<string, AnswerMessage>>({})

  const visible = createMemo(() => visibleQuestions(def, answers()))
  const sections: Accessor<Section[]> = createMemo(() =>
    def.sections.filter((s) => s.questions.some((q) => visible().has(q.code))),
  )
  const validation = createMemo(() => validateAnswers(def, answers()))
  const issues = createMemo(() => {
    const result = validation()
    const byCode: Record<string, AnswerMessage> = {}
    if (!result.ok) for (const issue of result.issues) byCode[issue.code] ??= issue.message
    return byCode
  })
  const currentPage = () => Math.min(page(), Math.max(sections().length - 1, 0))

  const persist = () => saveDraft(slug, version, { answers: answers(), key, page: currentPage() })

  function setAnswer(code: string, value: AnswerValue) {
    setAnswers({ ...answers(), [code]: value })
    if (serverErrors()[code]) {
      const { [code]: _, ...rest } = serverErrors()
      setServerErrors(rest)
    }
    persist()
  }

  const showMessages = (codes: string[]) => setShown(new Set([...shown(), ...codes]))

  /** The message shown next to a question, if any. */
  const messageOf = (code: string): AnswerMessage | undefined =>
    serverErrors()[code] ?? (shown().has(code) ? issues()[code] : undefined)

  /** Codes of the shown questions of a page that have a problem. */
  const pageProblems = (index: number) =>
    (sections()[index]?.questions ?? [])
      .filter((q) => visible().has(q.code) && issues()[q.code])
      .map((q) => q.code)

  return {
    definition: def,
    answers,
    setAnswer,
    visible,
    sections,
    page: currentPage,
    setPage(index: number) {
      setPageSignal(index)
      persist()
    },
    validation,
    messageOf,
    showMessages,
    pageProblems,
    /** Shows the server's 422 messages next to their questions. */
    setServerErrors,
    serverErrors,
    idempotencyKey: () => key,
    /** The page (index among shown sections) of a question; 0 when it is not shown. */
    pageOf: (code: string) =>
      Math.max(
        sections().findIndex((sec) => sec.questions.some((q) => q.code === code)),
        0,
      ),
    /** Puts a queued response's answers and key back on the form (the server did not take it). */
    restore(restored: Answers, restoredKey: string) {
      setAnswers({ ...answers(), ...knownAnswers(def, restored) })
      key = restoredKey
      persist()
    },
    /** A fresh key, for a response the server refused without storing it. */
    renewKey() {
      key = newIdempotencyKey()
      persist()
    },
    clear: () => clearDraft(slug, version),
  }
}
