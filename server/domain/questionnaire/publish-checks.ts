// What stands between a draft and citizens: blockers (the definition's problems, a privacy notice
// that denies the personal data a question asks for) refuse publishing; warnings (texts without
// English while others have it, template leftovers, empty sections, choices with one option,
// required personal questions) are shown before publishing. Each names its field by path, so the
// builder can take the owner straight to it.
import type { MessageCode, MessageParams } from '../messages'
import { citizenTexts, hasEnglish, type CitizenText } from './citizen-texts'
import type { Definition } from './definition'
import { definitionIssue } from './definition-issue'
import { noticeDeniesPersonalData, personalQuestions, privacyNoticeOf } from './privacy-notice'
import type { NoticeContext } from './privacy-notice'
import { validateDefinition } from './validate-definition'

export type CheckSeverity = 'blocker' | 'warning'

export interface PublishCheck {
  severity: CheckSeverity
  code: MessageCode
  params?: MessageParams
  /** The field in the definition, e.g. `sections.0.questions.2.text.en`. */
  path: string
  /** The English wording (the console renders the code). */
  message: string
}

/** The template a questionnaire was made from, to spot texts left as the template wrote them. */
export interface TemplateTexts {
  texts: CitizenText[]
  /** Keys of texts meant to be replaced (a blank questionnaire's title and introduction). */
  placeholders: string[]
}

export interface PublishCheckContext {
  notice?: NoticeContext
  template?: TemplateTexts
}

/** A section title the builder or the blank template gave and nobody changed: "Bagian 2". */
const NUMBERED_SECTION = /^Bagian \d+$/

function check(
  severity: CheckSeverity,
  path: string,
  code: MessageCode,
  params?: MessageParams,
): PublishCheck {
  return { severity, ...definitionIssue(path, code, params) }
}

function privacyChecks(def: Definition, ctx: PublishCheckContext): PublishCheck[] {
  const personal = personalQuestions(def)
  if (personal.length === 0) return []
  const checks: PublishCheck[] = []
  if (noticeDeniesPersonalData(privacyNoticeOf(def, ctx.notice))) {
    const questions = personal.map((q) => q.code).join(', ')
    checks.push(check('blocker', 'privacyNotice', 'privacy.denies-personal', { questions }))
  }
  def.sections.forEach((section, s) =>
    section.questions.forEach((q, i) => {
      if (q.personal && q.required)
        checks.push(
          check('warning', `sections.${s}.questions.${i}.required`, 'personal.required', {
            code: q.code,
          }),
        )
    }),
  )
  return checks
}

function translationChecks(texts: CitizenText[]): PublishCheck[] {
  const missing = texts.filter((entry) => !hasEnglish(entry.text))
  if (missing.length === 0) return []
  if (missing.length === texts.length) return [check('warning', 'title.en', 'translation.none')]
  return missing.map((entry) => check('warning', `${entry.path}.en`, 'translation.missing'))
}

function templateChecks(texts: CitizenText[], template: TemplateTexts | undefined): PublishCheck[] {
  const original = new Map(template?.texts.map((entry) => [entry.key, entry.text]))
  const placeholders = new Set(template?.placeholders)
  const checks: PublishCheck[] = []
  for (const { path, key, text } of texts) {
    const before = original.get(key)
    const numbered = key.startsWith('section:') && key.endsWith('.title')
    if (
      (before && placeholders.has(key) && before.id === text.id) ||
      (numbered && NUMBERED_SECTION.test(text.id.trim()))
    ) {
      checks.push(check('warning', `${path}.id`, 'template.placeholder', { text: text.id }))
    } else if (before && before.id !== text.id && before.en && text.en === before.en) {
      checks.push(check('warning', `${path}.en`, 'template.stale-english', { text: before.en }))
    }
  }
  return checks
}

function structureChecks(def: Definition): PublishCheck[] {
  const checks: PublishCheck[] = []
  def.sections.forEach((section, s) => {
    if (section.questions.length === 0)
      checks.push(check('warning', `sections.${s}.title`, 'section.empty', { n: s + 1 }))
    section.questions.forEach((q, i) => {
      if ('options' in q && q.options.length < 2)
        checks.push(
          check('warning', `sections.${s}.questions.${i}.options`, 'question.few-options', {
            code: q.code,
            count: q.options.length,
          }),
        )
    })
  })
  return checks
}

/**
 * Every check of `def` before it is published, blockers first. Publishing is refused while any
 * blocker remains; warnings are for the owner to judge.
 */
export function publishChecks(def: Definition, ctx: PublishCheckContext = {}): PublishCheck[] {
  const validated = validateDefinition(def, { forPublish: true })
  if (!validated.ok) {
    return validated.issues.map((issue) => ({ severity: 'blocker' as const, ...issue }))
  }
  const valid = validated.definition
  // The default notice is written in both languages: only the owner's own texts are checked.
  const texts = citizenTexts(valid)
  const all = [
    ...privacyChecks(valid, ctx),
    ...translationChecks(texts),
    ...templateChecks(texts, ctx.template),
    ...structureChecks(valid),
  ]
  return [
    ...all.filter((c) => c.severity === 'blocker'),
    ...all.filter((c) => c.severity === 'warning'),
  ]
}

/** The checks that refuse publishing. */
export const publishBlockers = (def: Definition, ctx: PublishCheckContext = {}) =>
  publishChecks(def, ctx).filter((c) => c.severity === 'blocker')
