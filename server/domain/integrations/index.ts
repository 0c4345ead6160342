// What other systems can be given, named once for the server and the console: the scopes of a
// personal API token and the events a program's webhook can subscribe to, each with its meaning
// in the console's two languages. An event is added with one line in WEBHOOK_EVENTS and one call
// where it happens (server/features/webhooks/service.ts recordWebhookEvent).

export const TOKEN_SCOPES = ['read:analytics', 'read:exports', 'write:questionnaires'] as const
export type TokenScope = (typeof TOKEN_SCOPES)[number]

/** What each scope is for. */
export const SCOPE_TEXT: Record<TokenScope, { id: string; en: string }> = {
  'read:analytics': {
    id: 'Membaca analitik, skor, penilaian dan evaluasi',
    en: 'Read analytics, scores, assessments and evaluations',
  },
  'read:exports': {
    id: 'Mengunduh ekspor evaluasi dan respons',
    en: 'Download evaluation and response exports',
  },
  'write:questionnaires': {
    id: 'Membuat, menyunting dan menerbitkan kuesioner',
    en: 'Create, edit and publish questionnaires',
  },
}

export const WEBHOOK_EVENTS = {
  'response.created': { id: 'Respons baru dikirim warga', en: 'A citizen submitted a response' },
  'questionnaire.published': {
    id: 'Versi kuesioner diterbitkan',
    en: 'A questionnaire version was published',
  },
  'response.excluded': {
    id: 'Respons dikecualikan dari angka (uji coba, spam)',
    en: 'Responses were excluded from the figures (test, spam)',
  },
  'response.restored': {
    id: 'Respons yang dikecualikan dikembalikan ke angka',
    en: 'Excluded responses were restored to the figures',
  },
} as const

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS

export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as [
  WebhookEventType,
  ...WebhookEventType[],
]
