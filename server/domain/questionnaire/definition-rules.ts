// Structural rules of a well-shaped definition: unique codes and option values, consistent scales
// and selection limits, score roles on scorable questions with known criteria, valid display logic.
import type { Definition, DefinitionIssue, Option, Question } from './definition'
import { conditionIssues } from './condition-rules'
import { definitionIssue as issue } from './definition-issue'
import { SCORABLE_TYPES } from './scale'

function optionIssues(question: Question, options: Option[], at: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  const seen = new Set<string>()
  options.forEach((option, i) => {
    if (seen.has(option.value)) {
      issues.push(
        issue(`${at}.options.${i}.value`, 'option.duplicate', {
          code: question.code,
          value: option.value,
        }),
      )
    }
    seen.add(option.value)
  })
  return issues
}

function typeIssues(question: Question, at: string): DefinitionIssue[] {
  const code = question.code
  switch (question.type) {
    case 'likert': {
      const { min, max, labels } = question.scale
      if (min >= max) {
        return [issue(`${at}.scale.max`, 'scale.order', { code, min, max })]
      }
      if (labels && labels.length !== max - min + 1) {
        const counts = { code, min, max, needed: max - min + 1, has: labels.length }
        return [issue(`${at}.scale.labels`, 'scale.labels-count', counts)]
      }
      return []
    }
    case 'number':
      if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
        const bounds = { code, min: question.min, max: question.max }
        return [issue(`${at}.max`, 'number.max-below-min', bounds)]
      }
      return []
    case 'multi': {
      const issues = optionIssues(question, question.options, at)
      const { minSelect, maxSelect, options } = question
      if (minSelect !== undefined && minSelect > options.length) {
        const counts = { code, min: minSelect, options: options.length }
        issues.push(issue(`${at}.minSelect`, 'multi.min-above-options', counts))
      }
      if (minSelect !== undefined && maxSelect !== undefined && minSelect > maxSelect) {
        const limits = { code, min: minSelect, max: maxSelect }
        issues.push(issue(`${at}.maxSelect`, 'multi.max-below-min', limits))
      }
      return issues
    }
    case 'single':
    case 'segment':
      return optionIssues(question, question.options, at)
    default:
      return []
  }
}

function scoreIssues(question: Question, at: string, criteria: Set<string>): DefinitionIssue[] {
  const score = question.score
  if (!score) return []
  const code = question.code
  if (question.type === 'segment') {
    return [issue(`${at}.score`, 'score.segment', { code })]
  }
  if (!SCORABLE_TYPES.includes(question.type)) {
    return [issue(`${at}.score`, 'score.unscorable-type', { code, type: question.type })]
  }
  if (question.type === 'number' && (question.min === undefined || question.max === undefined)) {
    return [issue(`${at}.score`, 'score.number-without-range', { code })]
  }
  if (!criteria.has(score.criterion)) {
    const refers = { code, criterion: score.criterion }
    return [issue(`${at}.score.criterion`, 'score.unknown-criterion', refers)]
  }
  return []
}

/** Every structural issue of a definition that already matches the schema. */
export function definitionRuleIssues(def: Definition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  const criteria = new Set<string>()
  def.criteria.forEach((criterion, i) => {
    if (criteria.has(criterion.code)) {
      issues.push(issue(`criteria.${i}.code`, 'criterion.duplicate-code', { code: criterion.code }))
    }
    criteria.add(criterion.code)
  })

  const sectionIds = new Set<string>()
  const order = new Map<string, { index: number; question: Question; path: string }>()
  let index = 0
  def.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) {
      issues.push(issue(`sections.${s}.id`, 'section.duplicate-id', { id: section.id }))
    }
    sectionIds.add(section.id)
    section.questions.forEach((question, q) => {
      const path = `sections.${s}.questions.${q}`
      const first = order.get(question.code)
      if (first) {
        issues.push(
          issue(`${path}.code`, 'question.duplicate-code', {
            code: question.code,
            first: first.path,
          }),
        )
      } else order.set(question.code, { index: index, question, path })
      index++
    })
  })

  index = 0
  def.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      const path = `sections.${s}.questions.${q}`
      issues.push(...typeIssues(question, path), ...scoreIssues(question, path, criteria))
      if (question.showIf) {
        issues.push(...conditionIssues(question, index, question.showIf, `${path}.showIf`, order))
      }
      index++
    })
  })
  return issues
}
