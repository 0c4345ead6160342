// The questionnaire domain: definition schema and types, display logic, definition and answer
// validation. Pure: shared by the server and the citizen form.
export * from './definition'
export * from './questions'
export { scaleOf, DEFAULT_RATING_SCALE, NPS_SCALE, SCORABLE_TYPES } from './scale'
export { evaluateCondition, isAnswered, isVisible, visibleQuestions } from './display-logic'
export { validateDefinition } from './validate-definition'
export type { DefinitionResult, ValidateDefinitionOptions } from './validate-definition'
export { validateAnswers } from './validate-answers'
export type { AnswerIssue, AnswersResult, ValidateAnswersOptions } from './validate-answers'
export type { AnswerIssueKind } from './answer-checks'
export { ANSWER_MESSAGES } from './answer-messages'
export type { AnswerMessage } from './answer-messages'
export { answerLabel, valueLabel } from './answer-labels'
export { citizenLanguages, citizenTexts, hasEnglish } from './citizen-texts'
export type { CitizenText } from './citizen-texts'
export {
  NO_PERSONAL_DATA_NOTICE,
  defaultPrivacyNotice,
  noticeDeniesPersonalData,
  personalDataNotice,
  personalQuestions,
  privacyNoticeOf,
  withPrivacyNotice,
} from './privacy-notice'
export type { NoticeContext } from './privacy-notice'
export { publishBlockers, publishChecks } from './publish-checks'
export type {
  CheckSeverity,
  PublishCheck,
  PublishCheckContext,
  TemplateTexts,
} from './publish-checks'
export { definitionIssue } from './definition-issue'
