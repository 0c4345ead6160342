// An isolated page for the live preview: an iframe holding the citizen form's own stylesheet, so
// questions look exactly as on a citizen's phone and the console's styles do not leak in. The
// content is rendered from here through a Portal; Solid's delegated events are wired into the
// frame's document.
import { createEffect, createSignal, Show, type JSX } from 'solid-js'
import { DelegatedEvents, delegateEvents, Portal } from 'solid-js/web'
import formStyles from '../../form/styles.css?inline'
import { lang } from '../../shared/i18n'

const EMPTY_PAGE = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>'

export function PreviewFrame(props: { title: string; children: JSX.Element }) {
  const [body, setBody] = createSignal<HTMLElement>()
  const onLoad = (frame: HTMLIFrameElement) => {
    const doc = frame.contentDocument
    if (!doc) return
    const style = doc.createElement('style')
    style.textContent = formStyles
    doc.head.append(style)
    // Solid listens for delegated events (click, input, ...) on the console's document only.
    delegateEvents([...DelegatedEvents], doc)
    setBody(doc.body)
  }
  createEffect(() => {
    const doc = body()?.ownerDocument
    if (doc) doc.documentElement.lang = lang()
  })
  return (
    <>
      <iframe
        class="preview-frame"
        title={props.title}
        srcdoc={EMPTY_PAGE}
        onLoad={(e) => onLoad(e.currentTarget)}
      />
      <Show when={body()}>{(mount) => <Portal mount={mount()}>{props.children}</Portal>}</Show>
    </>
  )
}
