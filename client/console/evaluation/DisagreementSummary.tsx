// Above the marks: which criteria the assessors disagree on (2 points or more apart), named, so
// the team sees them before the quick-win mark is used.
import { Show } from 'solid-js'
import type { Assessment } from '../api/evaluations'
import { t } from '../../shared/i18n'

export function DisagreementSummary(props: { assessment: Assessment }) {
  const a = () => props.assessment
  const names = () =>
    a()
      .criteria.filter((c) => a().disagreements.includes(c.code))
      .map((c) => t(c.name))
      .join(', ')
  return (
    <Show when={a().disagreements.length > 0}>
      <div class="alert alert-warning disagreements" data-testid="disagreements">
        <p class="alert-title">
          {t({
            id: `Asesor berbeda ${a().disagreementPoints} poin atau lebih pada ${a().disagreements.length} kriteria`,
            en: `Assessors differ by ${a().disagreementPoints} points or more on ${a().disagreements.length} criteria`,
          })}
        </p>
        <p>
          {names()}.{' '}
          {t({
            id: 'Samakan pemahaman kriteria dengan panduan lalu tinjau nilainya.',
            en: 'Agree on how to read these criteria with the guide, then review the marks.',
          })}
        </p>
      </div>
    </Show>
  )
}
