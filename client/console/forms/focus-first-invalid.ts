// After a refused submit, moves focus to the first field marked invalid so keyboard and screen
// reader users land on what needs fixing.
export function focusFirstInvalid(form: HTMLFormElement | undefined): void {
  queueMicrotask(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]')
    field?.focus()
  })
}
