// "Buat kuesioner": the templates as cards (title, description, the questions and sections it
// creates for this program); choosing one creates the questionnaire and opens it in the builder.
import { createAsync, useAction, useNavigate } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { createQuestionnaire, getTemplates, type TemplateName } from '../api/questionnaires'
import { formatNumber, t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'

export function TemplatePicker(props: { programId: string; onCancel: () => void }) {
  const templates = createAsync(() => getTemplates(props.programId))
  const create = useAction(createQuestionnaire)
  const navigate = useNavigate()
  const [pending, setPending] = createSignal<TemplateName>()
  const [error, setError] = createSignal<unknown>()
  const choose = async (name: TemplateName) => {
    setPending(name)
    setError(undefined)
    try {
      const created = await create(props.programId, name)
      navigate(`/questionnaires/${created.id}`)
    } catch (e) {
      setError(e)
      setPending(undefined)
    }
  }
  return (
    <section id="new-questionnaire" class="card panel" aria-labelledby="new-questionnaire-title">
      <div class="section-head">
        <h3 id="new-questionnaire-title" tabindex="-1" data-focus="new-questionnaire-title">
          {t({ id: 'Pilih templat', en: 'Choose a template' })}
        </h3>
        <button type="button" class="button button-quiet" onClick={() => props.onCancel()}>
          {t({ id: 'Batal', en: 'Cancel' })}
        </button>
      </div>
      <Show when={error()}>
        <ProblemAlert error={error()} />
      </Show>
      <ul class="card-grid" role="list">
        <For each={templates()}>
          {(tpl) => (
            <li>
              <article class="card template-card" aria-labelledby={`template-${tpl.name}`}>
                <h4 id={`template-${tpl.name}`} class="card-title">
                  {t(tpl.title)}
                </h4>
                <p>{t(tpl.description)}</p>
                <p class="muted">
                  {t({
                    id: `${formatNumber(tpl.questionCount)} pertanyaan dalam ${formatNumber(tpl.sectionCount)} bagian`,
                    en: `${formatNumber(tpl.questionCount)} question${tpl.questionCount === 1 ? '' : 's'} in ${formatNumber(tpl.sectionCount)} section${tpl.sectionCount === 1 ? '' : 's'}`,
                  })}
                </p>
                <button
                  type="button"
                  class="button"
                  disabled={pending() !== undefined}
                  aria-describedby={`template-${tpl.name}`}
                  onClick={() => void choose(tpl.name)}
                >
                  {pending() === tpl.name
                    ? t({ id: 'Membuat…', en: 'Creating…' })
                    : t({ id: 'Gunakan', en: 'Use' })}
                </button>
              </article>
            </li>
          )}
        </For>
      </ul>
    </section>
  )
}
