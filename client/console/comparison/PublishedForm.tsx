// Records the published smart-city figure of a year from an official source (index, the source
// and its date, a note): shown beside the computed evaluation, never recomputed.
import { createSignal, Show } from 'solid-js'
import { recordPublished } from '../api/comparison'
import { t } from '../../shared/i18n'
import { parseDecimal } from '../evaluation/score-format'
import { problemText } from '../../shared/problem-text'

export function PublishedForm(props: { regionId: string }) {
  const [year, setYear] = createSignal(String(new Date().getFullYear() - 1))
  const [index, setIndex] = createSignal('')
  const [source, setSource] = createSignal('')
  const [date, setDate] = createSignal('')
  const [note, setNote] = createSignal('')
  const [problem, setProblem] = createSignal<string | null>(null)
  const [saved, setSaved] = createSignal<string | null>(null)
  const submit = async (e: SubmitEvent) => {
    e.preventDefault()
    setSaved(null)
    const value = parseDecimal(index())
    if (value === null || value < 0 || value > 5)
      return setProblem(t({ id: 'Indeks berupa angka 0 sampai 5.', en: 'The index is 0 to 5.' }))
    try {
      await recordPublished(props.regionId, year(), {
        index: value,
        source: source(),
        publishedAt: date(),
        ...(note().trim() ? { note: note() } : {}),
      })
      setProblem(null)
      setSaved(
        t({ id: `Angka terbit ${year()} tersimpan.`, en: `Published ${year()} figure saved.` }),
      )
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  return (
    <details class="card published-form">
      <summary>{t({ id: 'Catat angka terbit', en: 'Record a published figure' })}</summary>
      <form class="form-grid" onSubmit={submit}>
        <label>
          {t({ id: 'Tahun', en: 'Year' })}
          <input
            inputmode="numeric"
            value={year()}
            onInput={(e) => setYear(e.currentTarget.value)}
          />
        </label>
        <label>
          {t({ id: 'Indeks (0-5)', en: 'Index (0-5)' })}
          <input
            inputmode="decimal"
            value={index()}
            onInput={(e) => setIndex(e.currentTarget.value)}
          />
        </label>
        <label>
          {t({ id: 'Sumber', en: 'Source' })}
          <input value={source()} onInput={(e) => setSource(e.currentTarget.value)} />
        </label>
        <label>
          {t({ id: 'Tanggal sumber', en: 'Date of the source' })}
          <input type="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        <label>
          {t({ id: 'Catatan', en: 'Note' })}
          <input value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <Show when={problem()}>
          <p class="field-error" role="alert">
            {problem()}
          </p>
        </Show>
        <Show when={saved()}>
          <p role="status">{saved()}</p>
        </Show>
        <button type="submit" class="button">
          {t({ id: 'Simpan angka terbit', en: 'Save the figure' })}
        </button>
      </form>
    </details>
  )
}
