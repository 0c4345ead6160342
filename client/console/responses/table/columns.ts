// The response table's columns: the response's facts (time, receipt, questionnaire, channel,
// version, impact score, status) and one per question, in the order of the newest versions. The
// owner picks which show; the choice is remembered per questionnaire in this browser.
import type { Bilingual } from '../../../shared/i18n'
import type { Definition, Question } from '../../../../server/domain/questionnaire/definition'
import { allQuestions } from '../../../../server/domain/questionnaire/questions'

export interface Column {
  key: string
  label: Bilingual
  /** The question of a question column (its newest wording). */
  question?: Question
  /** Always shown: the receipt leads to the response in full. */
  fixed?: boolean
}

const FACTS: Column[] = [
  { key: 'submittedAt', label: { id: 'Waktu masuk', en: 'Submitted' } },
  { key: 'receipt', label: { id: 'Tanda terima', en: 'Receipt' }, fixed: true },
  { key: 'questionnaire', label: { id: 'Kuesioner', en: 'Questionnaire' } },
  { key: 'channel', label: { id: 'Saluran', en: 'Channel' } },
  { key: 'version', label: { id: 'Versi', en: 'Version' } },
  { key: 'impact', label: { id: 'Skor dampak', en: 'Impact score' } },
  { key: 'status', label: { id: 'Status', en: 'Status' } },
]

const QUESTION_PREFIX = 'q:'
/** Question columns shown before the owner chooses. */
const DEFAULT_QUESTIONS = 3

/**
 * Every column for `definitions` (the newest version of each questionnaire shown); questions
 * marked personal only for those who may read them; the questionnaire column only across several.
 */
export function allColumns(
  definitions: readonly Definition[],
  opts: { personal: boolean; severalQuestionnaires: boolean },
): Column[] {
  const facts = FACTS.filter((c) => c.key !== 'questionnaire' || opts.severalQuestionnaires)
  const seen = new Set<string>()
  const questions: Column[] = []
  for (const def of definitions) {
    for (const q of allQuestions(def)) {
      if (seen.has(q.code) || (q.personal && !opts.personal)) continue
      seen.add(q.code)
      questions.push({ key: QUESTION_PREFIX + q.code, label: q.text, question: q })
    }
  }
  return [...facts, ...questions]
}

/** The columns shown before any choice: the facts but the version, and the first questions. */
export function defaultColumns(columns: readonly Column[]): string[] {
  const facts = columns.filter((c) => !c.question && c.key !== 'version').map((c) => c.key)
  const questions = columns.filter((c) => c.question).slice(0, DEFAULT_QUESTIONS)
  return [...facts, ...questions.map((c) => c.key)]
}

const storageKey = (scope: string) => `quickwin.responseColumns.${scope}`

/** The columns chosen earlier for `scope` (a questionnaire or a program), if any. */
export function storedColumns(scope: string): string[] | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(scope)) ?? 'null') as unknown
    return Array.isArray(stored) && stored.every((k) => typeof k === 'string') ? stored : undefined
  } catch {
    return undefined
  }
}

export function storeColumns(scope: string, keys: readonly string[] | undefined): void {
  try {
    if (keys) localStorage.setItem(storageKey(scope), JSON.stringify(keys))
    else localStorage.removeItem(storageKey(scope))
  } catch {
    // Storage off: the choice lasts for this page.
  }
}
