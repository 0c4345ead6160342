// /hasil/:programId/badge.svg: a small badge for an agency's website, "IKM | 86,82 · A · 2024",
// coloured by mutu; a grey "belum dipublikasikan" badge (with status 404) when the results are
// not published. Text widths are estimated for Verdana 11px, as shields.io badges are drawn.
import type { PublicResults } from '../results'
import { esc } from './shell'
import { num } from './parts'
import type { Lang } from './texts'

const COLOURS: Record<string, string> = { A: '#1b6e3a', B: '#0a4f96', C: '#8a5300', D: '#b00020' }
const GREY = '#4a5360'

/** Approximate width in px of a text in Verdana 11px. */
function textWidth(text: string): number {
  let width = 0
  for (const ch of text) width += /[ilI.,:;|!']/.test(ch) ? 4 : /[mwMW@]/.test(ch) ? 10 : 7
  return width
}

function badge(label: string, value: string, colour: string, title: string): string {
  const lw = textWidth(label) + 12
  const vw = textWidth(value) + 12
  const w = lw + vw
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${esc(title)}" viewBox="0 0 ${w} 20">
<title>${esc(title)}</title>
<rect width="${w}" height="20" rx="3" fill="${colour}"/>
<rect width="${lw}" height="20" rx="3" fill="#1b1f24"/>
<rect x="${lw - 4}" width="4" height="20" fill="#1b1f24"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
<text x="${lw / 2}" y="14">${esc(label)}</text>
<text x="${lw + vw / 2}" y="14">${esc(value)}</text>
</g>
</svg>
`
}

export function resultsBadge(r: PublicResults, lang: Lang): string {
  const year = r.period.from.slice(0, 4)
  if (!r.ikm) {
    const value = `n = ${r.n} · ${year}`
    return badge('IKM', value, GREY, `${r.program.name}: IKM ${value}`)
  }
  const value = `${num(r.ikm.converted, lang)} · ${r.ikm.mutu} · ${year}`
  const title = `${r.program.name}: IKM ${value} (${r.ikm.kinerja[lang] ?? r.ikm.kinerja.id})`
  return badge('IKM', value, COLOURS[r.ikm.mutu] ?? GREY, title)
}

export function unpublishedBadge(lang: Lang): string {
  const value = lang === 'en' ? 'not published' : 'belum dipublikasikan'
  return badge('IKM', value, GREY, `IKM: ${value}`)
}
