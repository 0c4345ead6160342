// A stored response as the console shows it: its answers keyed by code (questions marked personal
// only for admins), its time on the region's clock with the offset, its link's channel, version
// and exclusion; and in full, every question of its version with the wording and labels it was
// answered in.
import { localDateTime } from '../../domain/calendar'
import { allQuestions, answerLabel, type Definition } from '../../domain/questionnaire'
import type { CatalogQuestionnaire } from '../questionnaires/catalog'
import type { ResponseRow } from './repository'

export interface ViewContext {
  timeZone: string
  /** Admins see the answers to questions marked personal. */
  personal: boolean
  versions: Map<number, { version: number; definition: Definition }>
  channels: Map<number, string>
}

/** The view context of a program's questionnaires. */
export function viewContext(
  questionnaires: CatalogQuestionnaire[],
  timeZone: string,
  personal: boolean,
): ViewContext {
  return {
    timeZone,
    personal,
    versions: new Map(questionnaires.flatMap((q) => q.versions.map((v) => [v.id, v] as const))),
    channels: new Map(
      questionnaires.flatMap((q) => q.links.map((l) => [l.id, l.channel] as const)),
    ),
  }
}

const personalCodes = new WeakMap<Definition, Set<string>>()

function personalOf(def: Definition): Set<string> {
  let codes = personalCodes.get(def)
  if (!codes) {
    codes = new Set(
      allQuestions(def)
        .filter((q) => q.personal)
        .map((q) => q.code),
    )
    personalCodes.set(def, codes)
  }
  return codes
}

/** One row of the response table. */
export function responseItem(row: ResponseRow, ctx: ViewContext) {
  const version = ctx.versions.get(row.version_id)
  const hidden = ctx.personal || !version ? new Set<string>() : personalOf(version.definition)
  const all = JSON.parse(row.answers) as Record<string, unknown>
  const answers: Record<string, unknown> = {}
  for (const code in all) if (!hidden.has(code)) answers[code] = all[code]
  return {
    id: row.id,
    questionnaireId: row.questionnaire_id,
    receipt: row.receipt,
    submittedAt: localDateTime(row.submitted_at, ctx.timeZone),
    linkId: row.link_id,
    channel: ctx.channels.get(row.link_id) ?? null,
    version: version?.version ?? null,
    excluded: row.excluded_at !== null,
    impactScore: row.impact === null ? null : 5 * row.impact,
    answers,
  }
}

/** One response in full: the row, its exclusion, and every question of its version in order. */
export function responseDetail(row: ResponseRow, ctx: ViewContext, excludedByName: string | null) {
  const item = responseItem(row, ctx)
  const version = ctx.versions.get(row.version_id)
  const questions = version
    ? allQuestions(version.definition).map((q) => {
        const hidden = q.personal && !ctx.personal
        const answer = hidden ? null : (item.answers[q.code] ?? null)
        return {
          code: q.code,
          type: q.type,
          text: q.text,
          personal: q.personal === true,
          hidden,
          answer,
          label: answerLabel(q, answer),
        }
      })
    : []
  return {
    ...item,
    programId: row.program_id,
    timeZone: ctx.timeZone,
    exclusion:
      row.excluded_at === null
        ? null
        : {
            at: localDateTime(row.excluded_at, ctx.timeZone),
            by: excludedByName,
            reason: row.excluded_reason ?? '',
          },
    questions,
  }
}
