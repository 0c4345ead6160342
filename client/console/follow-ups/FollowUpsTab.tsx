// The program's "Tindak lanjut" tab: what the agency does about its weakest elements (rencana
// tindak lanjut), entered and changed by owners and admins, read by evaluators, each finished
// action with whether its element moved.
import { createAsync, useParams } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { getFollowUps } from '../api/follow-ups'
import { getProgram } from '../api/programs'
import { useCurrentUser } from '../shell/current-user'
import { FollowUpCard } from './FollowUpCard'
import { FollowUpForm } from './FollowUpForm'

export default function FollowUpsTab() {
  const params = useParams<{ id: string }>()
  const user = useCurrentUser()
  const list = createAsync(() => getFollowUps(params.id))
  const program = createAsync(() => getProgram(params.id))
  const canWrite = () => user().role === 'admin' || user().role === 'owner'
  return (
    <section aria-labelledby="follow-ups-title" class="stack">
      <div class="section-head">
        <h2 id="follow-ups-title">{t({ id: 'Rencana tindak lanjut', en: 'Follow-up plan' })}</h2>
      </div>
      <p class="muted">
        {t({
          id: 'Catat apa yang dilakukan untuk unsur yang dinilai kurang. Tindakan yang selesai dinilai dengan membandingkan triwulan sebelum penyelesaiannya dengan masa sesudahnya (interval kepercayaan 95%). Tindakan dan statusnya tampil di halaman hasil publik bila hasil dipublikasikan; catatan tidak.',
          en: 'Record what is done about the elements rated low. A finished action is judged by the quarter before it was finished against the time after (95% confidence interval). Actions and their status show on the public results page once published; notes do not.',
        })}
      </p>
      <Show when={list() && program()}>
        <Show when={canWrite()}>
          <FollowUpForm
            programId={params.id}
            programYear={program()!.year}
            targets={list()!.targets}
            onDone={() => {}}
          />
        </Show>
        <Show
          when={list()!.items.length > 0}
          fallback={
            <p class="empty">{t({ id: 'Belum ada tindak lanjut.', en: 'No follow-up yet.' })}</p>
          }
        >
          <ul
            class="card-grid card-grid-top"
            aria-label={t({ id: 'Tindak lanjut', en: 'Follow-ups' })}
          >
            <For each={list()!.items}>
              {(f) => (
                <li>
                  <FollowUpCard
                    followUp={f}
                    programId={params.id}
                    programYear={program()!.year}
                    targets={list()!.targets}
                    canWrite={canWrite()}
                  />
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </section>
  )
}
