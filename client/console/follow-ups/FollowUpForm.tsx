// Enters a follow-up action or changes one: the SKM element or impact criterion it addresses, what
// will be done, by which unit, by which quarter, its status and evidence notes.
import { createSignal, For, Show } from 'solid-js'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import {
  createFollowUp,
  updateFollowUp,
  type FollowUp,
  type FollowUpTarget,
} from '../api/follow-ups'
import { focusFirstInvalid } from '../forms/focus-first-invalid'
import { FormActions } from '../forms/FormActions'
import { createSubmission } from '../forms/submission'
import { nextQuarter, quarterChoices, quarterName, STATUS_TEXT } from './follow-up-texts'

const FIELDS = ['target.code', 'target.kind', 'action', 'unit', 'dueQuarter', 'status', 'notes']
const STATUSES = ['rencana', 'berjalan', 'selesai'] as const

export function FollowUpForm(props: {
  programId: string
  programYear: number
  targets: FollowUpTarget[]
  /** The action to change; a new one when absent. */
  followUp?: FollowUp
  onDone: () => void
  onCancel?: () => void
}) {
  const f = props.followUp
  const [target, setTarget] = createSignal(f ? `${f.target.kind}:${f.target.code}` : 'skm:U1')
  const [action, setAction] = createSignal(f?.action ?? '')
  const [unit, setUnit] = createSignal(f?.unit ?? '')
  const [due, setDue] = createSignal(f?.dueQuarter ?? nextQuarter())
  const [status, setStatus] = createSignal<(typeof STATUSES)[number]>(f?.status ?? 'rencana')
  const [notes, setNotes] = createSignal(f?.notes ?? '')
  const submission = createSubmission(async () => {
    const [kind, code] = target().split(':') as ['skm' | 'impact', string]
    const input = {
      target: { kind, code },
      action: action(),
      unit: unit(),
      dueQuarter: due(),
      status: status(),
      notes: notes(),
    }
    return f ? updateFollowUp(props.programId, f.id, input) : createFollowUp(props.programId, input)
  })
  const errors = () => submission.fieldErrors()
  const id = f ? `follow-up-form-${f.id}` : 'follow-up-new'
  let form: HTMLFormElement | undefined

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (await submission.submit()) {
      if (!f) {
        setAction('')
        setNotes('')
      }
      props.onDone()
    } else focusFirstInvalid(form)
  }

  const group = (kind: string) => props.targets.filter((x) => x.kind === kind)
  return (
    <form class="card stack" onSubmit={onSubmit} novalidate ref={form} aria-labelledby={id}>
      <h3 id={id}>
        {f
          ? t({ id: 'Ubah tindak lanjut', en: 'Change the follow-up' })
          : t({ id: 'Tindak lanjut baru', en: 'New follow-up' })}
      </h3>
      <Show when={submission.error()}>
        <ProblemAlert error={submission.error()} shownFields={FIELDS} />
      </Show>
      <div class="form-grid">
        <Field
          label={t({ id: 'Unsur atau kriteria', en: 'Element or criterion' })}
          error={errors()['target.code']}
          required
        >
          {(control) => (
            <select
              {...control}
              value={target()}
              onChange={(e) => setTarget(e.currentTarget.value)}
            >
              <optgroup label={t({ id: 'Unsur SKM', en: 'SKM elements' })}>
                <For each={group('skm')}>
                  {(x) => (
                    <option value={`skm:${x.code}`} selected={target() === `skm:${x.code}`}>
                      {`${x.code} ${t(x.label)}`}
                    </option>
                  )}
                </For>
              </optgroup>
              <Show when={group('impact').length > 0}>
                <optgroup label={t({ id: 'Kriteria dampak', en: 'Impact criteria' })}>
                  <For each={group('impact')}>
                    {(x) => (
                      <option value={`impact:${x.code}`} selected={target() === `impact:${x.code}`}>
                        {t(x.label)}
                      </option>
                    )}
                  </For>
                </optgroup>
              </Show>
            </select>
          )}
        </Field>
        <Field
          label={t({ id: 'Penanggung jawab', en: 'Responsible unit' })}
          hint={t({ id: 'Misalnya Bidang Pelayanan.', en: 'E.g. the service division.' })}
          error={errors().unit}
          required
        >
          {(control) => (
            <input
              {...control}
              maxlength="200"
              value={unit()}
              onInput={(e) => setUnit(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={t({ id: 'Target triwulan', en: 'Target quarter' })}
          error={errors().dueQuarter}
          required
        >
          {(control) => (
            <select {...control} value={due()} onChange={(e) => setDue(e.currentTarget.value)}>
              <For each={quarterChoices(props.programYear)}>
                {(q) => (
                  <option value={q} selected={q === due()}>
                    {t(quarterName(q))}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <Field label={t({ id: 'Status', en: 'Status' })} error={errors().status} required>
          {(control) => (
            <select
              {...control}
              value={status()}
              onChange={(e) => setStatus(e.currentTarget.value as (typeof STATUSES)[number])}
            >
              <For each={STATUSES}>
                {(s) => (
                  <option value={s} selected={s === status()}>
                    {t(STATUS_TEXT[s]!)}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
      </div>
      <Field label={t({ id: 'Tindakan', en: 'Action' })} error={errors().action} required>
        {(control) => (
          <textarea
            {...control}
            rows="2"
            maxlength="1000"
            value={action()}
            onInput={(e) => setAction(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        label={t({ id: 'Catatan dan bukti (opsional)', en: 'Notes and evidence (optional)' })}
        hint={t({
          id: 'Tidak ditampilkan di halaman publik.',
          en: 'Not shown on the public page.',
        })}
        error={errors().notes}
      >
        {(control) => (
          <textarea
            {...control}
            rows="2"
            maxlength="4000"
            value={notes()}
            onInput={(e) => setNotes(e.currentTarget.value)}
          />
        )}
      </Field>
      <FormActions
        pending={submission.pending()}
        submitLabel={
          f
            ? { id: 'Simpan perubahan', en: 'Save changes' }
            : { id: 'Tambah tindak lanjut', en: 'Add the follow-up' }
        }
        onCancel={props.onCancel}
      />
    </form>
  )
}
