// The questionnaire a program's dashboard or response table shows: one of the published ones
// (newest first) or all of them. Choosing another clears the filters that belong to the previous
// one (its links and segment values).
import { For, Show } from 'solid-js'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import type { QuestionnaireSummary } from '../api/questionnaires'
import { ALL_QUESTIONNAIRES, publishedQuestionnaires } from './questionnaire-choice'

export function QuestionnaireSelect(props: {
  questionnaires: readonly QuestionnaireSummary[]
  /** The chosen id, or undefined for all. */
  value: string | undefined
  onChange: (value: string) => void
  hint?: string
}) {
  const published = () => publishedQuestionnaires(props.questionnaires)
  return (
    <Show when={published().length > 0}>
      <Field
        class="questionnaire-select"
        label={t({ id: 'Kuesioner', en: 'Questionnaire' })}
        hint={props.hint}
      >
        {(control) => (
          <select
            {...control}
            data-questionnaire-select
            onChange={(e) => props.onChange(e.currentTarget.value)}
          >
            <For each={published()}>
              {(q) => (
                <option value={String(q.id)} selected={String(q.id) === props.value}>
                  {q.title} · {t({ id: 'versi', en: 'version' })} {q.latestVersion}
                </option>
              )}
            </For>
            <option value={ALL_QUESTIONNAIRES} selected={props.value === undefined}>
              {t({ id: 'Semua kuesioner program', en: "All of the program's questionnaires" })}
            </option>
          </select>
        )}
      </Field>
    </Show>
  )
}
