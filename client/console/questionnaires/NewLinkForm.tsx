// Creates a share link: channel (with common suggestions), optional opening and closing times,
// an optional response cap, and whether one device may answer several times (a counter tablet).
import { useAction } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { createLink, type Link } from '../api/links'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { createSubmission } from '../forms/submission'
import { isoFromLocal } from './link-labels'

const CHANNELS = ['WhatsApp', 'Loket pelayanan', 'Media sosial', 'Situs web', 'Email', 'Spanduk']
const FIELDS = ['channel', 'opensAt', 'closesAt', 'maxResponses', 'allowMultiple']

export function NewLinkForm(props: {
  questionnaireId: string
  onCreated: (link: Link) => void
  onCancel: () => void
}) {
  const create = useAction(createLink)
  const submission = createSubmission(create)
  const [channel, setChannel] = createSignal('')
  const [opensAt, setOpensAt] = createSignal('')
  const [closesAt, setClosesAt] = createSignal('')
  const [cap, setCap] = createSignal('')
  const [multiple, setMultiple] = createSignal(false)
  const [missing, setMissing] = createSignal(false)
  const errors = () => submission.fieldErrors()

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    setMissing(!channel().trim())
    if (!channel().trim()) return
    const link = await submission.submit(props.questionnaireId, {
      channel: channel().trim(),
      opensAt: isoFromLocal(opensAt()),
      closesAt: isoFromLocal(closesAt()),
      maxResponses: cap() ? Number(cap()) : null,
      allowMultiple: multiple(),
    })
    if (link) props.onCreated(link)
  }
  return (
    <form
      class="card stack new-link"
      onSubmit={onSubmit}
      novalidate
      aria-labelledby="new-link-title"
    >
      <h3 id="new-link-title">{t({ id: 'Tautan baru', en: 'New link' })}</h3>
      <Show when={submission.error()}>
        <ProblemAlert error={submission.error()} shownFields={FIELDS} />
      </Show>
      <div class="form-grid">
        <Field
          label={t({ id: 'Saluran', en: 'Channel' })}
          hint={t({
            id: 'Misalnya WhatsApp atau Loket pelayanan; jawaban dihitung per saluran.',
            en: 'E.g. WhatsApp or service counter; responses are counted per channel.',
          })}
          required
          error={missing() ? t({ id: 'Wajib diisi.', en: 'Required.' }) : errors().channel}
        >
          {(c) => (
            <input
              {...c}
              data-focus="new-link"
              list="channel-suggestions"
              maxlength="60"
              value={channel()}
              onInput={(e) => setChannel(e.currentTarget.value)}
            />
          )}
        </Field>
        <datalist id="channel-suggestions">
          <For each={CHANNELS}>{(name) => <option value={name} />}</For>
        </datalist>
        <Field
          label={t({ id: 'Batas jumlah jawaban', en: 'Response cap' })}
          hint={t({ id: 'Kosong = tanpa batas', en: 'Blank = no cap' })}
          error={errors().maxResponses}
        >
          {(c) => (
            <input
              {...c}
              type="number"
              inputmode="numeric"
              min="1"
              step="1"
              value={cap()}
              onInput={(e) => setCap(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={t({ id: 'Dibuka mulai', en: 'Opens at' })}
          hint={t({ id: 'Kosong = segera', en: 'Blank = now' })}
          error={errors().opensAt}
        >
          {(c) => (
            <input
              {...c}
              type="datetime-local"
              value={opensAt()}
              onInput={(e) => setOpensAt(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={t({ id: 'Ditutup pada', en: 'Closes at' })}
          hint={t({ id: 'Kosong = tanpa batas waktu', en: 'Blank = no end' })}
          error={errors().closesAt}
        >
          {(c) => (
            <input
              {...c}
              type="datetime-local"
              value={closesAt()}
              onInput={(e) => setClosesAt(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={multiple()}
          onChange={(e) => setMultiple(e.currentTarget.checked)}
        />
        {t({
          id: 'Izinkan beberapa jawaban dari satu perangkat (mis. tablet di loket)',
          en: 'Allow several responses from one device (e.g. a counter tablet)',
        })}
      </label>
      <div class="actions">
        <button type="submit" class="button" disabled={submission.pending()}>
          {submission.pending()
            ? t({ id: 'Membuat…', en: 'Creating…' })
            : t({ id: 'Buat tautan', en: 'Create link' })}
        </button>
        <button type="button" class="button button-secondary" onClick={() => props.onCancel()}>
          {t({ id: 'Batal', en: 'Cancel' })}
        </button>
      </div>
    </form>
  )
}
