// The builder's sticky bar: whether everything is saved, how many problems remain (with a button
// to the first), and Save. The draft is saved only once it has no problems, as the server asks.
// While it is on screen the page keeps its height as scroll padding, so that a field reached with
// the keyboard scrolls into view below the bar instead of under it (WCAG 2.4.11).
import { onCleanup, onMount, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { useBuilder } from './builder-context'

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'

export function BuilderToolbar(props: { saveState: SaveState; onSave: () => void }) {
  const { editor, reveal, canEdit } = useBuilder()
  const problems = () => editor.issues().all.length
  const status = () => {
    if (props.saveState === 'saving') return t({ id: 'Menyimpan…', en: 'Saving…' })
    if (editor.dirty()) return t({ id: 'Ada perubahan yang belum disimpan', en: 'Unsaved changes' })
    if (props.saveState === 'saved') return t({ id: 'Draf tersimpan', en: 'Draft saved' })
    return t({ id: 'Semua perubahan tersimpan', en: 'All changes saved' })
  }
  let bar!: HTMLDivElement
  onMount(() => {
    const root = document.documentElement
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--sticky-top', `${bar.getBoundingClientRect().height}px`)
    })
    observer.observe(bar)
    // The scroll padding covers scrolling that the browser does; a field that is only partly
    // under the bar counts as visible for focus() and is not scrolled, whatever the fonts make of
    // the bar's height. So a focused field still under the bar is brought down below it here.
    // Only for focus moved by the keyboard: under a pointer, a scroll between press and release
    // would move the target away from the click.
    let pointer = false
    const onPointer = () => (pointer = true)
    const onKey = () => (pointer = false)
    const uncover = (e: FocusEvent) => {
      const el = e.target
      if (pointer || !(el instanceof HTMLElement) || bar.contains(el)) return
      const under = bar.getBoundingClientRect().bottom - el.getBoundingClientRect().top
      if (under > 0 && getComputedStyle(bar).position === 'sticky')
        window.scrollBy({ top: -(under + 8), behavior: 'instant' })
    }
    document.addEventListener('pointerdown', onPointer, true)
    document.addEventListener('keydown', onKey, true)
    document.addEventListener('focusin', uncover)
    onCleanup(() => {
      document.removeEventListener('pointerdown', onPointer, true)
      document.removeEventListener('keydown', onKey, true)
      document.removeEventListener('focusin', uncover)
      observer.disconnect()
      root.style.removeProperty('--sticky-top')
    })
  })
  return (
    <div class="builder-toolbar" ref={bar}>
      <p class="save-status" classList={{ unsaved: editor.dirty() }} role="status">
        <span class="save-dot" aria-hidden="true" />
        {status()}
      </p>
      <Show when={problems() > 0}>
        <button
          type="button"
          class="button button-quiet button-small problem-count"
          onClick={() => reveal(editor.issues().all[0].path)}
        >
          {t({
            id: `${problems()} masalah – lihat yang pertama`,
            en: `${problems()} problem${problems() === 1 ? '' : 's'} – show the first`,
          })}
        </button>
      </Show>
      <Show when={canEdit()}>
        <button
          type="button"
          class="button"
          disabled={!editor.dirty() || props.saveState === 'saving'}
          onClick={() => props.onSave()}
        >
          {t({ id: 'Simpan draf', en: 'Save draft' })}
        </button>
      </Show>
    </div>
  )
}
