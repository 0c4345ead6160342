// The questionnaire as a whole: its title, introduction and thank-you text in both languages, and
// the sample target (blank: computed from the program's target population).
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { useBuilder } from './builder-context'
import { numberOf } from './number-input'
import { TextPair } from './TextPair'

export function SettingsCard() {
  const { editor } = useBuilder()
  return (
    <section class="card builder-card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t({ id: 'Judul dan pengantar', en: 'Title and introduction' })}</h2>
      <TextPair
        label={{ id: 'Judul kuesioner', en: 'Questionnaire title' }}
        value={editor.draft.title}
        required
        path="title"
        onChange={(title) => editor.edit((d) => (d.title = title))}
      />
      <TextPair
        label={{ id: 'Pengantar', en: 'Introduction' }}
        value={editor.draft.description}
        multiline
        path="description"
        onChange={(text) => editor.edit((d) => (d.description = text))}
      />
      <TextPair
        label={{ id: 'Ucapan terima kasih', en: 'Thank-you text' }}
        value={editor.draft.thankYou}
        multiline
        path="thankYou"
        hint={t({
          id: 'Tampil bersama kode tanda terima setelah jawaban terkirim.',
          en: 'Shown with the receipt code once the answers are sent.',
        })}
        onChange={(text) => editor.edit((d) => (d.thankYou = text))}
      />
      <Field
        label={t({ id: 'Target sampel', en: 'Sample target' })}
        hint={t({
          id: 'Kosongkan agar dihitung dari populasi sasaran program (Krejcie & Morgan).',
          en: "Leave blank to compute it from the program's target population (Krejcie & Morgan).",
        })}
        class="narrow"
      >
        {(c) => (
          <input
            {...c}
            type="number"
            inputmode="numeric"
            min="1"
            step="1"
            value={editor.sampleTarget() ?? ''}
            onInput={(e) => editor.setSampleTarget(numberOf(e.currentTarget) ?? null)}
          />
        )}
      </Field>
    </section>
  )
}
