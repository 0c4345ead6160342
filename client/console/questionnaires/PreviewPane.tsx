// The live preview beside the editor: the draft (as last typed, after a short pause) rendered by
// the citizen form's components in a phone-wide frame, with what is left out or hidden named.
import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js'
import { clearDraft } from '../../form/storage/draft'
import { t } from '../../shared/i18n'
import { useBuilder } from './builder-context'
import { previewableDefinition } from './preview-definition'
import { PreviewFrame } from './PreviewFrame'
import { PreviewSheet } from './PreviewSheet'

const PAUSE_MS = 250

export function PreviewPane(props: { questionnaireId: string; programName?: string }) {
  const { editor, notice } = useBuilder()
  const [shown, setShown] = createSignal(previewableDefinition(editor.body().draft))
  const [generation, setGeneration] = createSignal(0)
  // Typing changes the draft on every key; the preview follows once typing pauses.
  createEffect(
    on(
      () => editor.body().draft,
      (draft) => {
        const timer = setTimeout(() => setShown(previewableDefinition(draft)), PAUSE_MS)
        onCleanup(() => clearTimeout(timer))
      },
      { defer: true },
    ),
  )
  const storageKey = `console-preview-${props.questionnaireId}`
  const reset = () => {
    clearDraft(storageKey, 0)
    setGeneration(generation() + 1)
  }
  return (
    <section class="preview-pane" aria-labelledby="preview-title">
      <div class="preview-head">
        <h2 id="preview-title">{t({ id: 'Pratinjau', en: 'Preview' })}</h2>
        <button type="button" class="button button-quiet button-small" onClick={reset}>
          {t({ id: 'Kosongkan jawaban', en: 'Clear answers' })}
        </button>
      </div>
      <p class="field-hint">
        {t({
          id: 'Seperti di ponsel warga. Jawab untuk mencoba syarat tampil; jawaban tidak dikirim.',
          en: "As on a citizen's phone. Answer to try the display logic; nothing is sent.",
        })}
      </p>
      <Show when={shown().skipped.length > 0}>
        <p class="alert alert-warning preview-note" role="status">
          {t({
            id: `Belum tampil karena masih ada masalah: ${shown().skipped.join(', ')}`,
            en: `Not shown until fixed: ${shown().skipped.join(', ')}`,
          })}
        </p>
      </Show>
      <PreviewFrame
        title={t({ id: 'Pratinjau formulir warga', en: 'Preview of the citizen form' })}
      >
        <PreviewSheet
          definition={shown().definition}
          programName={props.programName}
          notice={notice()}
          storageKey={storageKey}
          generation={generation()}
        />
      </PreviewFrame>
    </section>
  )
}
