// Keeps keyboard users in place after the list under them changed: focus moves, once the page
// has updated, to a control named by `data-focus` or to the moved item's move button.

/** Focuses the element with `data-focus="key"` after the next render. */
export function focusLater(key: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-focus="${key}"]`)?.focus())
}

/** After a move, focuses the same move button, or the other one when it became disabled. */
export function focusMoveButton(idPrefix: string, by: -1 | 1): void {
  requestAnimationFrame(() => {
    const same = document.getElementById(`${idPrefix}-${by < 0 ? 'up' : 'down'}`)
    const other = document.getElementById(`${idPrefix}-${by < 0 ? 'down' : 'up'}`)
    const target = same && !(same as HTMLButtonElement).disabled ? same : other
    target?.focus()
  })
}
