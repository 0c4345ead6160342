// /hasil/wilayah/:regionId: every program of a region with published results, in one place (the
// transparency duty of the regulation), each with its IKM and mutu, impact score, n and period.
import { DIMENSION_CODES } from '../../../domain/reference'
import type { PublicResults } from '../results'
import { count, num } from './parts'
import { esc, languageLink, page } from './shell'
import { TEXT, tr, type Lang } from './texts'

const rank = (r: PublicResults) => DIMENSION_CODES.indexOf(r.program.dimension.code as never)

function programCard(r: PublicResults, lang: Lang): string {
  const p = r.program
  const figures = [
    r.ikm
      ? `IKM <strong>${num(r.ikm.converted, lang)}</strong><span class="mutu m-${r.ikm.mutu}">${r.ikm.mutu}</span>`
      : '',
    r.impact ? `${esc(tr(TEXT.impact, lang))}: <strong>${num(r.impact.score, lang)}</strong>` : '',
  ].filter(Boolean)
  return `<li class="card">
<h3><a href="/hasil/${p.id}${lang === 'en' ? '?lang=en' : ''}">${esc(p.name)}</a></h3>
<p class="muted">${esc([p.agency.name, p.dimension.name[lang] ?? p.dimension.name.id].join(' · '))}</p>
${figures.map((f) => `<p>${f}</p>`).join('')}
<p class="note">${esc([r.period.label[lang] ?? r.period.label.id, tr(TEXT.respondents(count(r.n, lang)), lang)].join(' · '))}</p>
</li>`
}

export function regionPage(
  region: { id: number; name: string },
  programs: PublicResults[],
  lang: Lang,
): string {
  const path = `/hasil/wilayah/${region.id}`
  const sorted = [...programs].sort(
    (a, b) => rank(a) - rank(b) || a.program.name.localeCompare(b.program.name),
  )
  const list = sorted.length
    ? `<ul class="actions cards">${sorted.map((r) => programCard(r, lang)).join('')}</ul>`
    : `<p class="card">${esc(tr(TEXT.regionEmpty, lang))}</p>`
  const body = `<main>
<div class="top"><span class="muted">${esc(tr(TEXT.results, lang))}</span>${languageLink(path, lang)}</div>
<header><h1>${esc(tr(TEXT.regionTitle(region.name), lang))}</h1><p>${esc(tr(TEXT.regionLead, lang))}</p></header>
${list}
<h2>${esc(tr(TEXT.method, lang))}</h2>
<p class="note">${esc(tr(TEXT.methodText, lang))}</p>
</main>`
  return page({ lang, title: tr(TEXT.regionTitle(region.name), lang), path, body })
}
