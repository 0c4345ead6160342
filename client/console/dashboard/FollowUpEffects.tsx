// The dashboard's follow-up section: each finished action with whether its element or criterion
// moved (the change and its 95% interval), and how many actions are planned or under way.
import { A, createAsync } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { getFollowUps } from '../api/follow-ups'
import { EffectNote } from '../follow-ups/EffectNote'

export function FollowUpEffects(props: { programId: string }) {
  const list = createAsync(() => getFollowUps(props.programId))
  const finished = () => (list()?.items ?? []).filter((f) => f.effect)
  const open = () => (list()?.items ?? []).filter((f) => f.status !== 'selesai').length
  return (
    <Show when={(list()?.items.length ?? 0) > 0}>
      <section class="panel follow-up-effects" aria-labelledby="follow-up-effects-title">
        <h2 id="follow-up-effects-title">
          {t({ id: 'Hasil tindak lanjut', en: 'Follow-up results' })}
        </h2>
        <p class="muted">
          {t({
            id: `${finished().length} tindakan selesai, ${open()} direncanakan atau berjalan.`,
            en: `${finished().length} actions finished, ${open()} planned or under way.`,
          })}{' '}
          <A href={`/programs/${props.programId}/follow-ups`}>
            {t({ id: 'Kelola tindak lanjut', en: 'Manage the follow-ups' })}
          </A>
        </p>
        <ul class="plain-list">
          <For each={finished()}>
            {(f) => (
              <li class="follow-up" data-follow-up={f.id}>
                <strong>
                  {f.target.kind === 'skm' ? `${f.target.code} ` : ''}
                  {t(f.target.label)}
                </strong>
                : {f.action}
                <EffectNote effect={f.effect!} />
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  )
}
