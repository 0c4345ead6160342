// Renders a coded message in one language: the catalogue's wording with its `{name}` placeholders
// filled. Numbers follow the language (3,5 in Indonesian, 3.5 in English) without digit grouping,
// so codes and years read as written; `{@name}` renders the parameter as a message code itself
// (e.g. the name of a resource in "Program tidak ditemukan").
import { MESSAGES } from './catalogue'
import type { CodedMessage, MessageLang, MessageParams, MessageTemplate } from './message'

const numberFormats: Record<MessageLang, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { useGrouping: false, maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 6 }),
}

/** Whether the catalogue has a wording for `code`. */
export function isMessageCode(code: unknown): code is keyof typeof MESSAGES {
  return typeof code === 'string' && Object.hasOwn(MESSAGES, code)
}

/** The wording of `code`, or undefined when the catalogue does not know it. */
export function messageTemplate(code: string): MessageTemplate | undefined {
  return isMessageCode(code) ? MESSAGES[code] : undefined
}

/** Fills one wording's placeholders; a placeholder without a value stays visible as `{name}`. */
export function fillTemplate(text: string, params: MessageParams, lang: MessageLang): string {
  return text.replace(/\{(@?)([A-Za-z][A-Za-z0-9]*)\}/g, (whole, ref: string, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    if (ref) return renderMessage({ code: String(value), params }, lang) ?? String(value)
    return typeof value === 'number' ? numberFormats[lang].format(value) : value
  })
}

/** The message in `lang`, or undefined when its code is not in the catalogue. */
export function renderMessage(message: CodedMessage, lang: MessageLang): string | undefined {
  const template = messageTemplate(message.code)
  return template && fillTemplate(template[lang], message.params ?? {}, lang)
}

/** The English wording of a known code (what the API writes beside the code). */
export function englishMessage(code: keyof typeof MESSAGES, params: MessageParams = {}): string {
  return fillTemplate(MESSAGES[code].en, params, 'en')
}
