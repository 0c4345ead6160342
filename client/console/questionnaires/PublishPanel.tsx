// The "Terbitkan" tab: the checks of the saved draft (what blocks publishing and what only warns,
// each a link to its field), the languages citizens will be offered, what the draft changes since
// the last version, a confirmation, and the new version number, or the server's reasons.
import { revalidate } from '@solidjs/router'
import { createResource, createSignal, Show } from 'solid-js'
import { allQuestions } from '../../../server/domain/questionnaire'
import {
  getDraftDiff,
  getPublishChecks,
  getQuestionnaire,
  publishDraft,
  type Published,
} from '../api/questionnaires'
import { listLinks } from '../api/links'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { useBuilder } from './builder-context'
import { DiffList } from './DiffList'
import { CheckList } from './CheckList'
import { focusLater } from './focus-later'
import { PublishConfirm } from './PublishConfirm'

export function PublishPanel(props: { id: string; onSave: () => Promise<boolean> }) {
  const { editor, canEdit, reveal } = useBuilder()
  const [diff, { refetch: refetchDiff }] = createResource(() => getDraftDiff(props.id))
  const [checks, { refetch: refetchChecks }] = createResource(() => getPublishChecks(props.id))
  const refetch = () => {
    void refetchDiff()
    void refetchChecks()
  }
  const [published, setPublished] = createSignal<Published>()
  const [error, setError] = createSignal<unknown>()
  const blocked = () => (checks()?.blockers.length ?? 1) > 0
  const nextVersion = () => (diff()?.fromVersion ?? 0) + 1

  const saveFirst = async () => {
    if (await props.onSave()) refetch()
  }
  const publish = async () => {
    setError(undefined)
    try {
      setPublished(await publishDraft(props.id))
      focusLater('published')
      refetch()
      void revalidate([getQuestionnaire.keyFor(props.id), listLinks.keyFor(props.id)])
    } catch (e) {
      setError(e)
    }
  }

  return (
    <section class="card builder-card" aria-labelledby="publish-title">
      <h2 id="publish-title">{t({ id: 'Terbitkan versi baru', en: 'Publish a new version' })}</h2>
      <p class="muted">
        {t({
          id: 'Versi terbit tidak dapat diubah lagi; setiap jawaban warga tercatat pada versi yang dijawabnya. Tautan yang tidak disematkan langsung memakai versi terbaru.',
          en: 'A published version never changes; every response records the version it answered. Links that are not pinned serve the newest version at once.',
        })}
      </p>
      <div role="status" class="status-slot">
        <Show when={published()}>
          {(p) => (
            <p class="alert alert-success published" tabindex="-1" data-focus="published">
              {t({
                id: `Versi ${p().version} diterbitkan.`,
                en: `Version ${p().version} published.`,
              })}{' '}
              <a href={`/questionnaires/${props.id}?tab=links`}>
                {t({ id: 'Bagikan lewat tautan dan QR', en: 'Share it with links and QR codes' })}
              </a>
            </p>
          )}
        </Show>
      </div>
      <Show when={error()}>
        <ProblemAlert error={error()} />
      </Show>
      <Show when={editor.dirty()}>
        <div class="alert alert-warning">
          <p>
            {t({
              id: 'Ada perubahan yang belum disimpan. Yang diterbitkan adalah draf yang tersimpan.',
              en: 'There are unsaved changes. Publishing takes the saved draft.',
            })}
          </p>
          <Show when={canEdit()}>
            <button type="button" class="button button-small" onClick={() => void saveFirst()}>
              {t({ id: 'Simpan draf sekarang', en: 'Save the draft now' })}
            </button>
          </Show>
        </div>
      </Show>
      <Show
        when={diff()}
        fallback={<p class="loading">{t({ id: 'Memuat perubahan…', en: 'Loading changes…' })}</p>}
      >
        {(d) => (
          <>
            <h3 class="diff-heading">
              {d().fromVersion === null
                ? t({
                    id: 'Belum pernah diterbitkan: semua pertanyaan baru.',
                    en: 'Never published: every question is new.',
                  })
                : t({
                    id: `Perubahan sejak versi ${d().fromVersion}`,
                    en: `Changes since version ${d().fromVersion}`,
                  })}
            </h3>
            <Show
              when={d().hasChanges}
              fallback={
                <p>
                  {t({
                    id: 'Tidak ada perubahan untuk diterbitkan.',
                    en: 'Nothing new to publish.',
                  })}
                </p>
              }
            >
              <DiffList diff={d()} questions={allQuestions(editor.body().draft)} />
            </Show>
            <Show when={!editor.dirty() && checks()}>
              {(c) => (
                <>
                  <CheckList
                    blockers={c().blockers}
                    warnings={c().warnings}
                    draft={editor.body().draft}
                    onOpen={reveal}
                  />
                  <p class="muted" data-testid="languages">
                    {c().languages.includes('en')
                      ? t({
                          id: 'Warga dapat memilih Bahasa Indonesia atau Bahasa Inggris.',
                          en: 'Citizens can choose Indonesian or English.',
                        })
                      : t({
                          id: 'Warga hanya ditawari Bahasa Indonesia: belum semua teks punya terjemahan Inggris.',
                          en: 'Citizens are offered Indonesian only: not every text has an English version.',
                        })}
                  </p>
                </>
              )}
            </Show>
            <Show when={canEdit() && d().hasChanges && !editor.dirty() && !blocked()}>
              <PublishConfirm version={nextVersion()} onPublish={publish} />
            </Show>
          </>
        )}
      </Show>
    </section>
  )
}
