// Shown while a response waits on this device: why it is not sent yet, that it is kept, how many
// wait, and a button to try at once (retries also run by themselves).
import { Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { STATE_TEXT } from '../state-texts'
import { TEXT } from '../texts'
import { PageHeader } from './PageHeader'

export function PendingPage(props: {
  program?: string
  reason: 'network' | 'server'
  waiting: number
  memoryOnly?: boolean
  busy: boolean
  onRetry: () => void
}) {
  return (
    <main class="page page-pending">
      <PageHeader program={props.program} title={t(STATE_TEXT.pendingTitle)} />
      <h1>{t(STATE_TEXT.pendingTitle)}</h1>
      <div class="pending" role="status" aria-live="polite">
        <p>
          {t(props.reason === 'network' ? STATE_TEXT.pendingNetwork : STATE_TEXT.pendingServer)}
        </p>
        <p>{t(STATE_TEXT.pendingKept)}</p>
        <Show when={props.memoryOnly}>
          <p class="form-alert">{t(STATE_TEXT.pendingMemoryOnly)}</p>
        </Show>
        <p class="pending-count">{t(STATE_TEXT.waiting(props.waiting))}</p>
      </div>
      <button type="button" class="button" disabled={props.busy} onClick={() => props.onRetry()}>
        {t(props.busy ? TEXT.sending : STATE_TEXT.retryNow)}
      </button>
    </main>
  )
}
