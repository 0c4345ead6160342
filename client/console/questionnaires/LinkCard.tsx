// One share link: channel and state, address with copy, responses against the cap, its window,
// the active switch (turning off a live link asks first), and the QR code shown inline with SVG and
// PNG downloads.
import { useAction } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { qrUrl, updateLink, type Link } from '../api/links'
import { formatNumber, t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { CopyButton } from './CopyButton'
import { formatDateTime, LINK_STATE_LABELS } from './link-labels'

export function LinkCard(props: { link: Link; canEdit: boolean }) {
  const update = useAction(updateLink)
  const [error, setError] = createSignal<unknown>()
  const [pending, setPending] = createSignal(false)
  /** Turning off a link citizens may be answering through waits for a second "yes". */
  const [confirming, setConfirming] = createSignal(false)
  const l = () => props.link
  const toggle = async () => {
    if (l().active && l().state === 'open' && !confirming()) return setConfirming(true)
    setConfirming(false)
    setPending(true)
    setError(undefined)
    try {
      await update(l().id, { active: !l().active })
    } catch (e) {
      setError(e)
    } finally {
      setPending(false)
    }
  }
  const responses = () =>
    l().maxResponses === null
      ? formatNumber(l().responseCount)
      : `${formatNumber(l().responseCount)} / ${formatNumber(l().maxResponses!)}`
  return (
    <article class="card link-card" aria-labelledby={`link-${l().id}-title`}>
      <div class="card-head">
        <h3 id={`link-${l().id}-title`} class="card-title">
          {l().channel}
        </h3>
        <span class={`badge link-state state-${l().state}`}>{t(LINK_STATE_LABELS[l().state])}</span>
      </div>
      <p class="link-url">
        <a href={l().url} target="_blank" rel="noopener">
          {l().url}
        </a>
      </p>
      <CopyButton text={l().url} label={t({ id: 'Salin tautan', en: 'Copy link' })} />
      <dl class="facts">
        <div>
          <dt>{t({ id: 'Jawaban', en: 'Responses' })}</dt>
          <dd>{responses()}</dd>
        </div>
        <div>
          <dt>{t({ id: 'Dibuka', en: 'Opens' })}</dt>
          <dd>
            {l().opensAt
              ? formatDateTime(l().opensAt!)
              : t({ id: 'Sejak dibuat', en: 'From creation' })}
          </dd>
        </div>
        <div>
          <dt>{t({ id: 'Ditutup', en: 'Closes' })}</dt>
          <dd>
            {l().closesAt ? formatDateTime(l().closesAt!) : t({ id: 'Tanpa batas', en: 'No end' })}
          </dd>
        </div>
        <div>
          <dt>{t({ id: 'Per perangkat', en: 'Per device' })}</dt>
          <dd>
            {l().allowMultiple
              ? t({ id: 'Boleh beberapa jawaban', en: 'Several responses' })
              : t({ id: 'Satu jawaban', en: 'One response' })}
          </dd>
        </div>
        <div>
          <dt>{t({ id: 'Versi', en: 'Version' })}</dt>
          <dd>{l().pinnedVersion ?? t({ id: 'Terbaru', en: 'Latest' })}</dd>
        </div>
      </dl>
      <Show when={props.canEdit}>
        <button
          type="button"
          role="switch"
          class="switch"
          aria-checked={l().active}
          disabled={pending() || confirming()}
          onClick={() => void toggle()}
        >
          <span class="switch-track" aria-hidden="true" />
          {t({ id: 'Tautan aktif', en: 'Link active' })}
        </button>
        <Show when={confirming()}>
          <div
            class="alert alert-warning link-confirm"
            role="alertdialog"
            aria-labelledby={`link-${l().id}-confirm`}
          >
            <p id={`link-${l().id}-confirm`}>
              {t({
                id: `Nonaktifkan tautan ${l().channel}? Warga yang membukanya akan melihat "Tautan tidak aktif" dan tidak dapat mengirim jawaban.`,
                en: `Turn off the ${l().channel} link? Citizens who open it will see "This link is not active" and cannot send answers.`,
              })}
            </p>
            <div class="actions">
              <button
                type="button"
                class="button button-danger button-small"
                ref={(el) => queueMicrotask(() => el.focus())}
                onClick={() => void toggle()}
              >
                {t({ id: 'Ya, nonaktifkan', en: 'Yes, turn off' })}
              </button>
              <button
                type="button"
                class="button button-secondary button-small"
                onClick={() => setConfirming(false)}
              >
                {t({ id: 'Batal', en: 'Cancel' })}
              </button>
            </div>
          </div>
        </Show>
      </Show>
      <Show when={error()}>
        <ProblemAlert error={error()} />
      </Show>
      <div class="qr">
        <img
          src={qrUrl(l().id, 'svg')}
          width="144"
          height="144"
          alt={t({ id: `Kode QR tautan ${l().channel}`, en: `QR code of the ${l().channel} link` })}
        />
        <div class="qr-downloads">
          <a class="button button-secondary button-small" href={qrUrl(l().id, 'svg')} download="">
            {t({ id: 'Unduh QR (SVG)', en: 'Download QR (SVG)' })}
          </a>
          <a class="button button-secondary button-small" href={qrUrl(l().id, 'png')} download="">
            {t({ id: 'Unduh QR (PNG)', en: 'Download QR (PNG)' })}
          </a>
        </div>
      </div>
    </article>
  )
}
