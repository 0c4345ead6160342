// The draft as a citizen sees it, built from the citizen form's own parts (QuestionField, texts,
// response state with its display logic and validation); every section is stacked on one page so
// the whole questionnaire can be tried at once. Answers stay on this device only.
import { createMemo, createSignal, For, Show } from 'solid-js'
import {
  citizenLanguages,
  privacyNoticeOf,
  type Definition,
  type NoticeContext,
} from '../../../server/domain/questionnaire'
import { QuestionField, langOf } from '../../form/questions/QuestionField'
import { createResponseState } from '../../form/response-state'
import { TEXT } from '../../form/texts'
import { t } from '../../shared/i18n'
import { LanguageSwitch } from '../../shared/LanguageSwitch'

export function PreviewSheet(props: {
  definition: Definition
  programName?: string
  /** Whom the default privacy notice names. */
  notice: NoticeContext
  /** Where the preview keeps its answers between edits (the form's draft storage). */
  storageKey: string
  /** Bumped to start again with no answers. */
  generation: number
}) {
  const state = createMemo(() => {
    void props.generation
    return createResponseState(props.definition, props.storageKey, 0)
  })
  const [tried, setTried] = createSignal(false)
  const problems = () => {
    const result = state().validation()
    return tried() && !result.ok ? result.issues.length : 0
  }
  const trySend = () => {
    const s = state()
    s.showMessages([...s.visible()])
    setTried(true)
  }
  const def = () => props.definition
  // No landmarks (header, main) in the frame: the preview is one part of the builder's page, and
  // a second banner or main would be announced as the page's own.
  return (
    <div class="page">
      <div class="top">
        <p class="top-program">{props.programName}</p>
        <LanguageSwitch class="language" />
      </div>
      <Show when={!citizenLanguages(def()).includes('en')}>
        <p class="q-hint preview-language">
          {t({
            id: 'Warga hanya ditawari Bahasa Indonesia sampai semua teks punya terjemahan Inggris.',
            en: 'Citizens are offered Indonesian only until every text has an English version.',
          })}
        </p>
      </Show>
      <h1 lang={langOf(def().title)}>{t(def().title)}</h1>
      <Show when={def().description}>
        {(d) => (
          <p class="lead" lang={langOf(d())}>
            {t(d())}
          </p>
        )}
      </Show>
      <section class="notice">
        <h2>{t(TEXT.privacyTitle)}</h2>
        <p>{t(privacyNoticeOf(def(), props.notice))}</p>
      </section>
      <p class="q-hint">{t(TEXT.requiredNote)}</p>
      <For each={state().sections()}>
        {(section, i) => (
          <div class="sheet">
            <Show when={state().sections().length > 1}>
              <div class="progress">
                <p>{t(TEXT.sectionOf(i() + 1, state().sections().length))}</p>
              </div>
            </Show>
            <h2 class="section-title" lang={langOf(section.title)}>
              {t(section.title)}
            </h2>
            <Show when={section.description}>{(d) => <p lang={langOf(d())}>{t(d())}</p>}</Show>
            <For each={section.questions}>
              {(q) => (
                <Show when={state().visible().has(q.code)}>
                  <QuestionField question={q} state={state()} />
                </Show>
              )}
            </For>
          </div>
        )}
      </For>
      <Show when={problems() > 0}>
        <p class="form-alert" role="alert">
          {t(TEXT.fixCount(problems()))}
        </p>
      </Show>
      <div class="nav">
        <button type="button" class="button" onClick={trySend}>
          {t(TEXT.submit)}
        </button>
      </div>
    </div>
  )
}
