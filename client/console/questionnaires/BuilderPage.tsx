// The questionnaire page (/questionnaires/:id): breadcrumb back to the program, the title and
// publication facts, then the builder. Admins and owners of the program's agency may edit;
// everyone else who may read it sees it read-only.
import { A, createAsync, useParams } from '@solidjs/router'
import { Show, untrack } from 'solid-js'
import { getProgram } from '../api/programs'
import { getQuestionnaire } from '../api/questionnaires'
import { t } from '../../shared/i18n'
import { useCurrentUser } from '../shell/current-user'
import { usePageTitle } from '../shell/page-title'
import { Builder } from './Builder'
import './builder.css'

export default function BuilderPage() {
  const params = useParams<{ id: string }>()
  const user = useCurrentUser()
  const questionnaire = createAsync(() => getQuestionnaire(params.id))
  const program = createAsync(async () => {
    const q = questionnaire()
    return q ? getProgram(String(q.programId)) : undefined
  })
  const canEdit = () => {
    const p = program()
    const u = user()
    return !!p && (u.role === 'admin' || (u.role === 'owner' && u.agencyId === p.agencyId))
  }
  usePageTitle(() => questionnaire()?.title)
  const versionText = () => {
    const q = questionnaire()
    if (!q) return ''
    if (q.latestVersion === null) return t({ id: 'Belum diterbitkan', en: 'Not published yet' })
    const latest = t({
      id: `Versi terbit: ${q.latestVersion}`,
      en: `Published version: ${q.latestVersion}`,
    })
    return q.draftChanged
      ? `${latest} · ${t({ id: 'draf berubah sejak itu', en: 'draft changed since' })}`
      : latest
  }

  return (
    <Show when={questionnaire()}>
      {(q) => (
        <article class="builder-page">
          <nav aria-label={t({ id: 'Jejak navigasi', en: 'Breadcrumb' })} class="breadcrumb">
            <ol>
              <li>
                <A href="/">{t({ id: 'Program', en: 'Programs' })}</A>
              </li>
              <li>
                <A href={`/programs/${q().programId}`}>{program()?.name ?? '…'}</A>
              </li>
              <li>
                <A href={`/programs/${q().programId}/questionnaires`}>
                  {t({ id: 'Kuesioner', en: 'Questionnaires' })}
                </A>
              </li>
              <li aria-current="page">{q().title}</li>
            </ol>
          </nav>
          <header class="page-head">
            <h1>{q().title}</h1>
            <p class="muted">{versionText()}</p>
          </header>
          <Show when={program()}>
            <Show when={!canEdit()}>
              <p class="alert alert-warning">
                {t({
                  id: 'Anda hanya dapat melihat kuesioner ini.',
                  en: 'You can only view this questionnaire.',
                })}
              </p>
            </Show>
            <Builder initial={untrack(q)} canEdit={canEdit()} program={program()} />
          </Show>
        </article>
      )}
    </Show>
  )
}
