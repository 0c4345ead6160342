// One questionnaire of a program in the "Kuesioner" tab: title, template, latest version,
// whether the draft changed since, and how many share links it has.
import { A, createAsync } from '@solidjs/router'
import { Show } from 'solid-js'
import { getQuestionnaire, type QuestionnaireSummary, type Template } from '../api/questionnaires'
import { listLinks } from '../api/links'
import { formatNumber, t, type Bilingual } from '../../shared/i18n'

/** Names for readers who cannot list the templates (evaluators). */
const TEMPLATE_SHORT: Record<string, Bilingual> = {
  skm: { id: 'Survei Kepuasan Masyarakat (SKM)', en: 'Public satisfaction survey (SKM)' },
  impact: { id: 'Survei dampak quick win', en: 'Quick-win impact survey' },
  nps: { id: 'NPS', en: 'NPS' },
  sus: { id: 'SUS', en: 'SUS' },
  blank: { id: 'Kosong', en: 'Blank' },
}

export function QuestionnaireCard(props: {
  questionnaire: QuestionnaireSummary
  templates: readonly Template[] | undefined
}) {
  const q = () => props.questionnaire
  const id = () => String(q().id)
  // The list carries no draft state or link count; each card asks for its own.
  const detail = createAsync(() => getQuestionnaire(id()))
  const links = createAsync(() => listLinks(id()))
  const template = () => props.templates?.find((tpl) => tpl.name === q().template)
  return (
    <article class="card questionnaire-card">
      <h3 class="card-title">
        <A href={`/questionnaires/${q().id}`}>{q().title}</A>
      </h3>
      <dl class="facts">
        <div>
          <dt>{t({ id: 'Templat', en: 'Template' })}</dt>
          <dd>
            {template()
              ? t(template()!.title)
              : t(TEMPLATE_SHORT[q().template] ?? { id: q().template })}
          </dd>
        </div>
        <div>
          <dt>{t({ id: 'Versi terbit', en: 'Published version' })}</dt>
          <dd>
            {q().latestVersion === null
              ? t({ id: 'Belum diterbitkan', en: 'Not published' })
              : q().latestVersion}
          </dd>
        </div>
        <div>
          <dt>{t({ id: 'Draf', en: 'Draft' })}</dt>
          <dd>
            <Show when={detail()} fallback="…">
              {(d) =>
                d().draftChanged
                  ? q().latestVersion === null
                    ? t({ id: 'Siap diterbitkan', en: 'Ready to publish' })
                    : t({
                        id: 'Berubah sejak versi terakhir',
                        en: 'Changed since the last version',
                      })
                  : t({ id: 'Sama dengan versi terakhir', en: 'Same as the last version' })
              }
            </Show>
          </dd>
        </div>
        <div>
          <dt>{t({ id: 'Tautan', en: 'Links' })}</dt>
          <dd>{links() ? formatNumber(links()!.length) : '…'}</dd>
        </div>
      </dl>
      <A class="button button-secondary button-small" href={`/questionnaires/${q().id}`}>
        {t({ id: 'Buka penyusun', en: 'Open the builder' })}
      </A>
    </article>
  )
}
