// Every message the platform speaks by code, in Indonesian and English: one catalogue shared by
// the server (which writes the English beside each code) and the console (which renders the code
// in the reader's language). Codes are stable: other systems may key on them.
import { CHECK_MESSAGES } from './check-messages'
import { DEFINITION_MESSAGES } from './definition-messages'
import { FIELD_MESSAGES } from './field-messages'
import { INTEGRATION_MESSAGES } from './integration-messages'
import { PROBLEM_MESSAGES } from './problem-messages'
import type { MessageTemplate } from './message'
import { VALUE_MESSAGES } from './value-messages'

export const MESSAGES = {
  ...VALUE_MESSAGES,
  ...DEFINITION_MESSAGES,
  ...CHECK_MESSAGES,
  ...FIELD_MESSAGES,
  ...PROBLEM_MESSAGES,
  ...INTEGRATION_MESSAGES,
} satisfies Record<string, MessageTemplate>

export type MessageCode = keyof typeof MESSAGES
