// A questionnaire with every kind of field the citizen form draws (number, yes/no with display
// logic, stars, checkboxes, NPS, a long option list, text), for the browser tests.
import type { Definition, Option } from '../../../server/domain/questionnaire'

const option = (value: string, id: string, en: string): Option => ({ value, label: { id, en } })

const DISTRICTS = [
  'Banjarmasin Barat',
  'Banjarmasin Selatan',
  'Banjarmasin Tengah',
  'Banjarmasin Timur',
  'Banjarmasin Utara',
  'Banjarbaru',
  'Martapura',
  'Gambut',
  'Kertak Hanyar',
  'Lainnya',
].map((name, i) => ({ value: `d${i + 1}`, label: { id: name } }))

export function mixedDefinition(): Definition {
  return {
    title: { id: 'Survei pengantaran izin Si Mantab', en: 'Si Mantab permit delivery survey' },
    description: {
      id: 'Pendapat Anda tentang pengantaran dokumen izin gratis.',
      en: 'Your view of the free permit document delivery.',
    },
    thankYou: { id: 'Terima kasih, masukan Anda kami catat.', en: 'Thank you, we noted it.' },
    kind: 'custom',
    sections: [
      {
        id: 'layanan',
        title: { id: 'Pengalaman layanan', en: 'Your experience' },
        questions: [
          {
            code: 'visits',
            type: 'number',
            integer: true,
            min: 1,
            max: 10,
            required: true,
            text: {
              id: 'Berapa kali Anda memakai layanan ini tahun ini?',
              en: 'How many times did you use this service this year?',
            },
          },
          {
            code: 'on_time',
            type: 'yesno',
            required: true,
            text: {
              id: 'Apakah dokumen izin Anda diantar tepat waktu?',
              en: 'Was your permit delivered on time?',
            },
          },
          {
            code: 'delay',
            type: 'single',
            required: true,
            showIf: { op: 'eq', code: 'on_time', value: 'no' },
            text: { id: 'Apa penyebab keterlambatannya?', en: 'What caused the delay?' },
            options: [
              option('alamat', 'Alamat sulit ditemukan', 'Address hard to find'),
              option('petugas', 'Petugas terlambat', 'Courier was late'),
              option('lainnya', 'Lainnya', 'Other'),
            ],
          },
          {
            code: 'stars',
            type: 'rating',
            required: true,
            text: { id: 'Beri bintang untuk layanan ini', en: 'Rate this service' },
          },
          {
            code: 'heard_from',
            type: 'multi',
            required: false,
            text: { id: 'Dari mana Anda tahu layanan ini?', en: 'How did you hear of it?' },
            options: [
              option('wa', 'WhatsApp', 'WhatsApp'),
              option('loket', 'Petugas loket', 'Counter staff'),
              option('medsos', 'Media sosial', 'Social media'),
            ],
          },
        ],
      },
      {
        id: 'saran',
        title: { id: 'Saran', en: 'Suggestions' },
        questions: [
          {
            code: 'nps',
            type: 'nps',
            required: true,
            text: {
              id: 'Seberapa mungkin Anda menyarankan layanan ini kepada kerabat?',
              en: 'How likely are you to recommend this service to a relative?',
            },
          },
          {
            code: 'district',
            type: 'segment',
            required: false,
            text: { id: 'Kecamatan tempat tinggal', en: 'District of residence' },
            options: DISTRICTS,
          },
          {
            code: 'comment',
            type: 'text',
            multiline: true,
            maxLength: 200,
            required: false,
            text: { id: 'Saran untuk perbaikan', en: 'Suggestions for improvement' },
          },
          {
            code: 'phone',
            type: 'text',
            maxLength: 20,
            required: false,
            personal: true,
            text: {
              id: 'Nomor WhatsApp, jika Anda ingin dihubungi',
              en: 'WhatsApp number, if you would like to be contacted',
            },
          },
        ],
      },
    ],
    criteria: [],
  }
}
