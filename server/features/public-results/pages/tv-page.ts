// /hasil/:programId/tv: the full-screen view for a service hall's screen. Large type on a dark
// ground, the IKM and mutu, n, the element bars and the latest follow-ups. It refreshes itself:
// /hasil/tv.js asks the results API every `refresh` seconds (If-None-Match with the figures'
// ETag, so an unchanged answer is a bodiless 304) and reloads the page when the figures change (no
// meta refresh: a page that reloads on a timer fails WCAG 2.2.1, and axe says so).
import type { PublicResults } from '../results'
import { elementBars, followUpList, ikmCards, periodLine } from './parts'
import { esc, page } from './shell'
import { TEXT, tr, type Lang } from './texts'

export const TV_SCRIPT_PATH = '/hasil/tv.js'

export function tvPage(
  r: PublicResults,
  opts: { lang: Lang; etag: string; refreshSeconds: number; computedAt: Date },
): string {
  const { lang } = opts
  const p = r.program
  const time = opts.computedAt.toISOString()
  const body = `<main>
<header>
<h1>${esc(p.name)}</h1>
<p>${esc(p.agency.name)} · <span data-count="${r.n}">${periodLine(r, lang)}</span></p>
</header>
<div class="tv">
<div>${ikmCards(r, lang)}</div>
<div>${r.ikm ? elementBars(r, lang) : ''}
<h2>${esc(tr(TEXT.followUps, lang))}</h2>${followUpList(r, lang, 3)}</div>
</div>
<footer><span>${esc(tr(TEXT.tvThanks, lang))}</span><span data-updated="${esc(time)}">${esc(tr(TEXT.updated(''), lang))}<time data-clock datetime="${esc(time)}"></time></span></footer>
</main>`
  const attributes = [
    `data-results="/api/public/programs/${p.id}/results"`,
    `data-etag="${esc(opts.etag)}"`,
    `data-refresh="${opts.refreshSeconds}"`,
  ].join(' ')
  return page({
    lang,
    title: `${p.name}: ${tr(TEXT.results, lang)}`,
    path: `/hasil/${p.id}/tv`,
    body,
    tv: true,
    bodyAttributes: attributes,
    head: `<script src="${TV_SCRIPT_PATH}" defer></script>`,
  })
}

/**
 * The TV view's script (served as /hasil/tv.js): polls the results with the ETag the page was
 * drawn from and reloads when they change or are withdrawn; shows when the page was drawn in the
 * screen's own clock. Plain ES2017 so any television browser runs it.
 */
export const TV_SCRIPT = `(function () {
  var body = document.body
  var url = body.getAttribute('data-results')
  var etag = body.getAttribute('data-etag')
  var every = Math.max(2, Number(body.getAttribute('data-refresh')) || 15) * 1000
  var clock = document.querySelector('[data-clock]')
  if (clock) {
    var at = new Date(clock.getAttribute('datetime'))
    clock.textContent = at.toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' })
  }
  function check() {
    fetch(url, { headers: { 'If-None-Match': etag }, cache: 'no-store' })
      .then(function (res) {
        if (res.status === 404) return location.reload()
        var next = res.headers.get('ETag')
        if (res.status === 200 && next && next !== etag) location.reload()
      })
      .catch(function () {})
  }
  setInterval(check, every)
})()
`
