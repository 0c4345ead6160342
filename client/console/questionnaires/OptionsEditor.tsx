// The answer options of a choice or profile question: value (what answers store) and labels in
// both languages; add, remove and reorder from the keyboard.
import { For, Show } from 'solid-js'
import type { Option } from '../../../server/domain/questionnaire'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { useFieldError } from './builder-context'
import { focusLater, focusMoveButton } from './focus-later'
import { ReorderButtons } from './ReorderButtons'
import { TextPair } from './TextPair'

function freshValue(options: readonly Option[]): string {
  let n = options.length + 1
  while (options.some((o) => o.value === `opsi-${n}`)) n++
  return `opsi-${n}`
}

export function OptionsEditor(props: {
  options: Option[]
  path: string
  idPrefix: string
  change: (edit: (options: Option[]) => void) => void
}) {
  const errorAt = useFieldError()
  const move = (i: number, by: -1 | 1) => {
    props.change((options) => options.splice(i + by, 0, ...options.splice(i, 1)))
    focusMoveButton(`${props.idPrefix}-o${i + by}`, by)
  }
  const add = () => {
    props.change(
      (options) => void options.push({ value: freshValue(options), label: { id: '', en: '' } }),
    )
    focusLater(`${props.idPrefix}-o${props.options.length - 1}-value`)
  }
  return (
    <fieldset class="subfields" data-path={`${props.path}.options`}>
      <legend>{t({ id: 'Pilihan jawaban', en: 'Answer options' })}</legend>
      <Show when={errorAt(`${props.path}.options`)}>
        {(error) => <p class="field-error">{error()}</p>}
      </Show>
      <ol class="option-list">
        <For each={props.options}>
          {(option, i) => (
            <li class="option-row">
              <Field
                label={t({ id: `Nilai ${i() + 1}`, en: `Value ${i() + 1}` })}
                hint={
                  i() === 0
                    ? t({
                        id: 'Disimpan sebagai jawaban; huruf kecil, tanpa spasi.',
                        en: 'Stored as the answer; lowercase, no spaces.',
                      })
                    : undefined
                }
                error={errorAt(`${props.path}.options.${i()}.value`)}
              >
                {(c) => (
                  <input
                    {...c}
                    data-focus={`${props.idPrefix}-o${i()}-value`}
                    type="text"
                    class="code-input"
                    value={option.value}
                    onInput={(e) => props.change((o) => (o[i()].value = e.currentTarget.value))}
                  />
                )}
              </Field>
              <TextPair
                label={{ id: `Label ${i() + 1}`, en: `Label ${i() + 1}` }}
                value={option.label}
                required
                path={`${props.path}.options.${i()}.label`}
                onChange={(label) => props.change((o) => (o[i()].label = label))}
              />
              <ReorderButtons
                name={t({ id: `pilihan ${i() + 1}`, en: `option ${i() + 1}` })}
                idPrefix={`${props.idPrefix}-o${i()}`}
                canUp={i() > 0}
                canDown={i() < props.options.length - 1}
                onMove={(by) => move(i(), by)}
                onRemove={() => props.change((o) => void o.splice(i(), 1))}
              />
            </li>
          )}
        </For>
      </ol>
      <button type="button" class="button button-secondary button-small" onClick={add}>
        {t({ id: '+ Tambah pilihan', en: '+ Add an option' })}
      </button>
    </fieldset>
  )
}
