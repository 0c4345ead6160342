// Chapters V-VII of a unit's SKM report as blocks: the three weakest elements, the change against
// the previous period with its 95% interval, comments per element, the follow-up plan with the
// effect of each finished action, and the conclusion.
import {
  formatCount,
  formatDecimal,
  formatInterval,
  formatSigned,
} from '../../domain/format/decimal'
import { longDay, periodName, periodOfRange, quarterName } from '../../domain/periods'
import { SKM } from '../../domain/reference'
import { changeOfFigure, differenceOfMeans, type MeanDifference } from '../../domain/scoring'
import type { Block } from './document'
import type { UnitReport } from './model'
import { CHANGE_METHOD, changeWords, EFFECT_METHOD, STATUS, VERDICT } from './texts'

const d = (x: number | null | undefined, digits = 2) => formatDecimal(x, digits)
const EXAMPLE_LENGTH = 240

/** The three elements with the lowest NRR (ties by code). */
export function weakestElements(r: UnitReport) {
  const elements = r.score.ikm?.elements ?? []
  return [...elements].sort((a, b) => a.nrr - b.nrr || a.code.localeCompare(b.code)).slice(0, 3)
}

/** The IKM's and each element's change from the previous period, with Welch's interval. */
export function periodChanges(r: UnitReport) {
  const now = r.score.ikm
  const before = r.previousScore.ikm
  const ikm =
    now?.converted != null && before?.converted != null
      ? changeOfFigure(
          { value: before.converted, moments: r.previousSums.ikm },
          { value: now.converted, moments: r.sums.ikm },
          { scale: 25 },
        )
      : null
  const elements = SKM.elements.map((e) => {
    const a = before?.elements.find((x) => x.code === e.code)
    const b = now?.elements.find((x) => x.code === e.code)
    const m = (sums: UnitReport['sums']) => sums.elements.get(e.code) ?? { n: 0, sum: 0, sumSq: 0 }
    return {
      code: e.code,
      name: e.name.id,
      before: a?.nrr ?? null,
      after: b?.nrr ?? null,
      change: differenceOfMeans(m(r.previousSums), m(r.sums)),
    }
  })
  return { ikm, elements }
}

const changeCells = (c: MeanDifference | null, digits: number) => [
  c ? formatSigned(c.difference, digits) : '-',
  c ? formatInterval(c.ci, digits) : '-',
  changeWords(c),
]

function changes(r: UnitReport, n: string): Block[] {
  const { ikm, elements } = periodChanges(r)
  const previous = periodName(r.previous).id
  return [
    { kind: 'heading', level: 2, text: `${n}.2 Perbandingan dengan ${previous}` },
    {
      kind: 'table',
      columns: [
        { header: 'Ukuran', width: 3.4 },
        { header: previous, width: 1.6, align: 'right' },
        { header: 'Periode ini', width: 1.6, align: 'right' },
        { header: 'Perubahan', width: 1.5, align: 'right' },
        { header: 'IK 95% perubahan', width: 2.4, align: 'center' },
        { header: 'Keterangan', width: 2.4 },
      ],
      rows: [
        [
          'IKM unit pelayanan (konversi)',
          d(r.previousScore.ikm?.converted),
          d(r.score.ikm?.converted),
          ...changeCells(ikm, 2),
        ],
        ...elements.map((e) => [
          `NRR ${e.code} ${e.name}`,
          d(e.before, 3),
          d(e.after, 3),
          ...changeCells(e.change, 3),
        ]),
      ],
      strongRows: [0],
      note: CHANGE_METHOD,
    },
  ]
}

function comments(r: UnitReport, n: string): Block[] {
  const heading: Block = { kind: 'heading', level: 2, text: `${n}.3 Saran dan keluhan per unsur` }
  if (r.comments.textQuestions === 0) {
    return [
      heading,
      {
        kind: 'paragraph',
        text: 'Kuesioner ini tidak memuat pertanyaan isian bebas, sehingga tidak ada saran tertulis untuk dianalisis.',
      },
    ]
  }
  const rows = SKM.elements.map((e) => {
    const c = r.comments.elements.get(e.code)!
    const quotes = c.examples.map((x) => {
      const text = x.text.length > EXAMPLE_LENGTH ? `${x.text.slice(0, EXAMPLE_LENGTH)}…` : x.text
      return `"${text.replace(/\s+/g, ' ')}"`
    })
    return [`${e.code} ${e.name.id}`, formatCount(c.count), quotes.join('\n') || '-']
  })
  return [
    heading,
    {
      kind: 'paragraph',
      text: `${formatCount(r.comments.total)} responden menulis saran atau keluhan pada periode ini. Untuk tiap unsur dihitung komentar dari responden yang menilai unsur itu "tidak" atau "kurang" (nilai 1 atau 2), dengan contoh terbaru.`,
    },
    {
      kind: 'table',
      columns: [
        { header: 'Unsur', width: 3 },
        { header: 'Komentar', width: 1.4, align: 'right' },
        { header: 'Contoh (terbaru)', width: 7 },
      ],
      rows,
    },
  ]
}

