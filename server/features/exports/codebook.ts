// The codebook of a raw-response export: every column with its question text, type and, for
// closed questions, each code with its label (options merged over the versions, newest wording
// first), as Kobo and LimeSurvey ship beside their data. A sheet of the XLSX, a CSV of its own,
// and the dictionary behind the SPSS syntax (spss-syntax.ts).
import {
  answerLabel,
  allQuestions,
  scaleOf,
  type Definition,
  type Question,
  type Text,
} from '../../domain/questionnaire'
import type { RawLayout } from './raw-columns'

export interface CodebookEntry {
  variable: string
  label: Text
  type: string
  /** Answers are numbers (scales, numbers, the impact score), not text. */
  numeric: boolean
  personal: boolean
  values: { code: string; label: Text }[]
}

const META: Record<string, { label: Text; type: string; numeric?: boolean }> = {
  receipt: { label: { id: 'Tanda terima', en: 'Receipt' }, type: 'text' },
  submitted_at: {
    label: {
      id: 'Waktu kirim (zona wilayah, dengan selisih UTC)',
      en: 'Submitted at (region time, with UTC offset)',
    },
    type: 'datetime',
  },
  version: {
    label: { id: 'Versi kuesioner', en: 'Questionnaire version' },
    type: 'number',
    numeric: true,
  },
  channel: { label: { id: 'Kanal tautan', en: 'Link channel' }, type: 'text' },
  excluded: {
    label: { id: 'Dikecualikan (1 = ya)', en: 'Excluded (1 = yes)' },
    type: 'number',
    numeric: true,
  },
  excluded_reason: {
    label: { id: 'Alasan dikecualikan', en: 'Reason for exclusion' },
    type: 'text',
  },
  impact_score: {
    label: { id: 'Skor dampak responden (0-5)', en: 'Respondent impact score (0-5)' },
    type: 'number',
    numeric: true,
  },
}

const NUMERIC = new Set(['likert', 'rating', 'nps', 'number'])

/** The codes of a closed question, merged over every version that asks it. */
function codesOf(asked: Question[]): { code: string; label: Text }[] {
  const newest = asked[0]!
  const scale = scaleOf(newest)
  if (scale && newest.type !== 'number') {
    const points = []
    for (let x = scale.min; x <= scale.max; x++) {
      const label = newest.type === 'likert' ? newest.scale.labels?.[x - scale.min] : undefined
      points.push({ code: String(x), label: label ?? { id: String(x), en: String(x) } })
    }
    return points
  }
  if (newest.type === 'yesno')
    return ['yes', 'no'].map((c) => ({ code: c, label: answerLabel(newest, c)! }))
  const values = new Map<string, Text>()
  for (const q of asked)
    if ('options' in q)
      for (const o of q.options) if (!values.has(o.value)) values.set(o.value, o.label)
  return [...values].map(([c, label]) => ({ code: c, label }))
}

/** One entry per column of the layout, in its order. */
export function codebook(layout: RawLayout, definitions: Definition[]): CodebookEntry[] {
  const asked = new Map<string, Question[]>()
  for (const def of definitions)
    for (const q of allQuestions(def)) asked.set(q.code, [...(asked.get(q.code) ?? []), q])
  return layout.headers.map((variable) => {
    const meta = META[variable]
    if (meta) {
      return {
        variable,
        label: meta.label,
        type: meta.type,
        numeric: !!meta.numeric,
        personal: false,
        values: [],
      }
    }
    const versions = asked.get(variable)!
    const q = versions[0]!
    return {
      variable,
      label: q.text,
      type: q.type,
      numeric: NUMERIC.has(q.type),
      personal: q.personal === true,
      values: codesOf(versions),
    }
  })
}

/** The codebook as rows of a sheet or CSV: a row per column, then one per code of it. */
export function codebookRows(entries: CodebookEntry[]): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['variable', 'pertanyaan', 'question', 'tipe', 'kode', 'label', 'label_en', 'data_pribadi'],
  ]
  for (const e of entries) {
    rows.push([
      e.variable,
      e.label.id,
      e.label.en ?? '',
      e.type,
      '',
      '',
      '',
      e.personal ? 'ya' : '',
    ])
    for (const v of e.values)
      rows.push([e.variable, '', '', '', v.code, v.label.id, v.label.en ?? '', ''])
  }
  return rows
}
