// The form for a new webhook of a program: the receiving URL, the events, a description, and (for
// admins) permission to deliver to private networks.
import { For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import {
  WEBHOOK_EVENTS,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from '../../../server/domain/integrations'
import type { NewWebhook } from '../api/webhooks'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { FormActions } from '../forms/FormActions'
import { createSubmission } from '../forms/submission'
import { useCurrentUser } from '../shell/current-user'

export function WebhookForm(props: {
  onSubmit: (input: NewWebhook) => Promise<unknown>
  onCancel: () => void
}) {
  const user = useCurrentUser()
  const [values, setValues] = createStore({
    url: '',
    description: '',
    events: ['response.created'] as WebhookEventType[],
    allowPrivateNetwork: false,
  })
  const submission = createSubmission(props.onSubmit)
  const errors = () => submission.fieldErrors()
  const toggle = (event: WebhookEventType, on: boolean) =>
    setValues('events', (list) => (on ? [...list, event] : list.filter((e) => e !== event)))

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault()
    await submission.submit({ ...values, events: [...values.events] })
  }

  return (
    <form class="stack" onSubmit={onSubmit} novalidate>
      <Show when={submission.error()}>
        <ProblemAlert error={submission.error()} shownFields={['url', 'events', 'description']} />
      </Show>
      <Field
        label={t({ id: 'URL penerima', en: 'Receiving URL' })}
        hint={t({
          id: 'https:// alamat sistem Anda yang menerima POST bertanda tangan.',
          en: 'https:// address of your system that receives the signed POSTs.',
        })}
        error={errors().url}
        required
      >
        {(control) => (
          <input
            {...control}
            type="url"
            inputmode="url"
            placeholder="https://data.example.go.id/hooks/quickwin"
            value={values.url}
            onInput={(e) => setValues('url', e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t({ id: 'Keterangan', en: 'Description' })} error={errors().description}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={200}
            value={values.description}
            onInput={(e) => setValues('description', e.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset class="stack">
        <legend>{t({ id: 'Peristiwa', en: 'Events' })}</legend>
        <For each={WEBHOOK_EVENT_TYPES}>
          {(event) => (
            <label class="integration-check">
              <input
                type="checkbox"
                name="events"
                value={event}
                checked={values.events.includes(event)}
                onChange={(e) => toggle(event, e.currentTarget.checked)}
              />
              <span>
                <code>{event}</code> — {t(WEBHOOK_EVENTS[event])}
              </span>
            </label>
          )}
        </For>
        <p class="field-error" role="alert">
          {errors().events ?? ''}
        </p>
      </fieldset>
      <Show when={user().role === 'admin'}>
        <label class="integration-check">
          <input
            type="checkbox"
            checked={values.allowPrivateNetwork}
            onChange={(e) => setValues('allowPrivateNetwork', e.currentTarget.checked)}
          />
          <span>
            {t({
              id: 'Izinkan alamat jaringan privat (loopback, 10.x, 192.168.x, http biasa) untuk webhook ini',
              en: 'Allow private network addresses (loopback, 10.x, 192.168.x, plain http) for this webhook',
            })}
          </span>
        </label>
      </Show>
      <FormActions
        pending={submission.pending()}
        submitLabel={{ id: 'Simpan webhook', en: 'Save the webhook' }}
        onCancel={props.onCancel}
      />
    </form>
  )
}
