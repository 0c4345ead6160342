// An open link: the questionnaire, then the queue and the receipt. A response is queued on the
// device before it is sent; the receipt shows only after the server confirmed it (201/200).
import { createSignal, Match, onMount, Switch } from 'solid-js'
import type { Definition } from '../../../server/domain/questionnaire/definition'
import type { Bilingual } from '../../shared/i18n'
import type { FormPayload } from '../payload'
import { createResponseState } from '../response-state'
import { STATE_TEXT, type StateKind } from '../state-texts'
import { createDelivery } from '../submission/delivery'
import type { SendOutcome } from '../submission/send-response'
import { lastReceipt, queuedResponses, rememberReceipt } from '../storage/outbox'
import type { QueuedResponse } from '../storage/outbox'
import { TEXT } from '../texts'
import { PendingPage } from './PendingPage'
import { QuestionnairePage } from './QuestionnairePage'
import { ReceiptPage } from './ReceiptPage'
import { StatePage } from './StatePage'

type View =
  | { kind: 'form'; notice?: Bilingual }
  | { kind: 'pending'; reason: 'network' | 'server' }
  | { kind: 'receipt'; receipt: string; submittedAt: string }
  | { kind: 'state'; state: StateKind; note?: Bilingual }

export function OpenForm(props: { payload: FormPayload; definition: Definition; version: number }) {
  const { payload, definition } = props
  const slug = payload.slug
  const state = createResponseState(definition, slug, props.version)
  const [sending, setSending] = createSignal(false)
  const [memoryOnly, setMemoryOnly] = createSignal(false)
  const [view, setView] = createSignal<View>(
    queuedResponses(slug).length > 0
      ? { kind: 'pending', reason: navigator.onLine ? 'server' : 'network' }
      : payload.alreadyResponded
        ? { kind: 'state', state: 'responded' }
        : { kind: 'form' },
  )

  function settle(entry: QueuedResponse, outcome: SendOutcome) {
    setSending(false)
    switch (outcome.kind) {
      case 'stored':
        rememberReceipt(slug, { receipt: outcome.receipt, submittedAt: outcome.submittedAt })
        if (entry.key === state.idempotencyKey()) state.clear()
        if (delivery.waiting() === 0) {
          setView({ kind: 'receipt', receipt: outcome.receipt, submittedAt: outcome.submittedAt })
        }
        return
      case 'retry':
        return setView({ kind: 'pending', reason: outcome.reason })
      case 'invalid':
        // Back to the questions with the server's messages next to them (answers kept).
        state.restore(entry.answers, entry.key)
        state.setServerErrors(outcome.errors)
        state.setPage(state.pageOf(Object.keys(outcome.errors)[0]!))
        return setView({ kind: 'form' })
      case 'closed':
        return setView({
          kind: 'state',
          state: outcome.state,
          note: outcome.state === 'responded' ? undefined : STATE_TEXT.notSent,
        })
      case 'failed':
        state.restore(entry.answers, entry.key)
        state.renewKey()
        return setView({ kind: 'form', notice: TEXT.failed })
    }
  }

  const delivery = createDelivery(slug, settle)
  onMount(() => {
    if (view().kind === 'pending') void delivery.flush()
  })

  function submit(website: string) {
    const result = state.validation()
    if (!result.ok) return
    setSending(true)
    setView({ kind: 'form' })
    const kept = delivery.submit({
      key: state.idempotencyKey(),
      url: payload.submitUrl,
      version: props.version,
      answers: result.answers,
      website,
      queuedAt: new Date().toISOString(),
    })
    setMemoryOnly(!kept)
  }

  const viewOf = <K extends View['kind']>(kind: K) => {
    const v = view()
    return v.kind === kind ? (v as Extract<View, { kind: K }>) : undefined
  }
  const program = payload.program?.name
  return (
    <Switch>
      <Match when={viewOf('form')}>
        {(v) => (
          <QuestionnairePage
            payload={payload}
            state={state}
            sending={sending()}
            notice={v().notice}
            onSubmit={submit}
          />
        )}
      </Match>
      <Match when={viewOf('pending')}>
        {(v) => (
          <PendingPage
            program={program}
            reason={v().reason}
            waiting={delivery.waiting()}
            memoryOnly={memoryOnly()}
            busy={delivery.busy()}
            onRetry={() => void delivery.flush()}
          />
        )}
      </Match>
      <Match when={viewOf('receipt')}>
        {(v) => (
          <ReceiptPage
            payload={payload}
            thankYou={definition.thankYou}
            receipt={v().receipt}
            submittedAt={v().submittedAt}
          />
        )}
      </Match>
      <Match when={viewOf('state')}>
        {(v) => (
          <StatePage
            state={v().state}
            payload={payload}
            note={v().note}
            receipt={v().state === 'responded' ? lastReceipt(slug) : undefined}
          />
        )}
      </Match>
    </Switch>
  )
}
