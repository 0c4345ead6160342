// The thank-you page, shown only once the server has confirmed the response: the questionnaire's
// thank-you text, the short receipt code, and the program's public page when there is one.
import { Show } from 'solid-js'
import type { Text } from '../../../server/domain/questionnaire/definition'
import { t } from '../../shared/i18n'
import { formatDateTime } from '../format-date'
import type { FormPayload } from '../payload'
import { STATE_TEXT } from '../state-texts'
import { PageHeader } from './PageHeader'

export function ReceiptPage(props: {
  payload: FormPayload
  thankYou?: Text
  receipt: string
  submittedAt: string
}) {
  const program = props.payload.program
  // Only a web address: the page never follows a javascript: or data: link.
  const programUrl = program?.url && /^(https?:\/\/|\/)/.test(program.url) ? program.url : undefined
  let heading!: HTMLHeadingElement
  queueMicrotask(() => heading?.focus())
  return (
    <main class="page page-receipt">
      <PageHeader program={program?.name} title={t(STATE_TEXT.thanks)} />
      <h1 ref={heading} tabindex="-1">
        {t(STATE_TEXT.thanks)}
      </h1>
      <p>{t(props.thankYou ?? STATE_TEXT.thankYouDefault)}</p>
      <div class="receipt">
        <p class="receipt-label">{t(STATE_TEXT.yourReceipt)}</p>
        <p class="receipt-code">{props.receipt}</p>
        <Show when={props.submittedAt}>
          <p class="q-hint">{t(STATE_TEXT.receivedAt(formatDateTime(props.submittedAt)))}</p>
        </Show>
      </div>
      <p class="q-hint">{t(STATE_TEXT.receiptHelp)}</p>
      <Show when={programUrl}>
        {(url) => (
          <p>
            <a href={url()}>{t(STATE_TEXT.programPage(program!.name))}</a>
          </p>
        )}
      </Show>
    </main>
  )
}
