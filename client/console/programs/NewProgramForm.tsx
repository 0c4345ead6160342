// The admin's form for a new program, in a card under the page heading.
import { useAction } from '@solidjs/router'
import { createProgram, type Program } from '../api/programs'
import { t } from '../../shared/i18n'
import { ProgramForm } from './ProgramForm'
import { programInputOf, type ProgramFormValues } from './program-form-values'

export function NewProgramForm(props: {
  onCreated: (program: Program) => void
  onCancel: () => void
}) {
  const create = useAction(createProgram)
  const onSubmit = async (values: ProgramFormValues) => {
    props.onCreated(await create(programInputOf(values)))
  }
  return (
    <section id="new-program" class="card panel" aria-labelledby="new-program-title">
      <h2 id="new-program-title">{t({ id: 'Program baru', en: 'New program' })}</h2>
      <ProgramForm
        submitLabel={t({ id: 'Simpan program', en: 'Save program' })}
        onSubmit={onSubmit}
        onCancel={props.onCancel}
      />
    </section>
  )
}
