// The builder's three parts as tabs in the URL (?tab=publish, ?tab=links), so each can be linked
// to and the browser's back button moves between them.
import { For } from 'solid-js'
import { t, type Bilingual } from '../../shared/i18n'

export type BuilderTab = 'build' | 'publish' | 'links'

const TABS: { tab: BuilderTab; label: Bilingual }[] = [
  { tab: 'build', label: { id: 'Susun', en: 'Build' } },
  { tab: 'publish', label: { id: 'Terbitkan', en: 'Publish' } },
  { tab: 'links', label: { id: 'Tautan & QR', en: 'Links & QR' } },
]

export function BuilderTabs(props: { id: string; tab: BuilderTab }) {
  const href = (tab: BuilderTab) =>
    `/questionnaires/${props.id}${tab === 'build' ? '' : `?tab=${tab}`}`
  return (
    <nav class="tabs" aria-label={t({ id: 'Bagian kuesioner', en: 'Questionnaire parts' })}>
      <For each={TABS}>
        {(item) => (
          <a href={href(item.tab)} aria-current={props.tab === item.tab ? 'page' : undefined}>
            {t(item.label)}
          </a>
        )}
      </For>
    </nav>
  )
}
