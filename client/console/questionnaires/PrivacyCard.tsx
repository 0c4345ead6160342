// The privacy notice citizens read before the first question (UU PDP), in both languages: the
// default by the rule (nothing personal is asked, or what the personal questions collect, why,
// for how long and whom to contact), shown as it will read, or the owner's own text. A notice that
// still says nothing personal is asked while a question is marked personal blocks publishing, and
// says so here.
import { For, Show } from 'solid-js'
import {
  defaultPrivacyNotice,
  noticeDeniesPersonalData,
  personalQuestions,
  privacyNoticeOf,
} from '../../../server/domain/questionnaire'
import { t } from '../../shared/i18n'
import { messageText } from '../../shared/message-text'
import { useBuilder } from './builder-context'
import { TextPair } from './TextPair'

export function PrivacyCard() {
  const { editor, notice } = useBuilder()
  const draft = () => editor.body().draft
  const own = () => editor.draft.privacyNotice !== undefined
  const personal = () => personalQuestions(draft())
  const byRule = () => defaultPrivacyNotice(draft(), notice())
  const denies = () =>
    personal().length > 0 && noticeDeniesPersonalData(privacyNoticeOf(draft(), notice()))
  const choose = (mine: boolean) =>
    editor.edit((d) => {
      if (mine) d.privacyNotice = { ...byRule() }
      else delete d.privacyNotice
    })
  return (
    <section class="card builder-card privacy-card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t({ id: 'Pemberitahuan privasi', en: 'Privacy notice' })}</h2>
      <p class="field-hint">
        <Show
          when={personal().length > 0}
          fallback={t({
            id: 'Tidak ada pertanyaan yang ditandai data pribadi.',
            en: 'No question is marked personal.',
          })}
        >
          {t({
            id: `Pertanyaan data pribadi: ${personal()
              .map((q) => q.code)
              .join(', ')}.`,
            en: `Questions marked personal: ${personal()
              .map((q) => q.code)
              .join(', ')}.`,
          })}
        </Show>
      </p>
      <fieldset class="notice-choice">
        <legend class="visually-hidden">
          {t({ id: 'Teks pemberitahuan', en: 'Text of the notice' })}
        </legend>
        <label class="check">
          <input type="radio" name="notice-kind" checked={!own()} onChange={() => choose(false)} />
          {t({
            id: 'Teks bawaan, menyesuaikan pertanyaan data pribadi',
            en: 'The default text, following the questions marked personal',
          })}
        </label>
        <label class="check">
          <input type="radio" name="notice-kind" checked={own()} onChange={() => choose(true)} />
          {t({ id: 'Teks sendiri', en: 'Our own text' })}
        </label>
      </fieldset>
      <Show
        when={own()}
        fallback={
          <div class="notice-preview" data-path="privacyNotice">
            <For each={['id', 'en'] as const}>
              {(language) => (
                <blockquote lang={language}>
                  <p>{byRule()[language]}</p>
                </blockquote>
              )}
            </For>
          </div>
        }
      >
        <TextPair
          label={{ id: 'Pemberitahuan privasi', en: 'Privacy notice' }}
          value={editor.draft.privacyNotice}
          required
          multiline
          path="privacyNotice"
          hint={t({
            id: 'Sebutkan data apa yang diminta, untuk apa, berapa lama disimpan, dan siapa yang dihubungi.',
            en: 'Say what is collected, why, how long it is kept and whom to contact.',
          })}
          onChange={(text) => editor.edit((d) => (d.privacyNotice = text))}
        />
      </Show>
      <Show when={denies()}>
        <p class="field-error" role="alert">
          {messageText({
            code: 'privacy.denies-personal',
            params: {
              questions: personal()
                .map((q) => q.code)
                .join(', '),
            },
          })}
        </p>
      </Show>
    </section>
  )
}
