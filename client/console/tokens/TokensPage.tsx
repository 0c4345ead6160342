// The API tokens page (/tokens, every staff role): one's personal tokens for other systems (a
// region's data warehouse, the national smart-city portal), created with scopes and an expiry,
// shown once, and revoked here.
import { createAsync, useAction } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { SCOPE_TEXT } from '../../../server/domain/integrations'
import {
  createToken,
  listTokens,
  revokeToken,
  type CreatedToken,
  type NewToken,
  type Token,
} from '../api/tokens'
import { lang, t } from '../../shared/i18n'
import { usePageTitle } from '../shell/page-title'
import { TokenForm } from './TokenForm'
import './integrations.css'

const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString(lang() === 'en' ? 'en-GB' : 'id-ID', {
        dateStyle: 'medium',
        timeStyle: 'short',
      })
    : '—'

function ShownOnce(props: { created: CreatedToken; onDone: () => void }) {
  const [copied, setCopied] = createSignal(false)
  const copy = async () => {
    await navigator.clipboard?.writeText(props.created.token)
    setCopied(true)
  }
  return (
    <section class="card alert alert-success" aria-labelledby="token-shown-title">
      <h2 id="token-shown-title">{t({ id: 'Token dibuat', en: 'Token created' })}</h2>
      <p>
        {t({
          id: 'Salin token ini sekarang: token tidak akan ditampilkan lagi. Kirim sebagai header "Authorization: Bearer <token>".',
          en: 'Copy this token now: it will not be shown again. Send it as the header "Authorization: Bearer <token>".',
        })}
      </p>
      <label class="field">
        <span>{t({ id: 'Token', en: 'Token' })}</span>
        <input
          class="secret-value"
          type="text"
          readOnly
          value={props.created.token}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <div class="actions">
        <button type="button" class="button" onClick={() => void copy()}>
          {copied() ? t({ id: 'Tersalin', en: 'Copied' }) : t({ id: 'Salin', en: 'Copy' })}
        </button>
        <button type="button" class="button button-secondary" onClick={props.onDone}>
          {t({ id: 'Selesai', en: 'Done' })}
        </button>
      </div>
    </section>
  )
}

function TokenRow(props: { token: Token }) {
  const revoke = useAction(revokeToken)
  const [busy, setBusy] = createSignal(false)
  const onRevoke = async () => {
    const question = t({
      id: `Cabut token "${props.token.name}"? Sistem yang memakainya langsung ditolak.`,
      en: `Revoke the token "${props.token.name}"? Systems using it are refused at once.`,
    })
    if (!window.confirm(question)) return
    setBusy(true)
    try {
      await revoke(props.token.id)
    } finally {
      setBusy(false)
    }
  }
  const state = () =>
    props.token.revokedAt
      ? t({ id: 'Dicabut', en: 'Revoked' })
      : new Date(props.token.expiresAt) < new Date()
        ? t({ id: 'Kedaluwarsa', en: 'Expired' })
        : t({ id: 'Aktif', en: 'Active' })
  return (
    <tr>
      <th scope="row">
        {props.token.name}
        <div class="muted">
          <code>{props.token.prefix}…</code>
        </div>
      </th>
      <td>
        <ul class="plain">
          <For each={props.token.scopes}>
            {(s) => (
              <li title={t(SCOPE_TEXT[s])}>
                <code>{s}</code>
              </li>
            )}
          </For>
        </ul>
      </td>
      <td>{when(props.token.createdAt)}</td>
      <td>{when(props.token.expiresAt)}</td>
      <td>{when(props.token.lastUsedAt)}</td>
      <td>{state()}</td>
      <td>
        <Show when={!props.token.revokedAt}>
          <button
            type="button"
            class="button button-quiet"
            disabled={busy()}
            onClick={() => void onRevoke()}
          >
            {t({ id: 'Cabut', en: 'Revoke' })}
            <span class="visually-hidden"> {props.token.name}</span>
          </button>
        </Show>
      </td>
    </tr>
  )
}

export default function TokensPage() {
  usePageTitle(() => t({ id: 'Token API', en: 'API tokens' }))
  const tokens = createAsync(() => listTokens())
  const create = useAction(createToken)
  const [adding, setAdding] = createSignal(false)
  const [created, setCreated] = createSignal<CreatedToken>()

  const onCreate = async (input: NewToken) => {
    setCreated(await create(input))
    setAdding(false)
  }

  return (
    <>
      <div class="page-head">
        <h1>{t({ id: 'Token API', en: 'API tokens' })}</h1>
        <button
          type="button"
          class="button"
          aria-expanded={adding()}
          onClick={() => {
            setCreated(undefined)
            setAdding(!adding())
          }}
        >
          {adding()
            ? t({ id: 'Tutup formulir', en: 'Close the form' })
            : t({ id: 'Buat token', en: 'Create a token' })}
        </button>
      </div>
      <p class="muted">
        {t({
          id: 'Token pribadi memberi sistem lain (gudang data daerah, portal smart city nasional) akses baca atau kelola tanpa login, dengan hak Anda dan hanya dalam izin yang dipilih. Semua pembuatan dan pencabutan tercatat di log audit.',
          en: 'Personal tokens give other systems (a regional data warehouse, the national smart-city portal) read or manage access without a login, with your rights and only within the chosen scopes. Every creation and revocation is audited.',
        })}
      </p>
      <div role="status" class="status-slot">
        <Show when={created()}>
          {(c) => <ShownOnce created={c()} onDone={() => setCreated(undefined)} />}
        </Show>
      </div>
      <Show when={adding()}>
        <section class="card" aria-labelledby="new-token-title">
          <h2 id="new-token-title">{t({ id: 'Token baru', en: 'New token' })}</h2>
          <TokenForm onSubmit={onCreate} onCancel={() => setAdding(false)} />
        </section>
      </Show>
      <Show
        when={(tokens() ?? []).length > 0}
        fallback={<p>{t({ id: 'Belum ada token.', en: 'No tokens yet.' })}</p>}
      >
        <div class="table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">{t({ id: 'Token Anda', en: 'Your tokens' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t({ id: 'Nama', en: 'Name' })}</th>
                <th scope="col">{t({ id: 'Izin', en: 'Scopes' })}</th>
                <th scope="col">{t({ id: 'Dibuat', en: 'Created' })}</th>
                <th scope="col">{t({ id: 'Berlaku sampai', en: 'Valid until' })}</th>
                <th scope="col">{t({ id: 'Terakhir dipakai', en: 'Last used' })}</th>
                <th scope="col">{t({ id: 'Status', en: 'Status' })}</th>
                <th scope="col">
                  <span class="visually-hidden">{t({ id: 'Tindakan', en: 'Actions' })}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={tokens()}>{(token) => <TokenRow token={token} />}</For>
            </tbody>
          </table>
        </div>
      </Show>
    </>
  )
}
