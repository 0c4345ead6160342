// Renders what the server (or the shared domain) says by its code, in the interface language:
// the message catalogue of server/domain/messages, never the English prose beside the code. A
// code the catalogue does not know (a newer server) gets a neutral text in the reader's language.
import { renderMessage, type MessageParams } from '../../server/domain/messages'
import { lang, t, type Bilingual } from './i18n'

/** Anything with a message code: a field error, a definition issue, a publish check. */
export interface Coded {
  code?: string
  params?: MessageParams
}

const UNKNOWN: Bilingual = {
  id: 'Isian ini tidak dapat diterima.',
  en: 'This value was not accepted.',
}

/** The message of `coded` in the interface language (`fallback` when its code is unknown). */
export function messageText(coded: Coded, fallback: Bilingual = UNKNOWN): string {
  const text = coded.code
    ? renderMessage({ code: coded.code, params: coded.params }, lang())
    : undefined
  return text ?? t(fallback)
}
