// Keeps the document title in step with the page and the language.
import { createEffect } from 'solid-js'

const APP = 'Survei Dampak Quick Win'

export function usePageTitle(title: () => string | undefined): void {
  createEffect(() => {
    const page = title()
    document.title = page ? `${page} · ${APP}` : APP
  })
}
