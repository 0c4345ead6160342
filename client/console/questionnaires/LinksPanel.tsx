// The "Tautan & QR" tab: every share link of the questionnaire (one per channel, for attribution)
// and a form to add one.
import { createAsync } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { getQuestionnaire } from '../api/questionnaires'
import { listLinks } from '../api/links'
import { t } from '../../shared/i18n'
import { useBuilder } from './builder-context'
import { focusLater } from './focus-later'
import { LinkCard } from './LinkCard'
import { NewLinkForm } from './NewLinkForm'

export function LinksPanel(props: { id: string }) {
  const { canEdit } = useBuilder()
  const links = createAsync(() => listLinks(props.id))
  const questionnaire = createAsync(() => getQuestionnaire(props.id))
  const [adding, setAdding] = createSignal(false)
  const [created, setCreated] = createSignal<string>()
  let addButton: HTMLButtonElement | undefined
  return (
    <section aria-labelledby="links-title">
      <div class="section-head">
        <h2 id="links-title">{t({ id: 'Tautan dan kode QR', en: 'Links and QR codes' })}</h2>
        <Show when={canEdit() && !adding()}>
          <button
            type="button"
            class="button"
            ref={addButton}
            onClick={() => {
              setCreated(undefined)
              setAdding(true)
              focusLater('new-link')
            }}
          >
            {t({ id: '+ Buat tautan', en: '+ Create a link' })}
          </button>
        </Show>
      </div>
      <Show when={questionnaire() && questionnaire()!.latestVersion === null}>
        <p class="alert alert-warning">
          {t({
            id: 'Kuesioner belum diterbitkan. Tautan dapat dibuat sekarang, tetapi warga baru dapat mengisi setelah versi pertama terbit.',
            en: 'The questionnaire is not published yet. Links can be made now; citizens can answer once the first version is out.',
          })}
        </p>
      </Show>
      <div role="status" class="status-slot">
        <Show when={created()}>
          <p class="alert alert-success">
            {t({ id: `Tautan ${created()} dibuat.`, en: `Link ${created()} created.` })}
          </p>
        </Show>
      </div>
      <Show when={adding()}>
        <NewLinkForm
          questionnaireId={props.id}
          onCreated={(link) => {
            setCreated(link.channel)
            setAdding(false)
            queueMicrotask(() => addButton?.focus())
          }}
          onCancel={() => {
            setAdding(false)
            queueMicrotask(() => addButton?.focus())
          }}
        />
      </Show>
      <Show when={links()?.length === 0 && !adding()}>
        <p class="muted">
          {t({
            id: 'Belum ada tautan. Buat satu tautan per saluran agar jawaban dapat dibedakan.',
            en: 'No links yet. Make one link per channel to tell responses apart.',
          })}
        </p>
      </Show>
      <ul class="card-grid link-grid" role="list">
        <For each={links()}>
          {(link) => (
            <li>
              <LinkCard link={link} canEdit={canEdit()} />
            </li>
          )}
        </For>
      </ul>
    </section>
  )
}
