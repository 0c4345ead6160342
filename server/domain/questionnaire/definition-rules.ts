// Structural rules of a well-shaped definition: unique codes and option values, consistent scales
// and selection limits, score roles on scorable questions with known criteria, valid display logic.
import type { Definition, DefinitionIssue, Option, Question } from './definition'
import { conditionIssues } from './condition-rules'
import { SCORABLE_TYPES } from './scale'

function optionIssues(question: Question, options: Option[], at: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  const seen = new Set<string>()
  options.forEach((option, i) => {
    if (seen.has(option.value)) {
      issues.push({
        path: `${at}.options.${i}.value`,
        message: `Question ${question.code} lists option ${option.value} twice; option values must be unique`,
      })
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
        return [
          {
            path: `${at}.scale.max`,
            message: `Question ${code}'s scale must go from a lower to a higher value, but min is ${min} and max is ${max}`,
          },
        ]
      }
      if (labels && labels.length !== max - min + 1) {
        return [
          {
            path: `${at}.scale.labels`,
            message: `Question ${code}'s scale ${min}..${max} needs ${max - min + 1} labels, one per point, but has ${labels.length}`,
          },
        ]
      }
      return []
    }
    case 'number':
      if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
        return [
          {
            path: `${at}.max`,
            message: `Question ${code}'s max (${question.max}) is below its min (${question.min})`,
          },
        ]
      }
      return []
    case 'multi': {
      const issues = optionIssues(question, question.options, at)
      const { minSelect, maxSelect, options } = question
      if (minSelect !== undefined && minSelect > options.length) {
        issues.push({
          path: `${at}.minSelect`,
          message: `Question ${code} asks for at least ${minSelect} choices but has only ${options.length} options`,
        })
      }
      if (minSelect !== undefined && maxSelect !== undefined && minSelect > maxSelect) {
        issues.push({
          path: `${at}.maxSelect`,
          message: `Question ${code}'s maxSelect (${maxSelect}) is below its minSelect (${minSelect})`,
        })
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
    return [
      {
        path: `${at}.score`,
        message: `Question ${code} is a segment question; segments describe respondents and are never scored`,
      },
    ]
  }
  if (!SCORABLE_TYPES.includes(question.type)) {
    return [
      {
        path: `${at}.score`,
        message: `Question ${code} is a ${question.type} question and cannot be scored; only likert, rating, nps, yesno and number questions can`,
      },
    ]
  }
  if (question.type === 'number' && (question.min === undefined || question.max === undefined)) {
    return [
      {
        path: `${at}.score`,
        message: `Question ${code} is a number question without both min and max, so it cannot be scored`,
      },
    ]
  }
  if (!criteria.has(score.criterion)) {
    return [
      {
        path: `${at}.score.criterion`,
        message: `Question ${code}'s score refers to criterion ${score.criterion}, which is not in criteria`,
      },
    ]
  }
  return []
}

/** Every structural issue of a definition that already matches the schema. */
export function definitionRuleIssues(def: Definition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  const criteria = new Set<string>()
  def.criteria.forEach((criterion, i) => {
    if (criteria.has(criterion.code)) {
      issues.push({
        path: `criteria.${i}.code`,
        message: `Criterion code ${criterion.code} is used twice; criterion codes must be unique`,
      })
    }
    criteria.add(criterion.code)
  })

  const sectionIds = new Set<string>()
  const order = new Map<string, { index: number; question: Question; path: string }>()
  let index = 0
  def.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) {
      issues.push({
        path: `sections.${s}.id`,
        message: `Section id ${section.id} is used twice; section ids must be unique`,
      })
    }
    sectionIds.add(section.id)
    section.questions.forEach((question, q) => {
      const path = `sections.${s}.questions.${q}`
      const first = order.get(question.code)
      if (first) {
        issues.push({
          path: `${path}.code`,
          message: `Question code ${question.code} is used twice (first at ${first.path}); question codes must be unique`,
        })
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
