// The evaluation as tables, shared by the CSV, XLSX and PDF exports: one row per program (in
// dimension then element order) and the summary rows (dimension scores, the five scores,
// weights, index, change), each with the method of its number.
import { EVALUATION_DIMENSIONS, type EvaluationDimensionCode } from '../../domain/reference'
import type { Evaluation } from '../evaluations/service'

export type Cell = string | number | null

export interface Column {
  key: string
  header: string
  /** Number format in XLSX: 0.00 for scores, 0 for counts; text otherwise. */
  format?: '0.00' | '0'
}

export const PROGRAM_COLUMNS: Column[] = [
  { key: 'dimensi', header: 'Dimensi' },
  { key: 'elemen', header: 'Elemen' },
  { key: 'program', header: 'Program' },
  { key: 'perangkat_daerah', header: 'Perangkat daerah' },
  { key: 'n', header: 'n respons', format: '0' },
  { key: 'n_skor_dampak', header: 'n skor dampak', format: '0' },
  { key: 'skor_dampak', header: 'Skor dampak (0-5)', format: '0.00' },
  { key: 'ci_bawah', header: 'IK 95% bawah', format: '0.00' },
  { key: 'ci_atas', header: 'IK 95% atas', format: '0.00' },
  { key: 'target_sampel', header: 'Target sampel', format: '0' },
  { key: 'metode_target', header: 'Metode target' },
  { key: 'memadai', header: 'Memadai' },
  { key: 'ikm', header: 'IKM (1-4)', format: '0.00' },
  { key: 'ikm_konversi', header: 'IKM konversi (25-100)', format: '0.00' },
  { key: 'mutu', header: 'Mutu' },
  { key: 'nps', header: 'NPS', format: '0.00' },
  { key: 'n_nps', header: 'n NPS', format: '0' },
  { key: 'nilai_asesor', header: 'Nilai asesor (1-5)', format: '0.00' },
  { key: 'jumlah_asesor', header: 'Jumlah asesor', format: '0' },
  { key: 'skor_gabungan', header: 'Skor gabungan', format: '0.00' },
]

export type ProgramOf = Evaluation['dimensions'][number]['programs'][number]

/** Every program with its dimension, in the evaluation's order. */
export function programsOf(ev: Evaluation) {
  return ev.dimensions.flatMap((d) => d.programs.map((program) => ({ dimension: d, program })))
}

export function programRows(ev: Evaluation): Record<string, Cell>[] {
  return programsOf(ev).map(({ dimension, program: p }) => ({
    dimensi: dimension.name.id,
    elemen: p.elementName.id,
    program: p.name,
    perangkat_daerah: p.agency.code,
    n: p.n,
    n_skor_dampak: p.impactN,
    skor_dampak: p.impactScore,
    ci_bawah: p.ci?.[0] ?? null,
    ci_atas: p.ci?.[1] ?? null,
    target_sampel: p.sampleTarget.target,
    metode_target: p.sampleTarget.method,
    memadai: p.adequate ? 'ya' : 'tidak',
    ikm: p.ikm?.value ?? null,
    ikm_konversi: p.ikm?.converted ?? null,
    mutu: p.ikm?.mutu ?? null,
    nps: p.nps?.score ?? null,
    n_nps: p.nps?.n ?? null,
    nilai_asesor: p.quickwinMark,
    jumlah_asesor: p.assessment.assessors,
    skor_gabungan: p.combined,
  }))
}

export interface SummaryRow {
  kind: 'dimensi' | 'skor' | 'bobot' | 'indeks' | 'status' | 'cakupan'
  /** The evaluation component of a 'skor' row. */
  component?: EvaluationDimensionCode
  label: string
  value: number | null
  note: string
}

const NAMES = new Map(EVALUATION_DIMENSIONS.map((d) => [d.code, d.name.id.split(' (')[0]!]))

function sourceNote(ev: Evaluation, code: keyof Evaluation['scores']): string {
  if (code === 'impact' || code === 'quickwin') {
    const s = ev.sources[code]
    const computed = s.computed === null ? 'tidak ada' : s.computed.toFixed(4)
    return s.override
      ? `override evaluator (nilai hitungan ${computed}); alasan: ${s.reason ?? ''}`
      : code === 'impact'
        ? 'dihitung: rata-rata skor dimensi yang memiliki data'
        : 'dihitung: rata-rata nilai quick win program yang dinilai asesor'
  }
  if (code === 'outcome' && ev.sources.outcome.from === 'dimensions')
    return 'rata-rata Outcome per dimensi yang diisi evaluator'
  return ev.scores[code] === null ? 'belum diisi' : 'diisi evaluator (telaah dokumen)'
}

