// The interface language (Indonesian first, English on request), remembered in localStorage, and
// `t()` to pick the current language's text from a bilingual pair.
import { createRoot, createSignal } from 'solid-js'

export type Lang = 'id' | 'en'

/** A text in Indonesian (required) and English (optional), as the API and the domain carry it. */
export interface Bilingual {
  id: string
  en?: string | null
}

const STORAGE_KEY = 'quickwin.lang'

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id'
  } catch {
    return 'id'
  }
}

const [lang, setLangSignal] = createRoot(() => createSignal<Lang>(storedLang()))
document.documentElement.lang = lang()

export { lang }

/**
 * Switches the interface language; `remember` keeps the choice for later visits (false when a
 * page only offers one language, so the reader's choice survives for the pages that offer both).
 */
export function setLang(next: Lang, remember = true): void {
  setLangSignal(next)
  document.documentElement.lang = next
  if (!remember) return
  try {
    localStorage.setItem(STORAGE_KEY, next)
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** The text in the current language, falling back to Indonesian when there is no English. */
export function t(text: Bilingual): string {
  return lang() === 'en' && text.en ? text.en : text.id
}

/** A number with the current language's digit grouping (4.000 in Indonesian, 4,000 in English). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(lang() === 'en' ? 'en-US' : 'id-ID').format(value)
}
