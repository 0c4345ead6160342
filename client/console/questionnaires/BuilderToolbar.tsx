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
    onCleanup(() => {
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
