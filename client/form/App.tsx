// The citizen form's root: an open link with its questionnaire gets the form, every other state
// (or a page without its data) a clear page in both languages.
import type { FormPayload } from './payload'
import { OpenForm } from './views/OpenForm'
import { StatePage } from './views/StatePage'

export function App(props: { payload: FormPayload | null }) {
  const payload = props.payload
  if (!payload) return <StatePage state="broken" />
  const { state, definition, version } = payload
  if (state !== 'open') return <StatePage state={state} payload={payload} />
  if (!definition || version === undefined) return <StatePage state="broken" payload={payload} />
  return <OpenForm payload={payload} definition={definition} version={version} />
}
