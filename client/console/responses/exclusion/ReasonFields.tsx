// The reason of an exclusion: radio buttons for the usual ones and a note, required when the
// reason is "other".
import { createUniqueId, For } from 'solid-js'
import { Field } from '../../../shared/Field'
import { t } from '../../../shared/i18n'
import { REASON_MAX, REASON_PRESETS, type ReasonState } from './reason'

export function ReasonFields(props: { reason: ReasonState }) {
  const name = createUniqueId()
  const other = () => props.reason.preset() === 'other'
  return (
    <div class="reason-fields">
      <fieldset class="choice-group">
        <legend>{t({ id: 'Alasan', en: 'Reason' })}</legend>
        <For each={REASON_PRESETS}>
          {(preset) => (
            <label class="choice">
              <input
                type="radio"
                name={name}
                value={preset.value}
                checked={props.reason.preset() === preset.value}
                onChange={() => props.reason.setPreset(preset.value)}
              />{' '}
              {t(preset.label)}
            </label>
          )}
        </For>
      </fieldset>
      <Field
        label={
          other()
            ? t({ id: 'Alasan lainnya', en: 'Other reason' })
            : t({ id: 'Catatan (boleh kosong)', en: 'Note (optional)' })
        }
        required={other()}
        error={
          props.reason.missing()
            ? t({ id: 'Tulis alasannya.', en: 'Write the reason.' })
            : undefined
        }
      >
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={REASON_MAX - 20}
            value={props.reason.note()}
            onInput={(e) => props.reason.setNote(e.currentTarget.value)}
          />
        )}
      </Field>
    </div>
  )
}
