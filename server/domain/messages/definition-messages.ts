// The wording of every problem a questionnaire definition can have (its schema and its structural
// rules), in Indonesian and English. `{code}` is always the question's code.
import type { MessageTemplate } from './message'

export const DEFINITION_MESSAGES = {
  'text.required': {
    id: 'Teks Bahasa Indonesia wajib diisi.',
    en: 'The Indonesian text is required.',
  },
  'text.too-long': {
    id: 'Teks paling banyak 5000 karakter.',
    en: 'A text has at most 5000 characters.',
  },
  'question.code-format': {
    id: 'Kode diawali huruf; paling banyak 40 huruf, angka, atau garis bawah (_).',
    en: 'A code starts with a letter and has at most 40 letters, digits or underscores.',
  },
  'option.value-format': {
    id: 'Nilai pilihan: 1–64 huruf kecil, angka, titik, tanda hubung, atau garis bawah.',
    en: 'An option value has 1 to 64 lowercase letters, digits, dots, dashes or underscores.',
  },
  'section.id-format': {
    id: 'ID bagian: 1–40 huruf, angka, tanda hubung, atau garis bawah.',
    en: 'A section id has 1 to 40 letters, digits, dashes or underscores.',
  },
  'options.none': {
    id: 'Tambahkan paling sedikit satu pilihan.',
    en: 'List at least one option.',
  },
  'condition.no-values': { id: 'Pilih paling sedikit satu nilai.', en: 'List at least one value.' },
  'condition.no-conditions': {
    id: 'Gabungkan paling sedikit satu syarat.',
    en: 'Combine at least one condition.',
  },
  'weight.positive': { id: 'Bobot harus lebih dari 0.', en: 'A weight must be greater than 0.' },
  'number.whole': { id: 'Isi dengan bilangan bulat.', en: 'Expected a whole number.' },
  'rating.stars': {
    id: 'Rating berisi 3 sampai 10 bintang.',
    en: 'A rating has 3 to 10 stars.',
  },
  'text-question.max-length': {
    id: 'Panjang jawaban teks 1 sampai 5000 karakter.',
    en: 'A text answer allows 1 to 5000 characters.',
  },
  'multi.select-limit': {
    id: 'Batas pilihan berupa bilangan bulat (minimum 0, maksimum paling sedikit 1).',
    en: 'Selection limits are whole numbers (minimum 0, maximum at least 1).',
  },
  'definition.no-section': {
    id: 'Kuesioner perlu paling sedikit satu bagian.',
    en: 'A questionnaire has at least one section.',
  },
  'definition.no-question': {
    id: 'Tambahkan paling sedikit satu pertanyaan sebelum menerbitkan.',
    en: 'A questionnaire needs at least one question before it can be published.',
  },
  'question.duplicate-code': {
    id: 'Kode {code} sudah dipakai; kode pertanyaan harus unik.',
    en: 'Question code {code} is used twice (first at {first}); question codes must be unique.',
  },
  'criterion.duplicate-code': {
    id: 'Kode kriteria {code} sudah dipakai.',
    en: 'Criterion code {code} is used twice; criterion codes must be unique.',
  },
  'section.duplicate-id': {
    id: 'ID bagian {id} sudah dipakai.',
    en: 'Section id {id} is used twice; section ids must be unique.',
  },
  'option.duplicate': {
    id: 'Nilai pilihan {value} dipakai dua kali.',
    en: 'Question {code} lists option {value} twice; option values must be unique.',
  },
  'scale.order': {
    id: 'Nilai maksimum skala harus lebih besar dari minimum.',
    en: "Question {code}'s scale must go from a lower to a higher value, but min is {min} and max is {max}.",
  },
  'scale.labels-count': {
    id: 'Skala {min}..{max} perlu {needed} label (satu per titik); sekarang {has}.',
    en: "Question {code}'s scale {min}..{max} needs {needed} labels, one per point, but has {has}.",
  },
  'number.max-below-min': {
    id: 'Nilai maksimum ({max}) lebih kecil dari minimum ({min}).',
    en: "Question {code}'s max ({max}) is below its min ({min}).",
  },
  'multi.min-above-options': {
    id: 'Minimal {min} pilihan diminta, tetapi hanya ada {options} pilihan.',
    en: 'Question {code} asks for at least {min} choices but has only {options} options.',
  },
  'multi.max-below-min': {
    id: 'Maksimum pilihan ({max}) lebih kecil dari minimum ({min}).',
    en: "Question {code}'s maxSelect ({max}) is below its minSelect ({min}).",
  },
  'score.segment': {
    id: 'Pertanyaan profil responden tidak pernah diberi skor.',
    en: 'Question {code} is a segment question; segments describe respondents and are never scored.',
  },
  'score.unscorable-type': {
    id: 'Jenis pertanyaan ini tidak dapat diberi skor (hanya likert, rating, NPS, ya/tidak, dan angka).',
    en: 'Question {code} is a {type} question and cannot be scored; only likert, rating, nps, yesno and number questions can.',
  },
  'score.number-without-range': {
    id: 'Pertanyaan angka perlu nilai minimum dan maksimum agar dapat diberi skor.',
    en: 'Question {code} is a number question without both min and max, so it cannot be scored.',
  },
  'score.unknown-criterion': {
    id: 'Kriteria {criterion} tidak ada dalam daftar kriteria.',
    en: "Question {code}'s score refers to criterion {criterion}, which is not in criteria.",
  },
  'condition.self': {
    id: 'Syarat tidak boleh merujuk ke pertanyaan ini sendiri.',
    en: "Question {code}'s showIf refers to itself; conditions may only use earlier answers.",
  },
  'condition.unknown-question': {
    id: 'Pertanyaan {ref} tidak ada di kuesioner ini.',
    en: "Question {code}'s showIf refers to {ref}, which is not a question in this questionnaire.",
  },
  'condition.later-question': {
    id: 'Pertanyaan {ref} berada sesudah pertanyaan ini; syarat hanya boleh memakai jawaban sebelumnya.',
    en: "Question {code}'s showIf refers to {ref}, which comes later; conditions may only use earlier answers.",
  },
  'condition.number-expected': {
    id: '{ref} dijawab dengan angka; pilih nilai angka.',
    en: 'Question {code}\'s showIf compares {ref} with "{value}", but {ref} is answered with a number.',
  },
  'condition.text-expected': {
    id: '{ref} adalah pertanyaan teks; bandingkan dengan teks.',
    en: "Question {code}'s showIf compares text question {ref} with a number.",
  },
  'condition.not-an-answer': {
    id: '{value} bukan salah satu jawaban {ref} ({allowed}).',
    en: "Question {code}'s showIf compares {ref} with {value}, which is not one of its answers ({allowed}).",
  },
  'condition.numeric-only': {
    id: 'Perbandingan lebih/kurang hanya untuk pertanyaan angka atau skala; {ref} bukan.',
    en: "Question {code}'s showIf uses {op} on {ref}, a {type} question; comparisons need a numeric question.",
  },
} satisfies Record<string, MessageTemplate>
