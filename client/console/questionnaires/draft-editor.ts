// The builder's editing state: the draft in a store, the sample target, live validation with the
// shared validateDefinition, unsaved-changes tracking against the last save, and one-step undo of
// a removal. A field's "required" problem shows once the field was typed in or left (a new question
// does not open with "wajib diisi" before anything was typed).
import { batch, createMemo, createSignal } from 'solid-js'
import { createStore, produce } from 'solid-js/store'
import {
  validateDefinition,
  type Definition,
  type Question,
  type Section,
} from '../../../server/domain/questionnaire'
import { cleanDraft } from './draft-cleanup'
import { copyOf } from './draft-operations'
import { indexIssues } from './issue-index'

export type DraftEditor = ReturnType<typeof createDraftEditor>

type Removed =
  | { kind: 'question'; section: number; index: number; item: Question }
  | { kind: 'section'; index: number; item: Section }

const snapshot = (draft: Definition, sampleTarget: number | null) =>
  JSON.stringify({ draft: cleanDraft(draft), sampleTarget })

export function createDraftEditor(initial: Definition, initialTarget: number | null) {
  const [draft, setDraft] = createStore<Definition>(copyOf(initial))
  const [sampleTarget, setSampleTarget] = createSignal<number | null>(initialTarget)
  const [saved, setSaved] = createSignal(snapshot(initial, initialTarget))
  const [removed, setRemoved] = createSignal<Removed>()
  const [touched, setTouched] = createSignal<ReadonlySet<string>>(new Set())
  const current = createMemo(() => snapshot(draft, sampleTarget()))
  const body = createMemo(
    () => JSON.parse(current()) as { draft: Definition; sampleTarget: number | null },
  )
  const result = createMemo(() => validateDefinition(body().draft))
  const issues = createMemo(() => {
    const checked = result()
    return indexIssues(checked.ok ? [] : checked.issues)
  })

  /** Changes the draft in place, as with the store's produce. */
  const edit = (change: (def: Definition) => void) => setDraft(produce(change))

  return {
    draft,
    edit,
    sampleTarget,
    setSampleTarget,
    issues,
    /** Records that the field at `path` was typed in or left. */
    touch(path: string) {
      if (!touched().has(path)) setTouched(new Set([...touched(), path]))
    },
    /** Whether the field at `path` (or the text pair holding it) was typed in or left. */
    touched: (path: string) => touched().has(path) || touched().has(path.replace(/\.(id|en)$/, '')),
    /** The cleaned draft and target, as PUT /api/questionnaires/:id takes them. */
    body,
    dirty: () => current() !== saved(),
    /** Records what the server now holds. */
    markSaved: (sent: string) => setSaved(sent),
    current,
    removed,
    removeQuestion(section: number, index: number) {
      const item = copyOf(draft.sections[section].questions[index])
      edit((def) => void def.sections[section].questions.splice(index, 1))
      setRemoved({ kind: 'question', section, index, item })
    },
    removeSection(index: number) {
      const item = copyOf(draft.sections[index])
      edit((def) => void def.sections.splice(index, 1))
      setRemoved({ kind: 'section', index, item })
    },
    /** Puts the last removed question or section back where it was. */
    undoRemove() {
      const last = removed()
      if (!last) return
      batch(() => {
        edit((def) => {
          if (last.kind === 'section') def.sections.splice(last.index, 0, last.item)
          else def.sections[last.section]?.questions.splice(last.index, 0, last.item)
        })
        setRemoved(undefined)
      })
      return last
    },
    forgetRemoved: () => setRemoved(undefined),
  }
}
