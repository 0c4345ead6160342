// The whole report as a document: for one unit, cover and chapters I-VII with a signature block;
// for an agency, its cover, a summary of every unit and each unit's chapters in turn.
import { formatCount, formatDecimal, formatSigned } from '../../domain/format/decimal'
import { longDay, periodName } from '../../domain/periods'
import type { Block, ReportDocument } from './document'
import type { UnitReport } from './model'
import { identity, basisAndAims, method, periodText, profile, results } from './outline'
import { analysis, conclusion, followUpPlan, periodChanges } from './outline-analysis'
import { changeWords } from './texts'

const COVER_NOTE = (today: string) =>
  `Disusun dari data platform survei dampak pada ${longDay(today).id}. Dokumen ini dapat disunting, ditandatangani dan disahkan oleh pimpinan unit sebelum dipublikasikan.`

/** One level deeper: the chapters of a unit inside an agency's report. */
const demote = (blocks: Block[]): Block[] =>
  blocks.map((b) => (b.kind === 'heading' && b.level < 3 ? { ...b, level: 3 } : b))

function chapter(level: 1 | 2, text: string): Block {
  return { kind: 'heading', level, text }
}

function signature(r: { region: { name: string }; program: { agencyName: string } }): Block {
  return {
    kind: 'signature',
    place: `${r.region.name}, ........................`,
    role: `Kepala ${r.program.agencyName}`,
    name: '(....................................)\nNIP. ..................................',
  }
}

/** Chapters II-VII of a unit, numbered from `first` (II for a unit's own report). */
function unitChapters(r: UnitReport, prefix: string, level: 1 | 2): Block[] {
  const n = (i: number) => `${prefix}${i}`
  const sub = (blocks: Block[]) => (level === 1 ? blocks : demote(blocks))
  const title = (i: number, roman: string, text: string) =>
    chapter(level, level === 1 ? `BAB ${roman} ${text}` : `${n(i)} ${text}`)
  return [
    title(2, 'II', 'METODE'),
    ...sub(method(r, n(2))),
    title(3, 'III', 'PROFIL RESPONDEN'),
    ...sub(profile(r, n(3))),
    title(4, 'IV', 'HASIL SURVEI'),
    ...sub(results(r, n(4))),
    title(5, 'V', 'ANALISIS'),
    ...sub(analysis(r, n(5))),
    title(6, 'VI', 'RENCANA TINDAK LANJUT'),
    ...sub(followUpPlan(r, n(6))),
    title(7, 'VII', 'KESIMPULAN'),
    ...conclusion(r),
  ]
}

/** The report of one SKM questionnaire. */
export function unitReportDocument(r: UnitReport, today: string): ReportDocument {
  const period = periodName(r.period).id
  return {
    title: `Laporan SKM ${r.program.name} ${period}`,
    footer: `Laporan SKM ${r.program.name} - ${period}`,
    blocks: [
      {
        kind: 'cover',
        title: 'LAPORAN SURVEI KEPUASAN MASYARAKAT',
        lines: [
          r.program.name,
          r.questionnaire.title,
          r.program.agencyName,
          r.region.name,
          periodText(r.period),
        ],
        note: COVER_NOTE(today),
      },
      { kind: 'pageBreak' },
      chapter(1, 'BAB I PENDAHULUAN'),
      ...identity(r, '1'),
      ...basisAndAims('1'),
      ...unitChapters(r, '', 1),
      signature(r),
    ],
  }
}

/** The report of every SKM questionnaire of an agency, each unit in its own part. */
export function agencyReportDocument(
  agency: { code: string; name: string },
  region: { name: string; code: string },
  units: UnitReport[],
  today: string,
): ReportDocument {
  const first = units[0]!
  const period = periodName(first.period).id
  const summary: Block = {
    kind: 'table',
    columns: [
      { header: 'No', width: 0.6, align: 'right' },
      { header: 'Unit layanan / kuesioner', width: 5 },
      { header: 'Responden', width: 1.6, align: 'right' },
      { header: 'IKM', width: 1.3, align: 'right' },
      { header: 'Mutu', width: 1, align: 'center' },
      { header: 'Perubahan', width: 1.5, align: 'right' },
      { header: 'Keterangan', width: 2.4 },
    ],
    rows: units.map((u, i) => {
      const change = periodChanges(u).ikm
      return [
        String(i + 1),
        `${u.program.name} - ${u.questionnaire.title}`,
        formatCount(u.score.n),
        formatDecimal(u.score.ikm?.converted),
        u.score.ikm?.mutu ?? '-',
        change ? formatSigned(change.difference) : '-',
        changeWords(change),
      ]
    }),
    note: `Perubahan: IKM unit pelayanan dibanding ${periodName(first.previous).id}, dengan interval kepercayaan 95% pada bagian tiap unit.`,
  }
  return {
    title: `Laporan SKM ${agency.name} ${period}`,
    footer: `Laporan SKM ${agency.code} - ${period}`,
    blocks: [
      {
        kind: 'cover',
        title: 'LAPORAN SURVEI KEPUASAN MASYARAKAT',
        lines: [agency.name, region.name, periodText(first.period), `${units.length} unit layanan`],
        note: COVER_NOTE(today),
      },
      { kind: 'pageBreak' },
      chapter(1, 'BAB I PENDAHULUAN'),
      ...basisAndAims('1').map((b) =>
        b.kind === 'heading'
          ? { ...b, text: b.text.replace('1.2', '1.1').replace('1.3', '1.2') }
          : b,
      ),
      chapter(1, 'BAB II RINGKASAN HASIL'),
      summary,
      ...units.flatMap((u, i): Block[] => [
        { kind: 'pageBreak' },
        chapter(1, `BAGIAN ${i + 1}: ${u.program.name.toUpperCase()} - ${u.questionnaire.title}`),
        ...demote(identity(u, `${i + 1}`).slice(1)),
        ...unitChapters(u, `${i + 1}.`, 2),
      ]),
      signature(first),
    ],
  }
}
