// The HTML page of a share link (/s/:slug): the built citizen form shell with the form payload
// inlined as a JSON data block (not a script, so the CSP's script-src 'self' still holds).
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { PublicFormPayload, PublicFormState } from './service'

const MESSAGES: Record<PublicFormState, { id: string; en: string }> = {
  open: {
    id: 'Formulir tidak dapat dimuat saat ini. Silakan coba lagi nanti.',
    en: 'The form cannot be loaded right now. Please try again later.',
  },
  not_open: { id: 'Kuesioner ini belum dibuka.', en: 'This questionnaire is not open yet.' },
  closed: { id: 'Kuesioner ini sudah ditutup.', en: 'This questionnaire is closed.' },
  capped: {
    id: 'Kuesioner ini sudah mencapai batas jumlah tanggapan.',
    en: 'This questionnaire has reached its response limit.',
  },
  inactive: { id: 'Tautan ini tidak aktif.', en: 'This link is not active.' },
  unpublished: {
    id: 'Kuesioner ini belum diterbitkan.',
    en: 'This questionnaire has not been published yet.',
  },
  unknown: {
    id: 'Tautan kuesioner tidak ditemukan.',
    en: 'This questionnaire link was not found.',
  },
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/** Used when the form client is not built: says what it can without JavaScript. */
function builtInShell(payload: PublicFormPayload): string {
  const message = MESSAGES[payload.state]
  const title = payload.program ? `<h1>${escapeHtml(payload.program.name)}</h1>` : ''
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kuesioner</title>
</head>
<body>
<main>${title}<p>${escapeHtml(message.id)}</p><p lang="en">${escapeHtml(message.en)}</p></main>
</body>
</html>
`
}

/** JSON that no text inside can end the surrounding script element with (`<` as \u003c). */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** Puts the payload before `</head>` (or at the start when the shell has no head). */
export function injectPayload(html: string, payload: PublicFormPayload): string {
  const block = `<script type="application/json" id="qw-form">${inlineJson(payload)}</script>`
  const at = html.search(/<\/head>/i)
  return at < 0 ? block + html : html.slice(0, at) + block + html.slice(at)
}

/**
 * A renderer of form pages over `${clientDist}/form/index.html`, re-read when the file changes (a
 * rebuild while the server runs must not leave citizens on a shell whose assets are gone); without
 * a built client, a minimal page that shows the link's state in both languages.
 */
export function createFormPage(clientDist: string): (payload: PublicFormPayload) => string {
  const file = join(clientDist, 'form', 'index.html')
  let cached: { mtimeMs: number; html: string } | null = null
  return (payload) => {
    const stat = statSync(file, { throwIfNoEntry: false })
    if (!stat) return injectPayload(builtInShell(payload), payload)
    if (!cached || cached.mtimeMs !== stat.mtimeMs) {
      cached = { mtimeMs: stat.mtimeMs, html: readFileSync(file, 'utf8') }
    }
    return injectPayload(cached.html, payload)
  }
}
