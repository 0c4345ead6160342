// /hasil/:programId: a published program's results for citizens, on any phone: the IKM and mutu,
// the impact score with its interval, n and period, each element as a bar, the follow-up actions
// ("Anda menyampaikan, kami menindaklanjuti"), approved comments, the method, the TV view and the
// badge's embed code.
import type { PublicResults } from '../results'
import { elementBars, followUpList, ikmCards, periodLine } from './parts'
import { esc, languageLink, page } from './shell'
import { TEXT, tr, type Lang } from './texts'

export function programPage(r: PublicResults, lang: Lang, origin: string): string {
  const p = r.program
  const path = `/hasil/${p.id}`
  const badge = `${origin}${path}/badge.svg`
  const alt = `IKM ${p.name}`
  const comments = r.comments.length
    ? `<h2>${esc(tr(TEXT.comments, lang))}</h2><p class="note">${esc(tr(TEXT.commentsNote, lang))}</p>${r.comments
        .map((c) => `<blockquote>${esc(c.text)}</blockquote>`)
        .join('')}`
    : ''
  const description = p.description[lang] ?? p.description.id
  const body = `<main>
<div class="top"><span class="muted">${esc(tr(TEXT.results, lang))}</span>${languageLink(path, lang)}</div>
<header>
<h1>${esc(p.name)}</h1>
<p>${esc([p.agency.name, p.region.name, p.dimension.name[lang] ?? p.dimension.name.id].join(' · '))}</p>
<p>${esc(description)}</p>
<p data-count="${r.n}">${periodLine(r, lang)}</p>
</header>
${ikmCards(r, lang)}
${r.ikm ? `<h2>${esc(tr(TEXT.elements, lang))}</h2>${elementBars(r, lang)}<p class="note">${esc(tr(TEXT.elementsNote, lang))}</p>` : ''}
<h2>${esc(tr(TEXT.followUps, lang))}</h2>
<p class="note">${esc(tr(TEXT.followUpsLead, lang))}</p>
${followUpList(r, lang)}
${comments}
<h2>${esc(tr(TEXT.method, lang))}</h2>
<p class="note">${esc(tr(TEXT.methodText, lang))}</p>
<h2>${esc(tr(TEXT.badge, lang))}</h2>
<p><img src="${esc(`${path}/badge.svg`)}" alt="${esc(alt)}" height="20"></p>
<p class="note">${esc(tr(TEXT.badgeHelp, lang))}</p>
<code>${esc(`<a href="${origin}${path}"><img src="${badge}" alt="${alt}" height="20"></a>`)}</code>
<footer><p><a href="${esc(`${path}/tv`)}">${esc(tr(TEXT.tv, lang))}</a> · <a href="${esc(`/hasil/wilayah/${p.region.id}`)}">${esc(tr(TEXT.regionLink(p.region.name), lang))}</a></p></footer>
</main>`
  return page({ lang, title: `${tr(TEXT.results, lang)}: ${p.name}`, path, body })
}