/** The status in words: provisional (and why) or final (and how). */
export function statusText(ev: Evaluation): string {
  if (ev.status === 'final' && ev.finalisation)
    return `FINAL: difinalkan evaluator; alasan: ${ev.finalisation.reason}`
  if (ev.status === 'final') return 'FINAL: cakupan lengkap'
  return `SEMENTARA (belum lengkap): ${coverageText(ev)}`
}

/** The coverage of the index in one sentence. */
export function coverageText(ev: Evaluation): string {
  const c = ev.coverage
  return `${c.withData} dari ${c.programs} program berdata warga (${c.respondents} responden), ${c.assessed} dari ${c.programs} program dinilai asesor (${c.assessors} asesor)`
}

/** One component's coverage in words. */
export function componentCoverageText(ev: Evaluation, code: EvaluationDimensionCode): string {
  const c = ev.coverage.components[code]
  const done = c.complete ? 'lengkap' : 'belum lengkap'
  if (code === 'impact')
    return `${c.withData} dari ${c.programs} program berdata, ${c.respondents} responden${c.override ? ', override' : ''}; ${done}`
  if (code === 'quickwin')
    return `${c.assessed} dari ${c.programs} program dinilai, ${c.assessors} asesor${c.override ? ', override' : ''}; ${done}`
  return `${c.entered ? 'diisi' : 'belum diisi'} (telaah dokumen); ${done}`
}

export function summaryRows(ev: Evaluation): SummaryRow[] {
  const rows: SummaryRow[] = [
    { kind: 'status', label: 'Status', value: null, note: statusText(ev) },
    { kind: 'status', label: 'Versi', value: ev.version, note: ev.versionLabel.id },
    ...(['baseline', 'output', 'outcome', 'impact', 'quickwin'] as const).map((code) => ({
      kind: 'cakupan' as const,
      component: code,
      label: `Cakupan ${NAMES.get(code)}`,
      value: null,
      note: componentCoverageText(ev, code),
    })),
    { kind: 'cakupan', label: 'Cakupan indeks', value: null, note: coverageText(ev) },
  ]
  rows.push(
    ...ev.dimensions.map((d): SummaryRow => ({
      kind: 'dimensi',
      label: d.name.id,
      value: d.score,
      note: `rata-rata skor dampak ${d.scoredCount} dari ${d.programCount} program`,
    })),
  )
  for (const code of ['baseline', 'output', 'outcome', 'impact', 'quickwin'] as const) {
    rows.push({
      kind: 'skor',
      component: code,
      label: NAMES.get(code)!,
      value: ev.scores[code],
      note: sourceNote(ev, code),
    })
  }
  for (const code of ['baseline', 'output', 'outcome', 'impact', 'quickwin'] as const) {
    const note = ev.weightsSource === 'reference' ? 'bobot acuan' : 'bobot tahun ini'
    rows.push({ kind: 'bobot', label: `Bobot ${NAMES.get(code)}`, value: ev.weights[code], note })
  }
  rows.push({
    kind: 'bobot',
    label: 'Bobot warga (skor gabungan)',
    value: ev.citizenWeight,
    note: ev.citizenWeightSource === 'default' ? 'bawaan 0,5' : 'ditetapkan evaluator',
  })
  rows.push({
    kind: 'indeks',
    label: 'Indeks smart city',
    value: ev.index,
    note: ev.complete
      ? 'jumlah bobot x nilai lima komponen'
      : 'belum lengkap: ada nilai yang belum ada',
  })
  if (!ev.complete)
    rows.push({
      kind: 'indeks',
      label: 'Indeks sementara',
      value: ev.partialIndex,
      note: 'jumlah bobot x nilai yang ada / jumlah bobotnya; bukan indeks resmi',
    })
  if (ev.previous) {
    rows.push({
      kind: 'indeks',
      label: `Indeks ${ev.previous.year}`,
      value: ev.previous.index,
      note: 'evaluasi sebelumnya, dihitung dengan cara yang sama',
    })
    rows.push({
      kind: 'indeks',
      label: `Perubahan dari ${ev.previous.year}`,
      value: ev.change,
      note: `indeks ${ev.year} - indeks ${ev.previous.year}`,
    })
  }
  return rows
}
