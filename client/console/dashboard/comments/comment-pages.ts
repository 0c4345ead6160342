// The comments list's state: pages fetched newest first with the `before` cursor, a reload when
// the selection (questionnaire and filters), the question or the search changes, and newer
// comments merged on top when responses arrive.
import { createEffect, createSignal, on } from 'solid-js'
import {
  fetchComments,
  type Analytics,
  type CommentPage,
  type DashboardQuery,
} from '../../api/analytics'

export type Comment = CommentPage['items'][number]

const PAGE_SIZE = 10

/** The free-text question the comments show: the one asked for (?text=), or the first. */
export function commentQuestion(analytics: Analytics, code: string | undefined) {
  const questions = analytics.textQuestions
  return questions.find((q) => q.code === code) ?? questions[0]
}

export function useCommentPages(
  source: () => {
    programId: string
    /** The dashboard's selection: questionnaire and filters. */
    filter: DashboardQuery
    question?: string
    search?: string
    refresh: number
  },
) {
  const [items, setItems] = createSignal<Comment[]>([])
  const [next, setNext] = createSignal<number | null>(null)
  const [loading, setLoading] = createSignal(false)
  const [error, setError] = createSignal<unknown>()
  let generation = 0

  const request = (before?: number) => {
    const s = source()
    return fetchComments(s.programId, s.filter, {
      question: s.question,
      q: s.search,
      before,
      limit: PAGE_SIZE,
    })
  }

  const run = async (work: (token: number) => Promise<void>, fresh = false) => {
    const token = fresh ? ++generation : generation
    setLoading(true)
    setError(undefined)
    try {
      await work(token)
    } catch (e) {
      if (token === generation) setError(e)
    } finally {
      if (token === generation) setLoading(false)
    }
  }

  const reload = () =>
    run(async (token) => {
      const page = await request()
      if (token !== generation) return
      setItems(page.items)
      setNext(page.nextBefore)
    }, true)

  const more = () =>
    run(async (token) => {
      const page = await request(next() ?? undefined)
      if (token !== generation) return
      setItems([...items(), ...page.items])
      setNext(page.nextBefore)
    })

  /** New responses: put comments newer than the ones shown on top, keep what was paged in. */
  const mergeNewest = () =>
    run(async (token) => {
      const page = await request()
      if (token !== generation) return
      const shown = new Set(items().map((c) => c.responseId))
      const fresh = page.items.filter((c) => !shown.has(c.responseId))
      if (fresh.length > 0) setItems([...fresh, ...items()])
      if (items().length <= PAGE_SIZE) setNext(page.nextBefore)
    })

  createEffect(
    on(
      () => {
        const s = source()
        return `${s.programId}|${JSON.stringify(s.filter)}|${s.question ?? ''}|${s.search ?? ''}`
      },
      () => void reload(),
    ),
  )
  createEffect(
    on(
      () => source().refresh,
      () => void mergeNewest(),
      { defer: true },
    ),
  )

  return { items, next, loading, error, more }
}
