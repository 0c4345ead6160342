// A bilingual text as two inputs, Indonesian first (required where the definition needs it) and
// English optional, each showing the problems of its own path.
import { mergeProps, Show } from 'solid-js'
import { Field, type FieldControlProps } from '../../shared/Field'
import { t, type Bilingual } from '../../shared/i18n'
import { useBuilder, useFieldError } from './builder-context'

type Text = { id: string; en?: string }

export function TextPair(props: {
  label: Bilingual
  value: Text | undefined
  onChange: (next: Text) => void
  /** Path of the text in the definition, e.g. `sections.0.questions.1.text`. */
  path: string
  required?: boolean
  multiline?: boolean
  hint?: string
  /** `data-focus` key of the Indonesian input, to focus it from elsewhere. */
  focusKey?: string
}) {
  const errorAt = useFieldError()
  const { editor } = useBuilder()
  const set = (lang: 'id' | 'en', value: string) => {
    editor.touch(props.path)
    props.onChange({ id: props.value?.id ?? '', en: props.value?.en ?? '', [lang]: value })
  }
  const control = (lang: 'id' | 'en') => (field: FieldControlProps) => {
    // mergeProps keeps the field's getters (aria-invalid, ...) reactive; a spread would not.
    const c = mergeProps(field, {
      'data-focus': lang === 'id' ? props.focusKey : undefined,
      'data-path': `${props.path}.${lang}`,
    })
    return (
      <Show
        when={props.multiline}
        fallback={
          <input
            {...c}
            type="text"
            lang={lang}
            value={props.value?.[lang] ?? ''}
            onInput={(e) => set(lang, e.currentTarget.value)}
          />
        }
      >
        <textarea
          {...c}
          rows="2"
          lang={lang}
          value={props.value?.[lang] ?? ''}
          onInput={(e) => set(lang, e.currentTarget.value)}
        />
      </Show>
    )
  }
  return (
    <div class="text-pair" onFocusOut={() => editor.touch(props.path)}>
      <Field
        label={`${t(props.label)} (${t({ id: 'Indonesia', en: 'Indonesian' })})`}
        required={props.required}
        hint={props.hint}
        error={errorAt(`${props.path}.id`) ?? errorAt(props.path)}
      >
        {control('id')}
      </Field>
      <Field
        label={`${t(props.label)} (${t({ id: 'Inggris', en: 'English' })})`}
        error={errorAt(`${props.path}.en`)}
      >
        {control('en')}
      </Field>
    </div>
  )
}
