// The program's "Laporan & publikasi" tab: the SKM report downloads, publishing the results
// (public page, TV view, badge) and the comments the public page may show.
import { createAsync, useParams } from '@solidjs/router'
import { Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { getProgram } from '../api/programs'
import { getPublication } from '../api/publication'
import { useCurrentUser } from '../shell/current-user'
import { PublicationPanel } from './PublicationPanel'
import { PublicComments } from './PublicComments'
import { ReportDownloads } from './ReportDownloads'

export default function PublicationTab() {
  const params = useParams<{ id: string }>()
  const user = useCurrentUser()
  const program = createAsync(() => getProgram(params.id))
  const publication = createAsync(() => getPublication(params.id))
  const canWrite = () => user().role === 'admin' || user().role === 'owner'
  return (
    <section aria-labelledby="publication-tab-title" class="stack">
      <div class="section-head">
        <h2 id="publication-tab-title">
          {t({ id: 'Laporan dan publikasi', en: 'Report and publication' })}
        </h2>
      </div>
      <Show when={program()}>
        {(p) => (
          <ReportDownloads programId={params.id} programYear={p().year} agencyId={p().agencyId} />
        )}
      </Show>
      <Show when={publication()}>
        {(p) => (
          <>
            <PublicationPanel programId={params.id} publication={p()} canWrite={canWrite()} />
            <PublicComments programId={params.id} publication={p()} canWrite={canWrite()} />
          </>
        )}
      </Show>
    </section>
  )
}
