// Messages by code: the catalogue, rendering in a language, and codes for schema issues.
export { MESSAGES, type MessageCode } from './catalogue'
export type { CodedMessage, MessageLang, MessageParams, MessageTemplate } from './message'
export {
  englishMessage,
  fillTemplate,
  isMessageCode,
  messageTemplate,
  renderMessage,
} from './render'
export { schemaIssueMessage } from './schema-issues'