export function analysis(r: UnitReport, n: string): Block[] {
  const weakest = weakestElements(r)
  return [
    { kind: 'heading', level: 2, text: `${n}.1 Tiga unsur dengan nilai terendah` },
    weakest.length === 0
      ? { kind: 'paragraph', text: 'Belum ada jawaban unsur pelayanan pada periode ini.' }
      : {
          kind: 'list',
          ordered: true,
          items: weakest.map(
            (e) =>
              `${e.code} ${e.name.id}: NRR ${d(e.nrr, 3)}, nilai konversi ${d(e.converted, 2)} dari ${formatCount(e.n)} responden.`,
          ),
        },
    ...changes(r, n),
    ...comments(r, n),
  ]
}

function effectCells(f: UnitReport['followUps'][number]): string[] {
  const e = f.effect!
  const unit = e.measure === 'nrr' ? 'NRR' : 'skor'
  const digits = e.measure === 'nrr' ? 3 : 2
  const window = (w: typeof e.before | null) =>
    w
      ? `${periodName(periodOfRange(w.from, w.to)).id}: ${unit} ${d(w.value, digits)} (n = ${formatCount(w.n)})`
      : '-'
  return [
    `${f.target.code} ${f.target.label.id}`,
    f.action,
    window(e.before),
    window(e.after),
    e.change
      ? `${formatSigned(e.change.difference, digits)} (${formatInterval(e.change.ci, digits)})`
      : '-',
    VERDICT[e.verdict]!,
  ]
}

export function followUpPlan(r: UnitReport, n: string): Block[] {
  if (r.followUps.length === 0) {
    const weakest = weakestElements(r).map((e) => `${e.code} ${e.name.id}`)
    return [
      {
        kind: 'paragraph',
        text: `Belum ada rencana tindak lanjut yang dicatat untuk program ini.${weakest.length ? ` Disarankan menyusun tindak lanjut untuk unsur terendah: ${weakest.join(', ')}.` : ''}`,
      },
    ]
  }
  const finished = r.followUps.filter((f) => f.effect)
  return [
    { kind: 'heading', level: 2, text: `${n}.1 Rencana dan pelaksanaan` },
    {
      kind: 'table',
      columns: [
        { header: 'No', width: 0.6, align: 'right' },
        { header: 'Unsur / kriteria', width: 2.2 },
        { header: 'Tindakan', width: 4 },
        { header: 'Penanggung jawab', width: 2 },
        { header: 'Target', width: 1.6 },
        { header: 'Status', width: 1.9 },
        { header: 'Catatan / bukti', width: 2.4 },
      ],
      rows: r.followUps.map((f, i) => [
        String(i + 1),
        `${f.target.code} ${f.target.label.id}`,
        f.action,
        f.unit,
        quarterName(f.dueQuarter).id,
        STATUS[f.status]! + (f.finishedOn ? ` ${longDay(f.finishedOn).id}` : ''),
        f.notes || '-',
      ]),
    },
    { kind: 'heading', level: 2, text: `${n}.2 Hasil tindakan yang selesai` },
    finished.length === 0
      ? { kind: 'paragraph', text: 'Belum ada tindakan yang selesai.' }
      : {
          kind: 'table',
          columns: [
            { header: 'Unsur / kriteria', width: 2 },
            { header: 'Tindakan', width: 3 },
            { header: 'Sebelum', width: 2.6 },
            { header: 'Sesudah', width: 2.6 },
            { header: 'Perubahan (IK 95%)', width: 2.4 },
            { header: 'Keterangan', width: 2 },
          ],
          rows: finished.map(effectCells),
          note: EFFECT_METHOD,
        },
  ]
}

export function conclusion(r: UnitReport): Block[] {
  const ikm = r.score.ikm
  const sentences: string[] = []
  if (ikm?.converted != null) {
    sentences.push(
      `IKM ${r.program.name} pada ${periodName(r.period).id} adalah ${d(ikm.converted)} dengan mutu ${ikm.mutu} (${ikm.kinerja?.id ?? ''}), dari ${formatCount(ikm.n)} responden; target sampel ${formatCount(r.score.sampleTarget.target)} responden ${r.score.adequate ? 'tercapai' : 'belum tercapai'}.`,
    )
    const change = periodChanges(r).ikm
    sentences.push(
      change
        ? `Dibanding ${periodName(r.previous).id}, IKM ${changeWords(change)} (${formatSigned(change.difference)}; IK 95% ${formatInterval(change.ci)}).`
        : `Perbandingan dengan ${periodName(r.previous).id} belum dapat dilakukan karena data periode itu belum cukup.`,
    )
    const weakest = weakestElements(r).map((e) => `${e.code} ${e.name.id} (${d(e.nrr, 3)})`)
    sentences.push(`Unsur dengan nilai terendah: ${weakest.join(', ')}.`)
  } else sentences.push('IKM belum dapat dihitung karena belum ada jawaban unsur pelayanan.')
  const count = (s: string) => r.followUps.filter((f) => f.status === s).length
  sentences.push(
    `Rencana tindak lanjut: ${count('rencana')} rencana, ${count('berjalan')} berjalan, ${count('selesai')} selesai.`,
  )
  return [{ kind: 'list', items: sentences }]
}
