// The response table's pages: the first page when the source or the query changes, the next
// page appended on "load more" with the previous page's cursor (keyset paging, newest first), and
// a reload on demand (after a bulk exclusion). A late answer for an older query is dropped.
import { createEffect, createSignal, on } from 'solid-js'
import {
  fetchResponsePage,
  type ResponseItem,
  type ResponseQuery,
  type ResponseSource,
} from '../../api/responses'

export const PAGE_SIZE = 50

export function useResponsePages(source: () => { from: ResponseSource; query: ResponseQuery }) {
  const [items, setItems] = createSignal<ResponseItem[]>([])
  const [next, setNext] = createSignal<string | null>(null)
  const [loading, setLoading] = createSignal(true)
  const [error, setError] = createSignal<unknown>()
  let generation = 0

  const load = async (after: string | undefined, fresh: boolean) => {
    const token = fresh ? ++generation : generation
    const { from, query } = source()
    setLoading(true)
    setError(undefined)
    try {
      const page = await fetchResponsePage(from, {
        ...query,
        limit: String(PAGE_SIZE),
        ...(after ? { after } : {}),
      })
      if (token !== generation) return
      setItems(fresh ? page.items : [...items(), ...page.items])
      setNext(page.next)
    } catch (e) {
      if (token === generation) setError(e)
    } finally {
      if (token === generation) setLoading(false)
    }
  }

  createEffect(
    on(
      () => JSON.stringify(source()),
      () => void load(undefined, true),
    ),
  )

  return {
    items,
    next,
    loading,
    error,
    more: () => load(next() ?? undefined, false),
    reload: () => load(undefined, true),
  }
}
