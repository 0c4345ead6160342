// Jump links to the dashboard's sections, so an owner on a phone reaches the breakdown and the
// comments without scrolling past every chart.
import { For } from 'solid-js'
import { t } from '../../shared/i18n'

const SECTIONS = [
  { target: 'trend-title', label: { id: 'Tren', en: 'Trend' } },
  { target: 'questions-title', label: { id: 'Per pertanyaan', en: 'By question' } },
  { target: 'breakdown-title', label: { id: 'Tabulasi silang', en: 'Cross-tab' } },
  { target: 'comments-title', label: { id: 'Komentar', en: 'Comments' } },
]

export function SectionLinks() {
  const jump = (event: MouseEvent, target: string) => {
    const heading = document.getElementById(target)
    if (!heading) return
    event.preventDefault()
    heading.scrollIntoView()
    heading.setAttribute('tabindex', '-1')
    heading.focus({ preventScroll: true })
  }
  return (
    <nav class="no-print" aria-label={t({ id: 'Bagian dasbor', en: 'Dashboard sections' })}>
      <ul class="section-links">
        <For each={SECTIONS}>
          {(section) => (
            <li>
              <a href={`#${section.target}`} onClick={(e) => jump(e, section.target)}>
                {t(section.label)}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  )
}
