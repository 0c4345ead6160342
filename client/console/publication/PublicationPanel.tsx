// Publishing a program's results: whether they are public, the switch (admins and owners), and
// once published, the public page, the TV view, the region page and the badge with its embed code.
import { Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { setPublished, type Publication } from '../api/publication'
import { createSubmission } from '../forms/submission'
import { formatMoment } from '../dashboard/number-format'

export function PublicationPanel(props: {
  programId: string
  publication: Publication
  canWrite: boolean
}) {
  const p = () => props.publication
  const submission = createSubmission(setPublished)
  const origin = () => window.location.origin
  const embed = () =>
    `<a href="${origin()}${p().urls.page}"><img src="${origin()}${p().urls.badge}" alt="IKM" height="20"></a>`
  return (
    <section class="card stack" aria-labelledby="publication-title">
      <div class="card-head">
        <h3 id="publication-title">{t({ id: 'Hasil publik', en: 'Public results' })}</h3>
        <span
          class="badge"
          classList={{ 'badge-off': !p().published }}
          data-published={p().published}
        >
          {p().published
            ? t({ id: 'Dipublikasikan', en: 'Published' })
            : t({ id: 'Belum dipublikasikan', en: 'Not published' })}
        </span>
      </div>
      <p class="muted">
        {t({
          id: 'Halaman publik menampilkan IKM dan mutu terbaru, skor dampak dengan intervalnya, jumlah responden, nilai per unsur dan tindak lanjut beserta statusnya, tanpa data pribadi; komentar hanya yang Anda setujui. Formulir warga menautkan halaman ini setelah jawaban terkirim.',
          en: 'The public page shows the latest IKM and quality, the impact score with its interval, the number of respondents, each element and the follow-ups with their status, without personal data; comments only if you approve them. The citizen form links to it after a response is sent.',
        })}
      </p>
      <Show when={submission.error()}>
        <ProblemAlert error={submission.error()} />
      </Show>
      <Show when={p().published}>
        <ul class="plain-list">
          <li>
            <a href={p().urls.page} target="_blank" rel="noopener">
              {t({ id: 'Halaman hasil', en: 'Results page' })}
            </a>
          </li>
          <li>
            <a href={p().urls.tv} target="_blank" rel="noopener">
              {t({ id: 'Tampilan TV ruang layanan', en: 'Service-hall TV view' })}
            </a>
          </li>
          <li>
            <a href={p().urls.region} target="_blank" rel="noopener">
              {t({ id: 'Semua hasil di wilayah ini', en: 'Every result in this region' })}
            </a>
          </li>
        </ul>
        <p>
          <img src={p().urls.badge} alt={t({ id: 'Lencana IKM', en: 'IKM badge' })} height="20" />
        </p>
        <label class="field">
          {t({ id: 'Kode lencana untuk situs web', en: 'Badge code for a website' })}
          <textarea readonly rows="2" value={embed()} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <Show when={p().publishedAt}>
          <p class="muted">
            {t({ id: 'Dipublikasikan', en: 'Published' })}{' '}
            {formatMoment(new Date(p().publishedAt!))}
          </p>
        </Show>
      </Show>
      <Show when={props.canWrite}>
        <div class="actions">
          <button
            type="button"
            class="button"
            classList={{ 'button-secondary': p().published }}
            disabled={submission.pending()}
            onClick={() => submission.submit(props.programId, !p().published)}
          >
            {p().published
              ? t({ id: 'Tarik publikasi', en: 'Withdraw the results' })
              : t({ id: 'Publikasikan hasil', en: 'Publish the results' })}
          </button>
        </div>
      </Show>
    </section>
  )
}
