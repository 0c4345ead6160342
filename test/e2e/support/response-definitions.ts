// A questionnaire for the response-workspace browser tests: a choice with labels, two scored
// items a citizen may skip (so a response can have no impact score), a number on a defined
// range, a kecamatan segment and a comment.
import type { Definition, Option } from '../../../server/domain/questionnaire'

const option = (value: string, id: string, en: string): Option => ({ value, label: { id, en } })

export const KECAMATAN = [
  option('63.71.01', 'Banjarmasin Selatan', 'Banjarmasin Selatan'),
  option('63.71.02', 'Banjarmasin Timur', 'Banjarmasin Timur'),
  option('63.71.03', 'Banjarmasin Barat', 'Banjarmasin Barat'),
]

export function workspaceDefinition(): Definition {
  return {
    title: { id: 'Survei pengantaran izin (ruang tanggapan)', en: 'Permit delivery survey' },
    kind: 'custom',
    sections: [
      {
        id: 'layanan',
        title: { id: 'Layanan', en: 'Service' },
        questions: [
          {
            code: 'kanal',
            type: 'single',
            required: true,
            text: { id: 'Lewat mana Anda mengajukan izin?', en: 'How did you apply?' },
            options: [
              option('loket', 'Loket kantor', 'Office counter'),
              option('online', 'Daring (OSS)', 'Online (OSS)'),
            ],
          },
          {
            code: 'puas',
            type: 'likert',
            required: false,
            text: { id: 'Seberapa puas Anda?', en: 'How satisfied are you?' },
            scale: {
              min: 1,
              max: 4,
              labels: [
                { id: 'Tidak puas', en: 'Not satisfied' },
                { id: 'Kurang puas', en: 'Somewhat unsatisfied' },
                { id: 'Puas', en: 'Satisfied' },
                { id: 'Sangat puas', en: 'Very satisfied' },
              ],
            },
            score: { criterion: 'kepuasan' },
          },
          {
            code: 'tepat',
            type: 'yesno',
            required: false,
            text: { id: 'Apakah izin diantar tepat waktu?', en: 'Was it delivered on time?' },
            score: { criterion: 'ketepatan' },
          },
          {
            code: 'hari',
            type: 'number',
            integer: true,
            min: 0,
            max: 30,
            required: false,
            text: { id: 'Berapa hari sampai izin tiba?', en: 'How many days until it arrived?' },
          },
          {
            code: 'kecamatan',
            type: 'segment',
            required: false,
            text: { id: 'Kecamatan tempat tinggal', en: 'District' },
            options: KECAMATAN,
          },
          {
            code: 'saran',
            type: 'text',
            maxLength: 200,
            required: false,
            text: { id: 'Saran untuk perbaikan', en: 'Suggestions' },
          },
        ],
      },
    ],
    criteria: [
      { code: 'kepuasan', label: { id: 'Kepuasan', en: 'Satisfaction' }, weight: 0.5 },
      { code: 'ketepatan', label: { id: 'Ketepatan waktu', en: 'Timeliness' }, weight: 0.5 },
    ],
  }
}

/** The answers of the i-th test respondent; every seventh skips both scored items. */
export function workspaceAnswers(i: number): Record<string, unknown> {
  const skips = i % 7 === 6
  return {
    kanal: i % 3 === 0 ? 'online' : 'loket',
    ...(skips ? {} : { puas: 1 + (i % 4), tepat: i % 2 ? 'yes' : 'no' }),
    hari: (i * 4) % 31,
    kecamatan: KECAMATAN[i % 3]!.value,
    ...(i % 4 === 0 ? { saran: `Saran nomor ${i}: antar lebih pagi.` } : {}),
  }
}
