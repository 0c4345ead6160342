// The events a program's webhooks can subscribe to, each with what it means in the console's two
// languages. An event is added with one line here and one call where it happens:
// `recordWebhookEvent(trx, now, { programId, type, data })` inside that change's transaction
// (service.ts), or, for response.created, the delivery loop's tail of the responses table.
export const WEBHOOK_EVENTS = {
  'response.created': { id: 'Respons baru dikirim warga', en: 'A citizen submitted a response' },
  'questionnaire.published': {
    id: 'Versi kuesioner diterbitkan',
    en: 'A questionnaire version was published',
  },
} as const

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS

export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as [
  WebhookEventType,
  ...WebhookEventType[],
]
