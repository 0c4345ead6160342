// Live updates of a program's response count: the server-sent events of /analytics/stream, or
// polling /analytics/summary where the stream fails (a proxy that buffers, an old browser).
// Calls `onChange` when the count moves; everything stops when the page is left.
import { createEffect, createSignal, onCleanup } from 'solid-js'
import { fetchSummary, summaryStreamUrl, type Summary } from '../api/analytics'

export type LiveMode = 'connecting' | 'live' | 'polling'

const POLL_MS = 30_000
/** Stream errors in a row (each after the browser's own retry) before falling back to polling. */
const MAX_STREAM_ERRORS = 3

export function useLiveSummary(
  programId: () => string,
  onChange: (summary: Summary, previous: Summary) => void,
) {
  const [mode, setMode] = createSignal<LiveMode>('connecting')
  const [summary, setSummary] = createSignal<Summary>()
  const [checkedAt, setCheckedAt] = createSignal(new Date())

  createEffect(() => {
    const id = programId()
    let source: EventSource | undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    let errors = 0
    let last: Summary | undefined

    const seen = (next: Summary) => {
      if (stopped) return
      setCheckedAt(new Date())
      setSummary(next)
      if (last && next.total !== last.total) onChange(next, last)
      last = next
    }
    const poll = () => {
      setMode('polling')
      const tick = () =>
        fetchSummary(id)
          .then(seen, () => {})
          .finally(() => {
            if (!stopped) timer = setTimeout(tick, POLL_MS)
          })
      void tick()
    }

    if (typeof EventSource === 'undefined') poll()
    else {
      source = new EventSource(summaryStreamUrl(id))
      source.addEventListener('open', () => setMode('live'))
      source.addEventListener('summary', (event) => {
        errors = 0
        setMode('live')
        seen(JSON.parse((event as MessageEvent<string>).data) as Summary)
      })
      source.addEventListener('error', () => {
        if (source!.readyState !== EventSource.CLOSED && ++errors < MAX_STREAM_ERRORS) {
          setMode('connecting')
          return
        }
        source!.close()
        source = undefined
        poll()
      })
    }

    onCleanup(() => {
      stopped = true
      source?.close()
      clearTimeout(timer)
    })
  })

  return { mode, summary, checkedAt, markChecked: () => setCheckedAt(new Date()) }
}
