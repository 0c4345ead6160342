// The delivery log of one webhook: each event sent, its status, attempts, the last answer of the
// receiver and the body that was signed, newest first.
import { createAsync, revalidate } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { listDeliveries, type Delivery } from '../api/webhooks'
import { lang, t } from '../../shared/i18n'

const STATUS = {
  pending: { id: 'Menunggu / dicoba lagi', en: 'Pending / retrying' },
  delivered: { id: 'Terkirim', en: 'Delivered' },
  failed: { id: 'Gagal', en: 'Failed' },
}

const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString(lang() === 'en' ? 'en-GB' : 'id-ID', {
        dateStyle: 'short',
        timeStyle: 'medium',
      })
    : '—'

function answerOf(d: Delivery): string {
  if (d.lastStatus !== null) return `HTTP ${d.lastStatus}`
  return d.lastError ?? '—'
}

export function DeliveryLog(props: { webhookId: number }) {
  const page = createAsync(() => listDeliveries(props.webhookId))
  return (
    <section class="stack" aria-label={t({ id: 'Log pengiriman', en: 'Delivery log' })}>
      <div class="actions">
        <button
          type="button"
          class="button button-quiet"
          onClick={() => void revalidate(listDeliveries.keyFor(props.webhookId))}
        >
          {t({ id: 'Muat ulang log', en: 'Reload the log' })}
        </button>
      </div>
      <Show
        when={(page()?.items ?? []).length > 0}
        fallback={
          <p class="muted">{t({ id: 'Belum ada pengiriman.', en: 'Nothing sent yet.' })}</p>
        }
      >
        <div class="table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">
              {t({ id: 'Pengiriman terbaru', en: 'Latest deliveries' })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t({ id: 'Peristiwa', en: 'Event' })}</th>
                <th scope="col">{t({ id: 'Status', en: 'Status' })}</th>
                <th scope="col">{t({ id: 'Percobaan', en: 'Attempts' })}</th>
                <th scope="col">{t({ id: 'Jawaban terakhir', en: 'Last answer' })}</th>
                <th scope="col">{t({ id: 'Percobaan berikutnya', en: 'Next attempt' })}</th>
                <th scope="col">{t({ id: 'Isi', en: 'Body' })}</th>
              </tr>
            </thead>
            <tbody>
              <For each={page()?.items}>
                {(d) => (
                  <tr>
                    <th scope="row">
                      <code>{d.eventType}</code>
                      <div class="muted">{when(d.createdAt)}</div>
                    </th>
                    <td>{t(STATUS[d.status])}</td>
                    <td>{d.attempts}</td>
                    <td>
                      {answerOf(d)}
                      <Show when={d.lastDurationMs !== null}>
                        <div class="muted">{d.lastDurationMs} ms</div>
                      </Show>
                    </td>
                    <td>{when(d.nextAttemptAt)}</td>
                    <td>
                      <details>
                        <summary>{d.eventId}</summary>
                        <pre class="delivery-body">{d.payload}</pre>
                      </details>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  )
}
