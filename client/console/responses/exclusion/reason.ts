// The reason an exclusion records: a preset (a test response, spam, a duplicate) or another
// reason in words, with an optional note. Stored as one text in Indonesian ("Duplikat: sama
// dengan K7QM2XPA"), the language of the audit trail the city's staff read.
import { createSignal } from 'solid-js'

export const REASON_PRESETS = [
  { value: 'test', label: { id: 'Uji coba', en: 'Test' } },
  { value: 'spam', label: { id: 'Spam', en: 'Spam' } },
  { value: 'duplicate', label: { id: 'Duplikat', en: 'Duplicate' } },
  { value: 'other', label: { id: 'Lainnya', en: 'Other' } },
] as const

export type ReasonPreset = (typeof REASON_PRESETS)[number]['value']

/** At most what the API takes. */
export const REASON_MAX = 500

export function createReason() {
  const [preset, setPreset] = createSignal<ReasonPreset>('test')
  const [note, setNote] = createSignal('')
  const [checked, setChecked] = createSignal(false)
  /** The reason's text, or undefined when "other" has no words yet. */
  const text = () => {
    const words = note().trim()
    if (preset() === 'other') return words || undefined
    const label = REASON_PRESETS.find((p) => p.value === preset())!.label.id
    return (words ? `${label}: ${words}` : label).slice(0, REASON_MAX)
  }
  return {
    preset,
    setPreset,
    note,
    setNote,
    text,
    /** The text to send, or undefined after marking the note as missing. */
    take() {
      setChecked(true)
      return text()
    },
    /** Whether a submit found no reason (shown until one is written). */
    missing: () => checked() && !text(),
  }
}

export type ReasonState = ReturnType<typeof createReason>
