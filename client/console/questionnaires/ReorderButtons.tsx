// Move up / move down / duplicate / remove for one item of a list, as labelled buttons that work
// from the keyboard; the item's name goes into each accessible name.
import { Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { IconDown, IconDuplicate, IconRemove, IconUp } from './icons'

export function ReorderButtons(props: {
  /** How the item is named to screen readers, e.g. "pertanyaan Q2". */
  name: string
  canUp: boolean
  canDown: boolean
  onMove: (by: -1 | 1) => void
  onDuplicate?: () => void
  onRemove: () => void
  /** Prefix of the buttons' ids, so focus can return to a button after a move. */
  idPrefix: string
}) {
  return (
    <div class="item-actions">
      <button
        type="button"
        class="icon-button"
        id={`${props.idPrefix}-up`}
        disabled={!props.canUp}
        aria-label={t({ id: `Pindahkan ${props.name} ke atas`, en: `Move ${props.name} up` })}
        title={t({ id: 'Ke atas', en: 'Up' })}
        onClick={() => props.onMove(-1)}
      >
        <IconUp />
      </button>
      <button
        type="button"
        class="icon-button"
        id={`${props.idPrefix}-down`}
        disabled={!props.canDown}
        aria-label={t({ id: `Pindahkan ${props.name} ke bawah`, en: `Move ${props.name} down` })}
        title={t({ id: 'Ke bawah', en: 'Down' })}
        onClick={() => props.onMove(1)}
      >
        <IconDown />
      </button>
      <Show when={props.onDuplicate}>
        <button
          type="button"
          class="icon-button"
          aria-label={t({ id: `Gandakan ${props.name}`, en: `Duplicate ${props.name}` })}
          title={t({ id: 'Gandakan', en: 'Duplicate' })}
          onClick={() => props.onDuplicate?.()}
        >
          <IconDuplicate />
        </button>
      </Show>
      <button
        type="button"
        class="icon-button icon-danger"
        aria-label={t({ id: `Hapus ${props.name}`, en: `Remove ${props.name}` })}
        title={t({ id: 'Hapus', en: 'Remove' })}
        onClick={() => props.onRemove()}
      >
        <IconRemove />
      </button>
    </div>
  )
}
