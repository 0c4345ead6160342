// What every part of the builder shares: the draft editor, whether the user may edit, the
// translated problems of a field, and a polite announcement for screen readers.
import { createContext, useContext } from 'solid-js'
import type { NoticeContext } from '../../../server/domain/questionnaire'
import { messageText } from '../../shared/message-text'
import type { DraftEditor } from './draft-editor'

export interface Builder {
  editor: DraftEditor
  canEdit: () => boolean
  /** Says something in the page's live region ("Q2 dipindahkan ke posisi 3"). */
  announce: (message: string) => void
  /** The path of a problem to bring into view (its question opens and the field gets focus). */
  revealed: () => string | undefined
  reveal: (path: string) => void
  /** Whom the default privacy notice names: the program and its agency. */
  notice: () => NoticeContext
}

export const BuilderContext = createContext<Builder>()

export function useBuilder(): Builder {
  const builder = useContext(BuilderContext)
  if (!builder) throw new Error('useBuilder() outside the questionnaire builder')
  return builder
}

/** Problems that only say a field is empty: shown once the field was typed in or left. */
const EMPTY_FIELD = new Set(['text.required', 'value.required'])

/**
 * The problems at one field path, in the interface language, or undefined when there are none.
 * "Required" waits until the field was touched, or a check in the publish panel points at it.
 */
export function useFieldError() {
  const { editor, revealed } = useBuilder()
  return (path: string): string | undefined => {
    const waiting = !editor.touched(path) && !revealed()?.startsWith(path.replace(/\.(id|en)$/, ''))
    const issues = editor
      .issues()
      .at(path)
      .filter((i) => !(waiting && EMPTY_FIELD.has(i.code)))
    return issues.length > 0 ? issues.map((i) => messageText(i)).join(' ') : undefined
  }
}
