// What the dashboard shows when its data could not be loaded, e.g. a shared link whose filter
// names a segment the program no longer has: the problem, "clear filters" and "try again".
import { useLocation } from '@solidjs/router'
import { createEffect, on } from 'solid-js'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'

export function DashboardProblem(props: {
  error: unknown
  reset: () => void
  onClear: () => void
}) {
  const location = useLocation()
  createEffect(
    on(
      () => location.search,
      () => props.reset(),
      { defer: true },
    ),
  )
  return (
    <div class="dashboard-problem">
      <ProblemAlert error={props.error} />
      <p class="actions">
        <button type="button" class="button" onClick={() => props.reset()}>
          {t({ id: 'Coba lagi', en: 'Try again' })}
        </button>
        <button type="button" class="button button-secondary" onClick={() => props.onClear()}>
          {t({ id: 'Hapus saringan', en: 'Clear filters' })}
        </button>
      </p>
    </div>
  )
}
