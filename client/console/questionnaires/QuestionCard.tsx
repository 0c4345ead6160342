// One question in the builder's list: a summary line (code, text, type, flags, problems) with
// move, duplicate and remove buttons, and the full editor when opened.
import { createEffect, createSignal, Show } from 'solid-js'
import type { Question } from '../../../server/domain/questionnaire'
import { lang, t } from '../../shared/i18n'
import { useBuilder } from './builder-context'
import { describeCondition } from './condition-text'
import { IconChevron } from './icons'
import { duplicateQuestion, moveQuestion } from './draft-operations'
import { focusLater, focusMoveButton } from './focus-later'
import { questionPath } from './issue-index'
import { TYPE_LABELS } from './question-types'
import { QuestionEditor } from './QuestionEditor'
import { ReorderButtons } from './ReorderButtons'

export function QuestionCard(props: {
  question: Question
  section: number
  index: number
  /** Position in the whole questionnaire (0-based), for "can move" and earlier questions. */
  position: number
  total: number
  earlier: Question[]
  startOpen?: boolean
}) {
  const { editor, announce, revealed } = useBuilder()
  const [open, setOpen] = createSignal(props.startOpen ?? false)
  createEffect(() => {
    const target = revealed()
    if (target === path() || target?.startsWith(`${path()}.`)) setOpen(true)
  })
  const q = () => props.question
  const path = () => questionPath(props.section, props.index)
  const idPrefix = () => `q-${props.section}-${props.index}`
  const problems = () => editor.issues().under(path()).length
  const name = () => t({ id: `pertanyaan ${q().code}`, en: `question ${q().code}` })
  const change = (edit: (q: Question) => void) =>
    editor.edit((d) => edit(d.sections[props.section].questions[props.index]))

  const move = (by: -1 | 1) => {
    let to = { section: props.section, index: props.index }
    editor.edit((d) => (to = moveQuestion(d, props.section, props.index, by)))
    focusMoveButton(`q-${to.section}-${to.index}`, by)
    announce(
      t({
        id: `${q().code} dipindahkan ke bagian ${to.section + 1}, posisi ${to.index + 1}.`,
        en: `${q().code} moved to section ${to.section + 1}, position ${to.index + 1}.`,
      }),
    )
  }
  const duplicate = () => {
    let code = ''
    editor.edit((d) => (code = duplicateQuestion(d, props.section, props.index).code))
    announce(t({ id: `Salinan ${code} ditambahkan.`, en: `Copy ${code} added.` }))
    focusLater(`q-${props.section}-${props.index + 1}-toggle`)
  }
  const remove = () => {
    const code = q().code
    editor.removeQuestion(props.section, props.index)
    announce(t({ id: `Pertanyaan ${code} dihapus.`, en: `Question ${code} removed.` }))
    focusLater('undo-remove')
  }

  return (
    <li class="question-card" classList={{ 'has-problems': problems() > 0, open: open() }}>
      <div class="question-summary">
        <button
          type="button"
          class="question-toggle"
          data-focus={`${idPrefix()}-toggle`}
          data-path={path()}
          aria-expanded={open()}
          aria-controls={`${idPrefix()}-editor`}
          onClick={() => setOpen(!open())}
        >
          <span class="question-code">
            <span class="chevron">
              <IconChevron />
            </span>
            {q().code}
          </span>
          <span class="question-text" lang={lang() === 'en' && !q().text.en ? 'id' : undefined}>
            {t(q().text) || t({ id: '(teks belum diisi)', en: '(no text yet)' })}
          </span>
          <span class="question-meta">
            {t(TYPE_LABELS[q().type])}
            {' · '}
            {q().required
              ? t({ id: 'wajib', en: 'required' })
              : t({ id: 'opsional', en: 'optional' })}
            <Show when={q().personal}>
              {' · '}
              {t({ id: 'data pribadi', en: 'personal' })}
            </Show>
            <Show when={q().score}>
              {' · '}
              {t({ id: 'skor', en: 'scored' })}: {q().score!.criterion}
            </Show>
          </span>
          <Show when={q().showIf}>
            {(c) => (
              <span class="question-meta">
                {t({ id: 'Tampil jika ', en: 'Shown if ' })}
                {describeCondition(c(), props.earlier)}
              </span>
            )}
          </Show>
          <Show when={problems() > 0}>
            <span class="badge badge-problem">
              {t({
                id: `${problems()} masalah`,
                en: `${problems()} problem${problems() === 1 ? '' : 's'}`,
              })}
            </span>
          </Show>
        </button>
        <ReorderButtons
          name={name()}
          idPrefix={idPrefix()}
          canUp={props.position > 0}
          canDown={props.position < props.total - 1}
          onMove={move}
          onDuplicate={duplicate}
          onRemove={remove}
        />
      </div>
      <Show when={open()}>
        <div id={`${idPrefix()}-editor`} class="question-body">
          <QuestionEditor
            question={q()}
            path={path()}
            idPrefix={idPrefix()}
            earlier={props.earlier}
            change={change}
          />
        </div>
      </Show>
    </li>
  )
}
