// One follow-up action: what it addresses, what is done by whom and by when, its status, evidence
// notes and, once finished, whether its element moved; owners change it in place, anyone who reads
// the program opens its history.
import { createSignal, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import type { FollowUp, FollowUpTarget } from '../api/follow-ups'
import { formatDay } from '../dashboard/number-format'
import { EffectNote } from './EffectNote'
import { quarterName, STATUS_TEXT } from './follow-up-texts'
import { FollowUpForm } from './FollowUpForm'
import { FollowUpHistory } from './FollowUpHistory'

export function FollowUpCard(props: {
  followUp: FollowUp
  programId: string
  programYear: number
  targets: FollowUpTarget[]
  canWrite: boolean
}) {
  const f = () => props.followUp
  const [editing, setEditing] = createSignal(false)
  const [showHistory, setShowHistory] = createSignal(false)
  const titleId = () => `follow-up-${f().id}`
  return (
    <Show
      when={!editing()}
      fallback={
        <FollowUpForm
          programId={props.programId}
          programYear={props.programYear}
          targets={props.targets}
          followUp={f()}
          onDone={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      }
    >
      <article class="card stack follow-up" aria-labelledby={titleId()} data-follow-up={f().id}>
        <div class="card-head">
          <h3 id={titleId()} class="card-title">
            {f().target.kind === 'skm' ? `${f().target.code} ` : ''}
            {t(f().target.label)}
          </h3>
          <span class="badge" classList={{ 'badge-off': f().status === 'rencana' }}>
            {t(STATUS_TEXT[f().status]!)}
          </span>
        </div>
        <p>{f().action}</p>
        <p class="muted">
          {t({ id: 'Penanggung jawab', en: 'Responsible' })}: {f().unit} ·{' '}
          {t({ id: 'Target', en: 'Due' })}: {t(quarterName(f().dueQuarter))}
          <Show when={f().finishedOn}>
            {(day) => (
              <>
                {' '}
                · {t({ id: 'Selesai', en: 'Finished' })} {formatDay(day())}
              </>
            )}
          </Show>
        </p>
        <Show when={f().notes}>
          <p class="muted">
            {t({ id: 'Catatan', en: 'Notes' })}: {f().notes}
          </p>
        </Show>
        <Show when={f().effect}>{(effect) => <EffectNote effect={effect()} />}</Show>
        <div class="actions">
          <Show when={props.canWrite}>
            <button type="button" class="button button-secondary" onClick={() => setEditing(true)}>
              {t({ id: 'Ubah', en: 'Change' })}
            </button>
          </Show>
          <button
            type="button"
            class="button button-quiet"
            aria-expanded={showHistory()}
            onClick={() => setShowHistory(!showHistory())}
          >
            {t({ id: 'Riwayat', en: 'History' })}
          </button>
        </div>
        <Show when={showHistory()}>
          <FollowUpHistory id={f().id} />
        </Show>
      </article>
    </Show>
  )
}
