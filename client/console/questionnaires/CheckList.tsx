// The checks before publishing as lists: what blocks publishing, then what only warns, each a
// link to its field in the builder with the message in the interface language.
import { For, Show } from 'solid-js'
import type { Definition } from '../../../server/domain/questionnaire'
import type { PublishCheck } from '../api/questionnaires'
import { t, type Bilingual } from '../../shared/i18n'
import { messageText } from '../../shared/message-text'
import { fieldLabel } from './field-path'

function Checks(props: {
  kind: 'blocker' | 'warning'
  title: Bilingual
  checks: readonly PublishCheck[]
  draft: Definition
  onOpen: (path: string) => void
}) {
  return (
    <Show when={props.checks.length > 0}>
      <div
        class={`alert ${props.kind === 'blocker' ? 'alert-error' : 'alert-warning'} check-list`}
        data-checks={props.kind}
      >
        <p class="alert-title">{t(props.title)}</p>
        <ul>
          <For each={props.checks}>
            {(check) => (
              <li data-code={check.code}>
                <a
                  href={`#${check.path}`}
                  onClick={(e) => {
                    e.preventDefault()
                    props.onOpen(check.path)
                  }}
                >
                  {fieldLabel(check.path, props.draft)}
                </a>
                : {messageText(check)}
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  )
}

export function CheckList(props: {
  blockers: readonly PublishCheck[]
  warnings: readonly PublishCheck[]
  draft: Definition
  onOpen: (path: string) => void
}) {
  return (
    <>
      <Checks
        kind="blocker"
        title={{
          id: `Belum dapat diterbitkan (${props.blockers.length}):`,
          en: `Cannot be published yet (${props.blockers.length}):`,
        }}
        checks={props.blockers}
        draft={props.draft}
        onOpen={props.onOpen}
      />
      <Checks
        kind="warning"
        title={{
          id: `Periksa sebelum menerbitkan (${props.warnings.length}):`,
          en: `Check before publishing (${props.warnings.length}):`,
        }}
        checks={props.warnings}
        draft={props.draft}
        onOpen={props.onOpen}
      />
    </>
  )
}
