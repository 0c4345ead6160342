// A valibot issue as a coded message: our schemas give each check a catalogue code as its message;
// valibot's own defaults (a missing key, a wrong type) get a generic code by the kind of check.
import type { BaseIssue } from 'valibot'
import type { MessageCode } from './catalogue'
import type { MessageParams } from './message'
import { isMessageCode } from './render'

const LENGTH = new Set(['length', 'min_length', 'max_length', 'non_empty'])
const RANGE = new Set(['min_value', 'max_value', 'gt_value', 'lt_value', 'value'])

/** The code (and parameters) of one schema issue. */
export function schemaIssueMessage(issue: BaseIssue<unknown>): {
  code: MessageCode
  params?: MessageParams
} {
  if (isMessageCode(issue.message)) return { code: issue.message }
  const expected = issue.expected ?? ''
  if (issue.received === 'undefined' && issue.kind === 'schema') return { code: 'value.required' }
  if (issue.kind === 'schema') return { code: 'value.type', params: { expected } }
  if (LENGTH.has(issue.type)) return { code: 'value.length', params: { expected } }
  if (RANGE.has(issue.type)) return { code: 'value.range', params: { expected } }
  return { code: 'value.invalid', params: { expected } }
}
