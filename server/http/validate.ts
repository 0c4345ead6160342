// Request validation with valibot schemas through hono-openapi's validator, so the same schema
// both checks the request and describes it in /api/openapi.json. Failures become one 422 problem
// listing every field with its dotted path.
import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { ValidationTargets } from 'hono'
import { validator } from 'hono-openapi'
import type { BaseIssue } from 'valibot'
import { englishMessage, isMessageCode, schemaIssueMessage } from '../domain/messages'
import { AppError, type FieldIssue } from './app-error'

/** The code of an issue: the schema's own code, else one by the kind of check (valibot's issues). */
function codeOf(issue: StandardSchemaV1.Issue) {
  if (isMessageCode(issue.message)) return { code: issue.message }
  if ('kind' in issue) return schemaIssueMessage(issue as unknown as BaseIssue<unknown>)
  return { code: 'value.invalid' as const }
}

/**
 * Turns Standard Schema issues (valibot's) into `{ path, code, params, message }` with dotted
 * paths: the catalogue code of each and its English wording.
 */
export function issuesToFields(
  issues: readonly StandardSchemaV1.Issue[],
  prefix?: string,
): FieldIssue[] {
  return issues.map((issue) => {
    const parts = (issue.path ?? []).map((p) =>
      String(typeof p === 'object' && p !== null && 'key' in p ? p.key : p),
    )
    const path = [prefix, ...parts].filter((p) => p !== undefined && p !== '').join('.')
    const { code, params } = codeOf(issue)
    return {
      path: path || (prefix ?? ''),
      code,
      ...(params ? { params } : {}),
      message: englishMessage(code, params),
    }
  })
}

/** A validator middleware for `target` ('json', 'query', 'param') that throws a 422 problem. */
export function validate<S extends StandardSchemaV1, T extends keyof ValidationTargets>(
  target: T,
  schema: S,
) {
  return validator(target, schema, (result) => {
    if (!result.success) {
      const prefix = target === 'json' ? undefined : target
      throw AppError.invalid(issuesToFields(result.error as StandardSchemaV1.Issue[], prefix))
    }
  })
}
