// Downloads of the SKM report (Laporan SKM) as PDF or editable DOCX: one SKM questionnaire of the
// program, or every SKM questionnaire of its agency, over a year, a semester or a quarter.
import { createAsync } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { skmReportUrl, type ReportFormat } from '../api/publication'
import { listQuestionnaires } from '../api/questionnaires'

const KINDS = [
  { value: 'year', label: { id: 'Tahun', en: 'Year' }, parts: [''] },
  { value: 'semester', label: { id: 'Semester', en: 'Half-year' }, parts: ['-S1', '-S2'] },
  {
    value: 'quarter',
    label: { id: 'Triwulan', en: 'Quarter' },
    parts: ['-Q1', '-Q2', '-Q3', '-Q4'],
  },
]
const PART_TEXT: Record<string, { id: string; en: string }> = {
  '-S1': { id: 'Semester I', en: 'H1' },
  '-S2': { id: 'Semester II', en: 'H2' },
  '-Q1': { id: 'Triwulan I', en: 'Q1' },
  '-Q2': { id: 'Triwulan II', en: 'Q2' },
  '-Q3': { id: 'Triwulan III', en: 'Q3' },
  '-Q4': { id: 'Triwulan IV', en: 'Q4' },
}
const FORMATS: ReportFormat[] = ['pdf', 'docx']

export function ReportDownloads(props: {
  programId: string
  programYear: number
  agencyId: number
}) {
  const questionnaires = createAsync(() => listQuestionnaires(props.programId))
  const skm = () =>
    (questionnaires() ?? []).filter((q) => q.template === 'skm' && q.latestVersion !== null)
  const [chosen, setChosen] = createSignal<string>()
  const [kind, setKind] = createSignal('year')
  const [year, setYear] = createSignal(String(props.programYear))
  const [part, setPart] = createSignal('')
  const questionnaireId = () => chosen() ?? (skm()[0] ? String(skm()[0]!.id) : undefined)
  const parts = () => KINDS.find((k) => k.value === kind())!.parts
  const selectedPart = () => (parts().includes(part()) ? part() : parts()[0]!)
  const period = () => `${year()}${selectedPart()}`
  const years = () => {
    const now = new Date().getFullYear()
    const last = Math.max(now, props.programYear)
    return Array.from({ length: 6 }, (_, i) => String(last - i))
  }
  return (
    <section class="card stack" aria-labelledby="report-title">
      <h3 id="report-title">{t({ id: 'Laporan SKM', en: 'SKM report' })}</h3>
      <p class="muted">
        {t({
          id: 'Laporan lengkap menurut PermenPANRB 14/2017 dari data: metode, profil responden, hasil per unsur, IKM dan mutu, analisis, rencana tindak lanjut dan kesimpulan. DOCX dapat disunting dan ditandatangani.',
          en: 'The full report after PermenPANRB 14/2017, from the data: method, respondents, results per element, IKM and quality, analysis, follow-up plan and conclusion. The DOCX can be edited and signed.',
        })}
      </p>
      <Show
        when={skm().length > 0}
        fallback={
          <p class="empty">
            {t({
              id: 'Program ini belum memiliki kuesioner SKM yang diterbitkan.',
              en: 'This program has no published SKM questionnaire yet.',
            })}
          </p>
        }
      >
        <div class="form-grid">
          <Field label={t({ id: 'Kuesioner', en: 'Questionnaire' })}>
            {(control) => (
              <select
                {...control}
                value={questionnaireId()}
                onChange={(e) => setChosen(e.currentTarget.value)}
              >
                <For each={skm()}>
                  {(q) => (
                    <option value={String(q.id)} selected={String(q.id) === questionnaireId()}>
                      {q.title}
                    </option>
                  )}
                </For>
              </select>
            )}
          </Field>
          <Field label={t({ id: 'Periode', en: 'Period' })}>
            {(control) => (
              <select {...control} value={kind()} onChange={(e) => setKind(e.currentTarget.value)}>
                <For each={KINDS}>
                  {(k) => (
                    <option value={k.value} selected={k.value === kind()}>
                      {t(k.label)}
                    </option>
                  )}
                </For>
              </select>
            )}
          </Field>
          <Field label={t({ id: 'Tahun', en: 'Year' })}>
            {(control) => (
              <select {...control} value={year()} onChange={(e) => setYear(e.currentTarget.value)}>
                <For each={years()}>
                  {(y) => (
                    <option value={y} selected={y === year()}>
                      {y}
                    </option>
                  )}
                </For>
              </select>
            )}
          </Field>
          <Show when={parts().length > 1}>
            <Field label={t({ id: 'Bagian tahun', en: 'Part of the year' })}>
              {(control) => (
                <select
                  {...control}
                  value={selectedPart()}
                  onChange={(e) => setPart(e.currentTarget.value)}
                >
                  <For each={parts()}>
                    {(p) => (
                      <option value={p} selected={p === selectedPart()}>
                        {t(PART_TEXT[p]!)}
                      </option>
                    )}
                  </For>
                </select>
              )}
            </Field>
          </Show>
        </div>
        <div class="actions">
          <For each={FORMATS}>
            {(format) => (
              <a
                class="button"
                href={skmReportUrl({ questionnaireId: questionnaireId()! }, period(), format)}
                download=""
              >
                {t({ id: 'Unduh laporan', en: 'Download the report' })} {format.toUpperCase()}
              </a>
            )}
          </For>
          <For each={FORMATS}>
            {(format) => (
              <a
                class="button button-secondary"
                href={skmReportUrl({ agencyId: String(props.agencyId) }, period(), format)}
                download=""
              >
                {t({ id: 'Semua SKM perangkat daerah', en: "All of the agency's SKM" })}{' '}
                {format.toUpperCase()}
              </a>
            )}
          </For>
        </div>
      </Show>
    </section>
  )
}
