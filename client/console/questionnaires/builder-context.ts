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

/** The problems at one field path, in the interface language, or undefined when there are none. */
export function useFieldError() {
  const { editor } = useBuilder()
  return (path: string): string | undefined => {
    const issues = editor.issues().at(path)
    return issues.length > 0 ? issues.map((i) => messageText(i)).join(' ') : undefined
  }
}
