// A message as data: a stable code from the catalogue and the values its wording names. The
// server sends the code (and its English wording for other systems); the console renders the
// code in the reader's language. Nobody translates prose.

/** The values a message's wording names, e.g. `{ code: 'U3', max: 5 }`. */
export type MessageParams = Readonly<Record<string, string | number>>

/** A wording in Indonesian and English with `{name}` placeholders (`{@name}`: a code to render). */
export interface MessageTemplate {
  id: string
  en: string
}

export type MessageLang = 'id' | 'en'

/** A message to render: its code and its parameters. */
export interface CodedMessage {
  code: string
  params?: MessageParams
}
