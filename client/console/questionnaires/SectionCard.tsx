// One section of the draft: its title (and optional description) in both languages, its
// questions in order, and buttons to add a question or move, duplicate and remove the section.
import { allQuestions, type Section } from '../../../server/domain/questionnaire'
import { batch, createSignal, For } from 'solid-js'
import { t } from '../../shared/i18n'
import { useBuilder } from './builder-context'
import { addQuestion, duplicateSection, moveSection } from './draft-operations'
import { focusLater, focusMoveButton } from './focus-later'
import { QuestionCard } from './QuestionCard'
import { ReorderButtons } from './ReorderButtons'
import { TextPair } from './TextPair'

export function SectionCard(props: { section: Section; index: number; count: number }) {
  const { editor, announce } = useBuilder()
  const [added, setAdded] = createSignal<string>()
  const path = () => `sections.${props.index}`
  const all = () => allQuestions(editor.draft)
  const offset = () =>
    editor.draft.sections.slice(0, props.index).reduce((n, s) => n + s.questions.length, 0)
  const number = () => props.index + 1
  const titleText = () => t(props.section.title) || t({ id: '(tanpa judul)', en: '(untitled)' })

  const add = () => {
    let code = ''
    // In one batch, so the new card is created already knowing it was just added (open).
    batch(() => {
      editor.edit((d) => (code = addQuestion(d, props.index).code))
      setAdded(code)
    })
    focusLater(`q-${props.index}-${props.section.questions.length - 1}-text`)
    announce(t({ id: `Pertanyaan ${code} ditambahkan.`, en: `Question ${code} added.` }))
  }
  const move = (by: -1 | 1) => {
    let to = props.index
    editor.edit((d) => (to = moveSection(d, props.index, by)))
    focusMoveButton(`s-${to}`, by)
    announce(
      t({
        id: `Bagian dipindahkan ke posisi ${to + 1}.`,
        en: `Section moved to position ${to + 1}.`,
      }),
    )
  }
  const remove = () => {
    editor.removeSection(props.index)
    announce(t({ id: `Bagian ${number()} dihapus.`, en: `Section ${number()} removed.` }))
    focusLater('undo-remove')
  }

  return (
    <section class="card builder-section" aria-labelledby={`s-${props.index}-title`}>
      <div class="section-head">
        <h2 id={`s-${props.index}-title`}>
          {t({ id: `Bagian ${number()}`, en: `Section ${number()}` })}: {titleText()}
        </h2>
        <ReorderButtons
          name={t({ id: `bagian ${number()}`, en: `section ${number()}` })}
          idPrefix={`s-${props.index}`}
          canUp={props.index > 0}
          canDown={props.index < props.count - 1}
          onMove={move}
          onDuplicate={() => {
            editor.edit((d) => duplicateSection(d, props.index))
            announce(t({ id: 'Salinan bagian ditambahkan.', en: 'Copy of the section added.' }))
          }}
          onRemove={remove}
        />
      </div>
      <TextPair
        label={{ id: 'Judul bagian', en: 'Section title' }}
        value={props.section.title}
        required
        path={`${path()}.title`}
        onChange={(title) => editor.edit((d) => (d.sections[props.index].title = title))}
      />
      <details class="more" open={!!props.section.description}>
        <summary>
          {t({ id: 'Deskripsi bagian (opsional)', en: 'Section description (optional)' })}
        </summary>
        <TextPair
          label={{ id: 'Deskripsi bagian', en: 'Section description' }}
          value={props.section.description}
          multiline
          path={`${path()}.description`}
          onChange={(text) => editor.edit((d) => (d.sections[props.index].description = text))}
        />
      </details>
      <ol
        class="question-list"
        aria-label={t({
          id: `Pertanyaan bagian ${number()}`,
          en: `Questions of section ${number()}`,
        })}
      >
        <For each={props.section.questions}>
          {(question, i) => (
            <QuestionCard
              question={question}
              section={props.index}
              index={i()}
              position={offset() + i()}
              total={all().length}
              earlier={all().slice(0, offset() + i())}
              startOpen={question.code === added()}
            />
          )}
        </For>
      </ol>
      <button type="button" class="button button-secondary" onClick={add}>
        {t({ id: '+ Tambah pertanyaan', en: '+ Add a question' })}
      </button>
    </section>
  )
}
