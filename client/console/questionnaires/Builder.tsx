// The questionnaire builder for one questionnaire: the editing state, saving, the sticky toolbar
// and the three parts (build with live preview, publish, links) as tabs kept in the URL.
import { revalidate, useBeforeLeave, useSearchParams } from '@solidjs/router'
import { createSignal, Match, onCleanup, onMount, Switch } from 'solid-js'
import { getQuestionnaire, saveDraft, type Questionnaire } from '../api/questionnaires'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { BuilderContext } from './builder-context'
import { BuilderTabs, type BuilderTab } from './BuilderTabs'
import { BuilderToolbar, type SaveState } from './BuilderToolbar'
import { BuildView } from './BuildView'
import { createDraftEditor } from './draft-editor'
import { focusField } from './field-path'
import { LinksPanel } from './LinksPanel'
import { PublishPanel } from './PublishPanel'

export function Builder(props: {
  initial: Questionnaire
  canEdit: boolean
  program?: { name: string; agencyName: string }
}) {
  const id = String(props.initial.id)
  const editor = createDraftEditor(props.initial.draft, props.initial.sampleTarget)
  const [params, setParams] = useSearchParams<{ tab?: string }>()
  const tab = (): BuilderTab =>
    params.tab === 'publish' || params.tab === 'links' ? params.tab : 'build'
  const [message, setMessage] = createSignal('')
  const [revealed, setRevealed] = createSignal<string | undefined>(undefined, { equals: false })
  const [saveState, setSaveState] = createSignal<SaveState>('idle')
  const [saveError, setSaveError] = createSignal<unknown>()

  /** Opens the build tab at the field of `path` (its question opened) and focuses it. */
  const reveal = (path: string) => {
    if (tab() !== 'build') setParams({ tab: undefined })
    setRevealed(path)
    // The tab and the question open over the next frames: try until the field is there.
    let frames = 20
    const attempt = () => {
      if (focusField(path)) return
      if (--frames > 0) return void requestAnimationFrame(attempt)
      const invalid = document.querySelector<HTMLElement>('.builder-editor [aria-invalid="true"]')
      if (invalid) invalid.focus()
      else focusField(path, true)
    }
    requestAnimationFrame(attempt)
  }
  const save = async (): Promise<boolean> => {
    if (editor.issues().all.length > 0) {
      reveal(editor.issues().all[0].path)
      return false
    }
    const sent = editor.current()
    const body = editor.body()
    setSaveState('saving')
    setSaveError(undefined)
    try {
      await saveDraft(id, body.draft, body.sampleTarget)
      editor.markSaved(sent)
      setSaveState('saved')
      void revalidate(getQuestionnaire.keyFor(id))
      return true
    } catch (error) {
      setSaveError(error)
      setSaveState('failed')
      return false
    }
  }

  const leaving = t({
    id: 'Ada perubahan yang belum disimpan. Tinggalkan halaman ini?',
    en: 'There are unsaved changes. Leave this page?',
  })
  useBeforeLeave((e) => {
    if (!editor.dirty() || e.defaultPrevented) return
    e.preventDefault()
    if (window.confirm(leaving)) e.retry(true)
  })
  const onUnload = (e: BeforeUnloadEvent) => {
    if (editor.dirty()) e.preventDefault()
  }
  onMount(() => window.addEventListener('beforeunload', onUnload))
  onCleanup(() => window.removeEventListener('beforeunload', onUnload))

  const notice = () => ({ programName: props.program?.name, agencyName: props.program?.agencyName })
  const builder = {
    editor,
    canEdit: () => props.canEdit,
    announce: setMessage,
    revealed,
    reveal,
    notice,
  }
  return (
    <BuilderContext.Provider value={builder}>
      <BuilderToolbar saveState={saveState()} onSave={() => void save()} />
      <div role="status" class="status-slot">
        {saveError() ? <ProblemAlert error={saveError()} /> : null}
      </div>
      <BuilderTabs id={id} tab={tab()} />
      <Switch>
        <Match when={tab() === 'build'}>
          <BuildView id={id} programName={props.program?.name} />
        </Match>
        <Match when={tab() === 'publish'}>
          <PublishPanel id={id} onSave={save} />
        </Match>
        <Match when={tab() === 'links'}>
          <LinksPanel id={id} />
        </Match>
      </Switch>
      <p class="visually-hidden" aria-live="polite">
        {message()}
      </p>
    </BuilderContext.Provider>
  )
}
