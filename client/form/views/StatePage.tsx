// A clear page, in both languages, for a link that takes no answers: not yet open, closed, full,
// switched off, unpublished, unknown, already answered from this device, or a page without data.
import { Show } from 'solid-js'
import { t, type Bilingual } from '../../shared/i18n'
import { formatDateTime } from '../format-date'
import type { FormPayload } from '../payload'
import { STATE_PAGES, STATE_TEXT, type StateKind } from '../state-texts'
import type { StoredReceipt } from '../storage/outbox'
import { PageHeader } from './PageHeader'

export function StatePage(props: {
  state: StateKind
  payload?: FormPayload
  /** Said first, e.g. why the answers just given could not be sent. */
  note?: Bilingual
  receipt?: StoredReceipt
}) {
  const page = () => STATE_PAGES[props.state]
  const when = () => {
    const p = props.payload
    if (props.state === 'not_open' && p?.opensAt)
      return t(STATE_TEXT.opensAt(formatDateTime(p.opensAt)))
    if (props.state === 'closed' && p?.closesAt)
      return t(STATE_TEXT.closedAt(formatDateTime(p.closesAt)))
    return undefined
  }
  return (
    <main class="page page-state" data-state={props.state}>
      <PageHeader program={props.payload?.program?.name} title={t(page().title)} />
      <h1>{t(page().title)}</h1>
      <Show when={props.note}>{(note) => <p class="form-alert">{t(note())}</p>}</Show>
      <Show when={when()}>
        <p class="state-when">{when()}</p>
      </Show>
      <p>{t(page().body)}</p>
      <Show when={props.receipt}>
        {(r) => (
          <p class="receipt-line">
            {t(STATE_TEXT.yourReceipt)}: <strong class="receipt-code">{r().receipt}</strong>
          </p>
        )}
      </Show>
    </main>
  )
}
