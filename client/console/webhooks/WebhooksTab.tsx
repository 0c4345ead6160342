// A program's webhooks (tab /programs/:id/webhooks): other systems told of new responses and
// published questionnaires as they happen, each webhook with its signing secret (shown once),
// pause, secret rotation, removal and its delivery log. Evaluators read; admins and the
// program's owners manage.
import { createAsync, useAction, useParams } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { WEBHOOK_EVENTS } from '../../../server/domain/integrations'
import {
  createWebhook,
  deleteWebhook,
  listWebhooks,
  updateWebhook,
  type NewWebhook,
  type Webhook,
} from '../api/webhooks'
import { t } from '../../shared/i18n'
import { useCurrentUser } from '../shell/current-user'
import { DeliveryLog } from './DeliveryLog'
import { WebhookForm } from './WebhookForm'
import '../tokens/integrations.css'

function SecretOnce(props: { secret: string; onDone: () => void }) {
  return (
    <section class="card alert alert-success" aria-labelledby="secret-title">
      <h3 id="secret-title">{t({ id: 'Kunci penandatangan', en: 'Signing secret' })}</h3>
      <p>
        {t({
          id: 'Simpan kunci ini di sistem penerima untuk memeriksa tanda tangan (Standard Webhooks). Kunci tidak ditampilkan lagi.',
          en: 'Keep this secret in the receiving system to verify signatures (Standard Webhooks). It is not shown again.',
        })}
      </p>
      <input
        class="secret-value"
        type="text"
        readOnly
        value={props.secret}
        aria-label="secret"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div class="actions">
        <button type="button" class="button button-secondary" onClick={props.onDone}>
          {t({ id: 'Selesai', en: 'Done' })}
        </button>
      </div>
    </section>
  )
}

function WebhookCard(props: { hook: Webhook; canManage: boolean; onSecret: (s: string) => void }) {
  const update = useAction(updateWebhook)
  const remove = useAction(deleteWebhook)
  const [showLog, setShowLog] = createSignal(false)
  const toggleActive = () => update(props.hook.id, { active: !props.hook.active })
  const rotate = async () => {
    const question = t({
      id: 'Buat kunci baru? Kunci lama tetap ikut menandatangani selama 24 jam.',
      en: 'Make a new secret? The old one keeps signing for 24 hours.',
    })
    if (!window.confirm(question)) return
    const changed = await update(props.hook.id, { rotateSecret: true })
    if ('secret' in changed && changed.secret) props.onSecret(changed.secret)
  }
  const onRemove = async () => {
    const question = t({
      id: 'Hapus webhook ini beserta log pengirimannya?',
      en: 'Remove this webhook and its delivery log?',
    })
    if (window.confirm(question)) await remove(props.hook.id)
  }
  return (
    <article class="card stack">
      <h3 class="webhook-url">
        <code>{props.hook.url}</code>
      </h3>
      <Show when={props.hook.description}>
        <p>{props.hook.description}</p>
      </Show>
      <p>
        {props.hook.active ? t({ id: 'Aktif', en: 'Active' }) : t({ id: 'Dijeda', en: 'Paused' })}
        {props.hook.allowPrivateNetwork
          ? t({
              id: ' · jaringan privat diizinkan admin',
              en: ' · private network allowed by an admin',
            })
          : ''}
      </p>
      <ul class="plain-list">
        <For each={props.hook.events}>
          {(e) => (
            <li>
              <code>{e}</code> — {t(WEBHOOK_EVENTS[e])}
            </li>
          )}
        </For>
      </ul>
      <div class="actions">
        <button
          type="button"
          class="button button-quiet"
          aria-expanded={showLog()}
          onClick={() => setShowLog(!showLog())}
        >
          {t({ id: 'Log pengiriman', en: 'Delivery log' })}
        </button>
        <Show when={props.canManage}>
          <button type="button" class="button button-quiet" onClick={() => void toggleActive()}>
            {props.hook.active
              ? t({ id: 'Jeda', en: 'Pause' })
              : t({ id: 'Aktifkan', en: 'Resume' })}
          </button>
          <button type="button" class="button button-quiet" onClick={() => void rotate()}>
            {t({ id: 'Ganti kunci', en: 'Rotate the secret' })}
          </button>
          <button type="button" class="button button-quiet" onClick={() => void onRemove()}>
            {t({ id: 'Hapus', en: 'Remove' })}
          </button>
        </Show>
      </div>
      <Show when={showLog()}>
        <DeliveryLog webhookId={props.hook.id} />
      </Show>
    </article>
  )
}

export default function WebhooksTab() {
  const params = useParams<{ id: string }>()
  const user = useCurrentUser()
  const hooks = createAsync(() => listWebhooks(params.id))
  const create = useAction(createWebhook)
  const [adding, setAdding] = createSignal(false)
  const [secret, setSecret] = createSignal<string>()
  const canManage = () => user().role === 'admin' || user().role === 'owner'

  const onCreate = async (input: NewWebhook) => {
    const created = await create(params.id, input)
    setSecret(created.secret)
    setAdding(false)
  }

  return (
    <div class="stack">
      <div class="page-head">
        <h2>{t({ id: 'Webhook', en: 'Webhooks' })}</h2>
        <Show when={canManage()}>
          <button
            type="button"
            class="button"
            aria-expanded={adding()}
            onClick={() => setAdding(!adding())}
          >
            {adding()
              ? t({ id: 'Tutup formulir', en: 'Close the form' })
              : t({ id: 'Tambah webhook', en: 'Add a webhook' })}
          </button>
        </Show>
      </div>
      <p class="muted">
        {t({
          id: 'Sistem lain diberi tahu seketika saat ada respons baru atau kuesioner diterbitkan: POST JSON bertanda tangan HMAC-SHA256 (Standard Webhooks), dicoba ulang hingga sekitar satu hari bila gagal.',
          en: 'Other systems are told at once of new responses and published questionnaires: a JSON POST signed with HMAC-SHA256 (Standard Webhooks), retried for about a day when it fails.',
        })}
      </p>
      <div role="status" class="status-slot">
        <Show when={secret()}>
          {(s) => <SecretOnce secret={s()} onDone={() => setSecret(undefined)} />}
        </Show>
      </div>
      <Show when={adding()}>
        <section class="card" aria-labelledby="new-webhook-title">
          <h3 id="new-webhook-title">{t({ id: 'Webhook baru', en: 'New webhook' })}</h3>
          <WebhookForm onSubmit={onCreate} onCancel={() => setAdding(false)} />
        </section>
      </Show>
      <Show
        when={(hooks() ?? []).length > 0}
        fallback={<p>{t({ id: 'Belum ada webhook.', en: 'No webhooks yet.' })}</p>}
      >
        <For each={hooks()}>
          {(hook) => <WebhookCard hook={hook} canManage={canManage()} onSecret={setSecret} />}
        </For>
      </Show>
    </div>
  )
}
