// The "Susun" tab: the editor and, beside it on wide screens, the live preview; on a phone one
// of the two at a time, switched by a toggle at the top.
import { createSignal } from 'solid-js'
import { t } from '../../shared/i18n'
import { BuilderEditor } from './BuilderEditor'
import { PreviewPane } from './PreviewPane'

export function BuildView(props: { id: string; programName?: string }) {
  const [previewing, setPreviewing] = createSignal(false)
  return (
    <div class="build-view" classList={{ previewing: previewing() }}>
      <div class="view-switch" role="group" aria-label={t({ id: 'Tampilan', en: 'View' })}>
        <button type="button" aria-pressed={!previewing()} onClick={() => setPreviewing(false)}>
          {t({ id: 'Penyunting', en: 'Editor' })}
        </button>
        <button type="button" aria-pressed={previewing()} onClick={() => setPreviewing(true)}>
          {t({ id: 'Pratinjau', en: 'Preview' })}
        </button>
      </div>
      <div class="build-editor">
        <BuilderEditor />
      </div>
      <div class="build-preview">
        <PreviewPane questionnaireId={props.id} programName={props.programName} />
      </div>
    </div>
  )
}
