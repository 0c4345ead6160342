// The program page's "Kuesioner" tab: the program's questionnaires, and for admins and owners of
// the program's agency "Buat kuesioner" from a template (opened at once with ?new=1, the empty
// dashboard's link).
import { createAsync, useParams, useSearchParams } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { getProgram } from '../api/programs'
import { getTemplates, listQuestionnaires } from '../api/questionnaires'
import { t } from '../../shared/i18n'
import { canManageProgram } from '../program/can-manage'
import { useCurrentUser } from '../shell/current-user'
import { focusLater } from './focus-later'
import { QuestionnaireCard } from './QuestionnaireCard'
import { TemplatePicker } from './TemplatePicker'
import './builder.css'

export default function QuestionnairesTab() {
  const params = useParams<{ id: string }>()
  const user = useCurrentUser()
  const program = createAsync(() => getProgram(params.id))
  const questionnaires = createAsync(() => listQuestionnaires(params.id))
  const canWrite = () => canManageProgram(user(), program())
  const templates = createAsync(async () => (canWrite() ? getTemplates(params.id) : undefined))
  const [search] = useSearchParams<{ new?: string }>()
  const [choosing, setChoosing] = createSignal(search.new === '1')
  let newButton: HTMLButtonElement | undefined

  return (
    <section aria-labelledby="questionnaires-title">
      <div class="section-head">
        <h2 id="questionnaires-title">{t({ id: 'Kuesioner', en: 'Questionnaires' })}</h2>
        <Show when={canWrite() && !choosing()}>
          <button
            type="button"
            class="button"
            ref={newButton}
            onClick={() => {
              // The button gives way to the picker: keyboard users continue at its heading.
              setChoosing(true)
              focusLater('new-questionnaire-title')
            }}
          >
            {t({ id: 'Buat kuesioner', en: 'Create a questionnaire' })}
          </button>
        </Show>
      </div>
      <Show when={choosing() && canWrite()}>
        <TemplatePicker
          programId={params.id}
          onCancel={() => {
            setChoosing(false)
            queueMicrotask(() => newButton?.focus())
          }}
        />
      </Show>
      <Show when={questionnaires()?.length === 0 && !choosing()}>
        <p class="muted">
          {t({
            id: 'Program ini belum punya kuesioner.',
            en: 'This program has no questionnaire yet.',
          })}
        </p>
      </Show>
      <ul class="card-grid" role="list">
        <For each={questionnaires()}>
          {(q) => (
            <li>
              <QuestionnaireCard questionnaire={q} templates={templates()} />
            </li>
          )}
        </For>
      </ul>
    </section>
  )
}
