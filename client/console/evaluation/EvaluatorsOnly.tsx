// Wraps the evaluation pages: admins and evaluators see them, program owners get a clear message.
import { Show, type JSX } from 'solid-js'
import { t } from '../../shared/i18n'
import { useCurrentUser } from '../shell/current-user'

export function EvaluatorsOnly(props: { children: JSX.Element }) {
  const user = useCurrentUser()
  return (
    <Show
      when={user().role === 'admin' || user().role === 'evaluator'}
      fallback={
        <section>
          <h1>{t({ id: 'Tidak diizinkan', en: 'Not allowed' })}</h1>
          <p>
            {t({
              id: 'Evaluasi hanya untuk evaluator dan admin.',
              en: 'The evaluation is for evaluators and administrators only.',
            })}
          </p>
        </section>
      }
    >
      {props.children}
    </Show>
  )
}
