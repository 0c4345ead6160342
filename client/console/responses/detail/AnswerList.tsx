// Every question of the version the response answered, in order, with its wording then, the
// answer's label (and the code it is stored as, when they differ), "not answered", or a note that
// a personal answer is hidden from this user.
import { For, Match, Show, Switch } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { AnsweredQuestion } from '../../api/responses'

const codeOf = (answer: unknown) =>
  Array.isArray(answer) ? answer.join('; ') : answer == null ? '' : String(answer)

export function AnswerList(props: { questions: readonly AnsweredQuestion[] }) {
  return (
    <ol class="answer-list">
      <For each={props.questions}>
        {(q) => (
          <li class="answer" data-question={q.code}>
            <p class="answer-question">
              <span class="question-code">{q.code}</span> {t(q.text)}
            </p>
            <Switch>
              <Match when={q.hidden}>
                <p class="answer-value muted">
                  {t({
                    id: 'Disembunyikan: data pribadi, hanya admin yang dapat melihat.',
                    en: 'Hidden: personal data, for admins only.',
                  })}
                </p>
              </Match>
              <Match when={q.answer === null || q.label === null}>
                <p class="answer-value muted">{t({ id: 'Tidak dijawab', en: 'Not answered' })}</p>
              </Match>
              <Match when={q.label}>
                {(label) => (
                  <p class="answer-value">
                    <strong>{t(label())}</strong>
                    <Show when={codeOf(q.answer) !== t(label()) && q.type !== 'likert'}>
                      {' '}
                      <span class="muted">
                        ({t({ id: 'kode', en: 'code' })} <code>{codeOf(q.answer)}</code>)
                      </span>
                    </Show>
                  </p>
                )}
              </Match>
            </Switch>
          </li>
        )}
      </For>
    </ol>
  )
}
