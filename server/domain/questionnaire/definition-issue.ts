// Builds a definition issue from a message code: the code and parameters for the reader's
// language, and the English wording for the API.
import { englishMessage, type MessageCode, type MessageParams } from '../messages'
import type { DefinitionIssue } from './definition'

export function definitionIssue(
  path: string,
  code: MessageCode,
  params?: MessageParams,
): DefinitionIssue {
  return { path, code, ...(params ? { params } : {}), message: englishMessage(code, params) }
}
