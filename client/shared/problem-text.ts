// What the console says about a failed call, in the interface language: the detail's catalogue
// code when the server sent one, else a summary by status. Never the server's English prose.
import { t, type Bilingual } from './i18n'
import { messageText } from './message-text'
import { ApiError } from './problem'

const SUMMARY: Record<number, Bilingual> = {
  0: { id: 'Tidak dapat terhubung ke server.', en: 'Could not reach the server.' },
  400: { id: 'Permintaan tidak dapat dibaca.', en: 'The request could not be read.' },
  401: { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in.' },
  403: { id: 'Anda tidak diizinkan melakukan ini.', en: 'You are not allowed to do this.' },
  404: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  409: { id: 'Data bentrok dengan yang sudah ada.', en: 'This conflicts with existing data.' },
  413: { id: 'Kiriman terlalu besar.', en: 'The request is too large.' },
  422: { id: 'Periksa isian yang ditandai.', en: 'Check the marked fields.' },
  429: { id: 'Terlalu banyak permintaan. Coba lagi nanti.', en: 'Too many requests. Try later.' },
}
const FALLBACK: Bilingual = {
  id: 'Terjadi kesalahan di server.',
  en: 'Something went wrong on the server.',
}

/** The summary of a failed call by its status. */
export function problemSummary(error: unknown): string {
  const status = error instanceof ApiError ? error.status : -1
  return t(SUMMARY[status] ?? FALLBACK)
}

/** The server's detail from its code, or undefined when it sent none the catalogue knows. */
export function problemDetail(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || !error.problem.code) return undefined
  return messageText({ code: error.problem.code, params: error.problem.params }, FALLBACK)
}

/** One line for a failed call: the coded detail, else the summary. */
export function problemText(error: unknown): string {
  return problemDetail(error) ?? problemSummary(error)
}
