// The frame of every public results page: the document, a small inline stylesheet (no script but
// the TV view's, no font, no image), escaping, and the language switch. Server-rendered so a
// phone on a weak connection gets one small response; the CSP's script-src 'self' holds (the TV
// view's script is a file of its own) and inline styles are allowed by style-src.
import { TEXT, tr, type Lang } from './texts'

/** Text safe inside HTML content and attribute values. */
export const esc = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

const CSS = `
:root{--ink:#1b1f24;--muted:#4a5360;--line:#d5dae1;--primary:#0a4f96;--soft:#e7f0fb;--bg:#f3f5f8;
--a:#1b6e3a;--b:#0a4f96;--c:#8a5300;--d:#b00020;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;-webkit-text-size-adjust:100%}
a{color:var(--primary)}
:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
main{max-width:46rem;margin:0 auto;padding:1rem 1rem 3rem}
header p{margin:.25rem 0;color:var(--muted)}
h1{font-size:1.45rem;line-height:1.25;margin:.25rem 0 .5rem}
h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
.top{display:flex;justify-content:space-between;gap:1rem;align-items:center;font-size:.9rem}
.cards{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));margin-top:1rem}
.card{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.9rem 1rem}
.card h2,.card h3{margin:0 0 .25rem;font-size:1rem}
.big{font-size:2.2rem;font-weight:700;line-height:1.1}
.mutu{display:inline-block;min-width:2.2rem;text-align:center;border-radius:.35rem;color:#fff;font-weight:700;padding:.1rem .45rem;margin-left:.4rem;font-size:1.3rem;vertical-align:middle}
.m-A{background:var(--a)}.m-B{background:var(--b)}.m-C{background:var(--c)}.m-D{background:var(--d)}
.muted,.note{color:var(--muted)}.note{font-size:.88rem}
.bars{list-style:none;margin:0;padding:0}
.bars li{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr 3.6rem;gap:.5rem;align-items:center;padding:.3rem 0;border-bottom:1px solid var(--line)}
.bar{height:.8rem;background:var(--soft);border-radius:.4rem;overflow:hidden}
.bar span{display:block;height:100%;background:var(--primary)}
.num{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.actions{list-style:none;padding:0;margin:0;display:grid;gap:.6rem}
.actions li{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem}
.status{display:inline-block;font-size:.8em;font-weight:700;border-radius:1rem;padding:.05rem .6rem;border:1px solid currentColor}
.s-selesai{color:var(--a)}.s-berjalan{color:var(--b)}.s-rencana{color:var(--muted)}
blockquote{margin:.5rem 0;padding:.5rem .9rem;background:#fff;border-left:4px solid var(--primary)}
code{display:block;white-space:pre-wrap;word-break:break-all;background:#fff;border:1px solid var(--line);padding:.5rem;font-size:.8rem}
footer{margin-top:2rem;font-size:.85rem;color:var(--muted)}
@media (max-width:30rem){.bars li{grid-template-columns:1fr 3.4rem}.bars .bar{grid-column:1/3;grid-row:2}}
`

const TV_CSS = `
body{background:#0b1f33;color:#fff;font-size:clamp(16px,1.45vw,28px);overflow:hidden}
main{max-width:none;height:100vh;padding:2.5vh 3vw;display:grid;grid-template-rows:auto minmax(0,1fr) auto;gap:2vh}
a{color:#fff}
h1{font-size:2em;margin:0}
h2{font-size:1.05em;margin:1.5vh 0 1vh}
header p{color:#c7d2de;margin:0}
.tv{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.5fr);gap:3vw;min-height:0;overflow:hidden}
.tv .cards{grid-template-columns:1fr;gap:2vh;margin:0}
.card{background:#12314f;border:0;color:#fff;padding:2vh 1.5vw}
.card h2{font-size:.9em;margin:0}
.card p{margin:.5vh 0}
.big{font-size:4.2em}
.big .mutu{font-size:.55em;padding:0 .3em}
.muted,.note{color:#c7d2de}.note{font-size:.75em}
.bars li{border-color:#25496d;grid-template-columns:minmax(0,1fr) 38% 3.4em;padding:.2em 0}
.bar{background:#25496d;height:.7em}.bar span{background:#7cc0ff}
.actions li{background:#12314f;border:0;padding:.5em .8em}
.actions p{margin:.2em 0}
.s-selesai{color:#8fe3a7}.s-berjalan{color:#7cc0ff}.s-rencana{color:#c7d2de}
footer{display:flex;justify-content:space-between;color:#c7d2de;font-size:.9em;margin:0}
`

export interface Shell {
  lang: Lang
  title: string
  /** The page's path, for the language switch. */
  path: string
  body: string
  /** Extra head elements (the TV view's refresh and script). */
  head?: string
  /** Attributes of <body>. */
  bodyAttributes?: string
  tv?: boolean
}

/** The language switch: ?lang=en, back to Indonesian without it. */
export function languageLink(path: string, lang: Lang): string {
  const other: Lang = lang === 'id' ? 'en' : 'id'
  const href = other === 'en' ? `${path}?lang=en` : path
  return `<a href="${esc(href)}" lang="${other}" hreflang="${other}">${tr(TEXT.language, lang)}</a>`
}

export function page(s: Shell): string {
  return `<!doctype html>
<html lang="${s.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${s.tv ? 'dark' : 'light'}">
<title>${esc(s.title)}</title>
<link rel="icon" href="data:,">
<style>${CSS}${s.tv ? TV_CSS : ''}</style>
${s.head ?? ''}
</head>
<body${s.bodyAttributes ? ` ${s.bodyAttributes}` : ''}>
${s.body}
</body>
</html>
`
}
