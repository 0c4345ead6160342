// /evaluations: opens the evaluation of the user's region (an admin: the first region) in the
// latest year that has programs, or this year when none has.
import { createAsync, Navigate } from '@solidjs/router'
import { Show } from 'solid-js'
import { listPrograms } from '../api/programs'
import { getRegions } from '../api/reference'
import { t } from '../../shared/i18n'
import { useCurrentUser } from '../shell/current-user'
import { EvaluatorsOnly } from './EvaluatorsOnly'

async function defaultEvaluation(role: string, regionId: number | null) {
  // Admins, and province or national evaluators, start with the first region they read.
  const region = role === 'admin' || regionId === null ? (await getRegions())[0]?.id : regionId
  if (!region) return null
  const page = await listPrograms({ regionId: String(region), limit: '200' })
  const years = page.items.map((p) => p.year)
  const year = years.length > 0 ? Math.max(...years) : new Date().getFullYear()
  return `/evaluations/${region}/${year}`
}

export default function EvaluationStart() {
  const user = useCurrentUser()
  const target = createAsync(async () =>
    user().role === 'owner' ? null : defaultEvaluation(user().role, user().regionId),
  )
  return (
    <EvaluatorsOnly>
      <Show
        when={target()}
        fallback={
          <Show when={target() === null}>
            <section>
              <h1>{t({ id: 'Evaluasi smart city', en: 'Smart-city evaluation' })}</h1>
              <p>
                {t({
                  id: 'Belum ada wilayah untuk dievaluasi. Minta admin menetapkan wilayah Anda.',
                  en: 'There is no region to evaluate yet. Ask an admin to set your region.',
                })}
              </p>
            </section>
          </Show>
        }
      >
        {(href) => <Navigate href={href()} />}
      </Show>
    </EvaluatorsOnly>
  )
}
