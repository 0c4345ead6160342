// Checks a questionnaire definition: the valibot schema first, then the structural rules that a
// schema cannot express (unique codes, display logic order, scales, score roles).
import * as v from 'valibot'
import { schemaIssueMessage } from '../messages'
import { DefinitionSchema } from './definition'
import type { Definition, DefinitionIssue } from './definition'
import { definitionIssue } from './definition-issue'
import { definitionRuleIssues } from './definition-rules'

export type DefinitionResult =
  { ok: true; definition: Definition } | { ok: false; issues: DefinitionIssue[] }

export interface ValidateDefinitionOptions {
  /** Publishing also needs at least one question; a draft may be empty. */
  forPublish?: boolean
}

function describeSchemaIssue(issue: v.BaseIssue<unknown>): DefinitionIssue {
  const { code, params } = schemaIssueMessage(issue)
  return definitionIssue(v.getDotPath(issue) ?? '', code, params)
}

/**
 * Validates an untrusted definition. Returns the parsed definition (unknown keys stripped) or
 * every issue found, each with a dotted path. Structural rules run only once the shape is right.
 */
export function validateDefinition(
  def: unknown,
  options: ValidateDefinitionOptions = {},
): DefinitionResult {
  const parsed = v.safeParse(DefinitionSchema, def)
  if (!parsed.success) return { ok: false, issues: parsed.issues.map(describeSchemaIssue) }
  const issues = definitionRuleIssues(parsed.output)
  if (options.forPublish && parsed.output.sections.every((s) => s.questions.length === 0)) {
    issues.push(definitionIssue('sections', 'definition.no-question'))
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, definition: parsed.output }
}
