// The top of every page: the program's name, the language switch (only where the page offers
// English), and the document title kept in step with the page's heading and language.
import { createEffect, Show } from 'solid-js'
import { LanguageSwitch } from '../../shared/LanguageSwitch'

export function PageHeader(props: { program?: string; title: string; english?: boolean }) {
  createEffect(() => {
    document.title = props.program ? `${props.title} · ${props.program}` : props.title
  })
  return (
    <header class="top">
      <Show when={props.program} fallback={<span />}>
        <p class="top-program">{props.program}</p>
      </Show>
      <Show when={props.english !== false}>
        <LanguageSwitch class="language" />
      </Show>
    </header>
  )
}
