// Switches the interface between Bahasa Indonesia and English; the label names the other language
// in that language, so a reader of either can find it.
import { lang, setLang } from './i18n'

export function LanguageSwitch(props: { class?: string }) {
  return (
    <button
      type="button"
      class={props.class ?? 'language-switch'}
      lang={lang() === 'id' ? 'en' : 'id'}
      onClick={() => setLang(lang() === 'id' ? 'en' : 'id')}
    >
      {lang() === 'id' ? 'English' : 'Bahasa Indonesia'}
    </button>
  )
}
