// The editing column of the builder: title and introduction, the privacy notice, the sections with their questions,
// adding a section, the score criteria, and the "removed – undo" notice.
import { For, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { useBuilder } from './builder-context'
import { addSection } from './draft-operations'
import type { DraftEditor } from './draft-editor'
import { focusLater } from './focus-later'
import { CriteriaEditor } from './CriteriaEditor'
import { SectionCard } from './SectionCard'
import { PrivacyCard } from './PrivacyCard'
import { SettingsCard } from './SettingsCard'

function removedText(removed: NonNullable<ReturnType<DraftEditor['removed']>>): string {
  if (removed.kind === 'section') return t({ id: 'Bagian dihapus.', en: 'Section removed.' })
  const code = removed.item.code
  return t({ id: `Pertanyaan ${code} dihapus.`, en: `Question ${code} removed.` })
}

export function BuilderEditor() {
  const { editor, announce, canEdit } = useBuilder()
  const undo = () => {
    const restored = editor.undoRemove()
    if (!restored) return
    announce(t({ id: 'Dikembalikan.', en: 'Restored.' }))
    if (restored.kind === 'question') focusLater(`q-${restored.section}-${restored.index}-toggle`)
  }
  return (
    <fieldset class="builder-editor" disabled={!canEdit()}>
      <legend class="visually-hidden">
        {t({ id: 'Susun kuesioner', en: 'Build the questionnaire' })}
      </legend>
      <Show when={editor.removed()}>
        {(removed) => (
          <p class="alert alert-warning undo-bar">
            <span>{removedText(removed())}</span>
            <button
              type="button"
              class="button button-secondary button-small"
              data-focus="undo-remove"
              onClick={undo}
            >
              {t({ id: 'Urungkan', en: 'Undo' })}
            </button>
            <button
              type="button"
              class="button button-quiet button-small"
              onClick={() => editor.forgetRemoved()}
            >
              {t({ id: 'Tutup', en: 'Dismiss' })}
            </button>
          </p>
        )}
      </Show>
      <SettingsCard />
      <PrivacyCard />
      <For each={editor.draft.sections}>
        {(section, i) => (
          <SectionCard section={section} index={i()} count={editor.draft.sections.length} />
        )}
      </For>
      <button
        type="button"
        class="button button-secondary add-section"
        onClick={() => {
          editor.edit(addSection)
          announce(t({ id: 'Bagian baru ditambahkan.', en: 'New section added.' }))
        }}
      >
        {t({ id: '+ Tambah bagian', en: '+ Add a section' })}
      </button>
      <CriteriaEditor />
    </fieldset>
  )
}
