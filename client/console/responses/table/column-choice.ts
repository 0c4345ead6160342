// Which columns the table shows: the owner's earlier choice for this questionnaire (or program)
// when there is one, else the defaults; each change is remembered at once.
import { createEffect, createSignal, on } from 'solid-js'
import { defaultColumns, storeColumns, storedColumns, type Column } from './columns'

export function useColumnChoice(scope: () => string, columns: () => readonly Column[]) {
  const [chosen, setChosen] = createSignal<string[] | undefined>()
  createEffect(on(scope, (s) => setChosen(storedColumns(s))))
  const keys = () => chosen() ?? defaultColumns(columns())
  const isShown = (column: Column) => column.fixed === true || keys().includes(column.key)

  return {
    visible: () => columns().filter(isShown),
    isShown,
    customised: () => chosen() !== undefined,
    toggle(key: string, shown: boolean) {
      const next = new Set(keys())
      if (shown) next.add(key)
      else next.delete(key)
      // Kept in the columns' order, so the table reads the same whatever the clicks' order.
      const list = columns()
        .map((c) => c.key)
        .filter((k) => next.has(k))
      setChosen(list)
      storeColumns(scope(), list)
    },
    reset() {
      setChosen(undefined)
      storeColumns(scope(), undefined)
    },
  }
}
