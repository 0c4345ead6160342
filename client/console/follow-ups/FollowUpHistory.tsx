// A follow-up's history from the audit trail: when, who, and which fields changed from what to
// what, oldest first.
import { createResource, For, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { fetchFollowUpHistory } from '../api/follow-ups'
import { formatMoment } from '../dashboard/number-format'
import { quarterName, STATUS_TEXT } from './follow-up-texts'

const FIELD_TEXT: Record<string, { id: string; en: string }> = {
  target: { id: 'Unsur/kriteria', en: 'Element/criterion' },
  action: { id: 'Tindakan', en: 'Action' },
  unit: { id: 'Penanggung jawab', en: 'Responsible unit' },
  dueQuarter: { id: 'Target', en: 'Due' },
  status: { id: 'Status', en: 'Status' },
  notes: { id: 'Catatan', en: 'Notes' },
}

function valueText(field: string, value: unknown): string {
  if (value === null || value === '') return '–'
  if (field === 'status') return t(STATUS_TEXT[String(value)] ?? { id: String(value) })
  if (field === 'dueQuarter') return t(quarterName(String(value)))
  if (field === 'target') {
    const target = value as { code: string; label: { id: string; en?: string } }
    return `${target.code} ${t(target.label)}`
  }
  return String(value)
}

export function FollowUpHistory(props: { id: number }) {
  const [history] = createResource(() => props.id, fetchFollowUpHistory)
  return (
    <Show when={history()} fallback={<p class="loading">{t({ id: 'Memuat…', en: 'Loading…' })}</p>}>
      {(h) => (
        <ol class="plain-list history">
          <For each={h().items}>
            {(event) => (
              <li>
                <span class="muted">
                  {formatMoment(new Date(event.at))} · {event.user?.name ?? '–'}
                </span>
                <Show
                  when={event.action !== 'follow_up.create'}
                  fallback={
                    <span> {t({ id: 'mencatat tindakan ini', en: 'entered this action' })}</span>
                  }
                >
                  <ul>
                    <For each={event.changes}>
                      {(c) => (
                        <li>
                          {t(FIELD_TEXT[c.field] ?? { id: c.field })}:{' '}
                          {valueText(c.field, c.before)} → {valueText(c.field, c.after)}
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </li>
            )}
          </For>
        </ol>
      )}
    </Show>
  )
}
