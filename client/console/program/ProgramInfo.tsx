// The "Informasi" tab: every field of the program, and the edit form for an admin or an owner of
// the program's agency (PATCH /api/programs/:id).
import { createAsync, useAction, useParams } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { getProgram, updateProgram } from '../api/programs'
import { t } from '../../shared/i18n'
import { useCurrentUser } from '../shell/current-user'
import { ProgramForm } from '../programs/ProgramForm'
import { programChangesOf, type ProgramFormValues } from '../programs/program-form-values'
import { canManageProgram } from './can-manage'
import { ProgramFacts } from './ProgramFacts'

export default function ProgramInfo() {
  const params = useParams<{ id: string }>()
  const user = useCurrentUser()
  const program = createAsync(() => getProgram(params.id))
  const update = useAction(updateProgram)
  const [editing, setEditing] = createSignal(false)
  const [saved, setSaved] = createSignal(false)
  const canEdit = () => canManageProgram(user(), program())
  let editButton: HTMLButtonElement | undefined

  const onSubmit = async (values: ProgramFormValues) => {
    const changes = programChangesOf(program()!, values)
    if (Object.keys(changes).length > 0) await update(params.id, changes)
    setEditing(false)
    setSaved(true)
    queueMicrotask(() => editButton?.focus())
  }

  return (
    <Show when={program()}>
      {(p) => (
        <section aria-labelledby="program-info-title">
          <div class="section-head">
            <h2 id="program-info-title">
              {t({ id: 'Informasi program', en: 'Program information' })}
            </h2>
            <Show when={canEdit() && !editing()}>
              <button
                type="button"
                class="button button-secondary"
                ref={editButton}
                onClick={() => {
                  setSaved(false)
                  setEditing(true)
                }}
              >
                {t({ id: 'Ubah program', en: 'Edit program' })}
              </button>
            </Show>
          </div>
          <div role="status" class="status-slot">
            <Show when={saved()}>
              <p class="alert alert-success">
                {t({ id: 'Perubahan disimpan.', en: 'Changes saved.' })}
              </p>
            </Show>
          </div>
          <Show when={editing()} fallback={<ProgramFacts program={p()} />}>
            <div class="card">
              <ProgramForm
                program={p()}
                submitLabel={t({ id: 'Simpan perubahan', en: 'Save changes' })}
                onSubmit={onSubmit}
                onCancel={() => setEditing(false)}
              />
            </div>
          </Show>
        </section>
      )}
    </Show>
  )
}
