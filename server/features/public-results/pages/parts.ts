// Pieces the public pages share: the IKM and impact cards, the element bars, the follow-up list
// with each finished action's effect, and numbers in the page's language.
import {
  formatCount,
  formatDecimal,
  formatInterval,
  formatSigned,
} from '../../../domain/format/decimal'
import { longDay, quarterName } from '../../../domain/periods'
import type { PublicResults } from '../results'
import { esc } from './shell'
import { TEXT, tr, type Lang } from './texts'

export const num = (x: number | null | undefined, lang: Lang, digits = 2) =>
  formatDecimal(x, digits, lang)
export const count = (n: number, lang: Lang) => formatCount(n, lang)
const day = (d: string, lang: Lang) => longDay(d)[lang] ?? d

/** "Tahun 2024 · data s.d. 30 Juni 2024 · 1.234 responden". */
export function periodLine(r: PublicResults, lang: Lang): string {
  const parts = [r.period.label[lang] ?? r.period.label.id]
  if (r.period.lastDay) parts.push(tr(TEXT.upTo(day(r.period.lastDay, lang)), lang))
  parts.push(tr(TEXT.respondents(count(r.n, lang)), lang))
  return parts.map(esc).join(' · ')
}

export function ikmCards(r: PublicResults, lang: Lang): string {
  if (!r.ikm && !r.impact) {
    return `<p class="card">${esc(tr(TEXT.tooFew(count(r.n, lang), count(r.minimumN, lang)), lang))}</p>`
  }
  const cards: string[] = []
  if (r.ikm) {
    cards.push(`<section class="card" aria-labelledby="ikm-title">
<h2 id="ikm-title">${esc(tr(TEXT.ikm, lang))}</h2>
<p class="big" data-ikm>${num(r.ikm.converted, lang)}<span class="mutu m-${r.ikm.mutu}" title="${esc(tr(TEXT.mutu, lang))}">${r.ikm.mutu}</span></p>
<p>${esc(tr(TEXT.mutu, lang))}: <strong>${r.ikm.mutu} (${esc(r.ikm.kinerja[lang] ?? r.ikm.kinerja.id)})</strong></p>
<p class="note">${esc(tr(TEXT.interval(formatInterval(r.ikm.ci, 2, lang)), lang))}</p>
</section>`)
  }
  if (r.impact) {
    cards.push(`<section class="card" aria-labelledby="impact-title">
<h2 id="impact-title">${esc(tr(TEXT.impact, lang))}</h2>
<p class="big">${num(r.impact.score, lang)}</p>
<p class="note">${esc(tr(TEXT.interval(formatInterval(r.impact.ci, 2, lang)), lang))}</p>
</section>`)
  }
  return `<div class="cards">${cards.join('')}</div>`
}

export function elementBars(r: PublicResults, lang: Lang, limit?: number): string {
  if (!r.ikm) return ''
  const items = r.ikm.elements.slice(0, limit).map((e) => {
    const share = Math.max(0, Math.min(100, ((e.converted - 25) / 75) * 100)).toFixed(1)
    const name = esc(e.name[lang] ?? e.name.id)
    return `<li><span>${name}</span><span class="bar" aria-hidden="true"><span style="width:${share}%"></span></span><span class="num">${num(e.converted, lang)}</span></li>`
  })
  return `<ul class="bars">${items.join('')}</ul>`
}

function effectLine(f: PublicResults['followUps'][number], lang: Lang): string {
  const e = f.effect
  if (!e) return ''
  const verdict = tr(TEXT.effect[e.verdict]!, lang)
  if (!e.change || !e.after) return `<p class="note">${esc(verdict)}</p>`
  const digits = 2
  const line = TEXT.effectLine(
    verdict,
    num(e.before.value, lang, digits),
    num(e.after.value, lang, digits),
    formatSigned(e.change.difference, digits, lang),
    formatInterval(e.change.ci, digits, lang),
  )
  return `<p class="note">${esc(tr(line, lang))}</p>`
}

export function followUpList(r: PublicResults, lang: Lang, limit?: number): string {
  if (r.followUps.length === 0) return `<p class="muted">${esc(tr(TEXT.noFollowUps, lang))}</p>`
  // Work in progress and finished work first, newest first within each.
  const order = { berjalan: 0, selesai: 1, rencana: 2 } as Record<string, number>
  const items = [...r.followUps]
    .sort((a, b) => order[a.status]! - order[b.status]! || b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, limit)
    .map(
      (f) => `<li><span class="status s-${f.status}">${esc(tr(TEXT.status[f.status]!, lang))}</span>
<strong>${esc(f.target.label[lang as 'id'] ?? f.target.label.id)}</strong>
<p>${esc(f.action)}</p>
<p class="note">${esc(tr(TEXT.unit(f.unit), lang))} · ${esc(tr(TEXT.due(quarterName(f.dueQuarter)[lang] ?? f.dueQuarter), lang))}</p>
${effectLine(f, lang)}</li>`,
    )
  return `<ul class="actions">${items.join('')}</ul>`
}
