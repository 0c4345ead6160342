// The top of every page: the program's name, the language switch, and the document title kept
// in step with the page's heading and language.
import { createEffect, Show } from 'solid-js'
import { LanguageSwitch } from '../../shared/LanguageSwitch'

export function PageHeader(props: { program?: string; title: string }) {
  createEffect(() => {
    document.title = props.program ? `${props.title} · ${props.program}` : props.title
  })
  return (
    <header class="top">
      <Show when={props.program} fallback={<span />}>
        <p class="top-program">{props.program}</p>
      </Show>
      <LanguageSwitch class="language" />
    </header>
  )
}
