// The questionnaire, one section per page: title, the privacy notice before the first question,
// progress ("Bagian 2 dari 3"), the section's shown questions, and back / next / send. Each page
// is an entry in the browser's history, so the phone's Back and Forward move between pages (the
// answers stay) instead of leaving the questionnaire.
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js'
import { citizenLanguages } from '../../../server/domain/questionnaire/citizen-texts'
import { lang, setLang, t, type Bilingual } from '../../shared/i18n'
import type { FormPayload } from '../payload'
import { QuestionField, langOf } from '../questions/QuestionField'
import type { ResponseState } from '../response-state'
import { TEXT } from '../texts'
import { Honeypot } from './Honeypot'
import { PageHeader } from './PageHeader'

/** Moves focus to a question's first control and brings it into view. */
function focusQuestion(code: string) {
  const control = document.querySelector<HTMLElement>(
    `#q-${code} input, #q-${code} select, #q-${code} textarea`,
  )
  control?.focus()
  control?.scrollIntoView({ block: 'center' })
}

export function QuestionnairePage(props: {
  payload: FormPayload
  state: ResponseState
  sending: boolean
  notice?: Bilingual
  onSubmit: (website: string) => void
}) {
  const s = props.state
  const def = s.definition
  // English is offered only when every text citizens read has it (no page half in English).
  const english = citizenLanguages(def).includes('en')
  if (!english && lang() === 'en') setLang('id', false)
  const section = () => s.sections()[s.page()]
  const total = () => s.sections().length
  const isLast = () => s.page() >= total() - 1
  const [attempted, setAttempted] = createSignal(false)
  // The summary counts what is marked on the page now: a question that display logic hid takes its
  // message with it, and one that just appeared is not marked before the citizen tries again.
  const problems = () =>
    attempted() ? s.pageProblems(s.page()).filter((code) => s.messageOf(code)) : []
  let heading!: HTMLHeadingElement
  let website!: HTMLInputElement

  function showPage(index: number) {
    s.setPage(index)
    setAttempted(false)
    window.scrollTo(0, 0)
    heading.focus()
  }

  /** Moves to another page as a new history entry (which remembers the page it came from). */
  function goTo(index: number) {
    const from = s.page()
    showPage(index)
    history.pushState({ ...history.state, qwPage: s.page(), qwFrom: from }, '')
  }

  /** "Kembali": the previous entry when it is the previous page, else a new entry for it. */
  function back() {
    const state = history.state as { qwFrom?: unknown } | null
    if (state?.qwFrom === s.page() - 1) history.back()
    else goTo(s.page() - 1)
  }

  // Back and Forward land on an entry of this page: show the page it records.
  const onPopState = (e: PopStateEvent) => {
    const page = (e.state as { qwPage?: unknown } | null)?.qwPage
    if (typeof page === 'number' && page !== s.page()) showPage(page)
  }
  onMount(() => {
    const state = history.state as { qwPage?: unknown } | null
    if (state?.qwPage !== s.page()) history.replaceState({ ...state, qwPage: s.page() }, '')
    window.addEventListener('popstate', onPopState)
  })
  onCleanup(() => window.removeEventListener('popstate', onPopState))

  /** Shows the problems of a page (and goes there); false when there are none. */
  function stopAt(index: number): boolean {
    const codes = s.pageProblems(index)
    if (codes.length === 0) return false
    if (index !== s.page()) goTo(index)
    s.showMessages(codes)
    setAttempted(true)
    focusQuestion(codes[0]!)
    return true
  }

  function onNext(e: SubmitEvent) {
    e.preventDefault()
    if (props.sending || stopAt(s.page())) return
    if (!isLast()) return goTo(s.page() + 1)
    // Answers restored from an earlier visit may leave a problem on another page.
    const earlier = s.sections().findIndex((_, i) => s.pageProblems(i).length > 0)
    if (earlier >= 0 && stopAt(earlier)) return
    props.onSubmit(website.value)
  }

  return (
    <main class="page">
      <PageHeader program={props.payload.program?.name} title={t(def.title)} english={english} />
      <h1 lang={langOf(def.title)}>{t(def.title)}</h1>
      <Show when={s.page() === 0}>
        <Show when={def.description}>
          {(d) => (
            <p class="lead" lang={langOf(d())}>
              {t(d())}
            </p>
          )}
        </Show>
        <section class="notice" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{t(TEXT.privacyTitle)}</h2>
          <p lang={def.privacyNotice ? langOf(def.privacyNotice) : undefined}>
            {t(def.privacyNotice ?? TEXT.privacyDefault)}
          </p>
        </section>
        <p class="q-hint">{t(TEXT.requiredNote)}</p>
      </Show>
      <form class="sheet" novalidate onSubmit={onNext}>
        <Show when={total() > 1}>
          <div class="progress">
            <p>{t(TEXT.sectionOf(s.page() + 1, total()))}</p>
            <div class="progress-bar" aria-hidden="true">
              <span style={{ width: `${((s.page() + 1) / total()) * 100}%` }} />
            </div>
          </div>
        </Show>
        <Show when={section()}>
          {(sec) => (
            <>
              <h2 class="section-title" ref={heading} tabindex="-1" lang={langOf(sec().title)}>
                {t(sec().title)}
              </h2>
              <Show when={sec().description}>{(d) => <p lang={langOf(d())}>{t(d())}</p>}</Show>
              <For each={sec().questions}>
                {(q) => (
                  <Show when={s.visible().has(q.code)}>
                    <QuestionField question={q} state={s} />
                  </Show>
                )}
              </For>
            </>
          )}
        </Show>
        <Honeypot ref={(el) => (website = el)} />
        <Show when={problems().length > 0}>
          <p class="form-alert" role="alert">
            {t(TEXT.fixCount(problems().length))}
          </p>
        </Show>
        <Show when={props.notice}>
          {(notice) => (
            <p class="form-alert" role="alert">
              {t(notice())}
            </p>
          )}
        </Show>
        <div class="nav">
          <Show when={s.page() > 0}>
            <button type="button" class="button button-secondary" onClick={back}>
              {t(TEXT.back)}
            </button>
          </Show>
          <button type="submit" class="button" disabled={props.sending}>
            {t(props.sending ? TEXT.sending : isLast() ? TEXT.submit : TEXT.next)}
          </button>
        </div>
        <p class="q-hint autosaved">{t(TEXT.autosaved)}</p>
      </form>
    </main>
  )
}
