// The messages a respondent sees next to a field when an answer is refused, in Indonesian and
// English. Kept apart from the checks so that wording can be reviewed in one place.

/** A message in both languages of the citizen form. */
export interface AnswerMessage {
  id: string
  en: string
}

export const ANSWER_MESSAGES = {
  notAnObject: {
    id: 'Jawaban harus berupa objek dengan kode pertanyaan sebagai kunci.',
    en: 'Answers must be an object keyed by question code.',
  },
  unknown: {
    id: 'Pertanyaan ini tidak ada di kuesioner.',
    en: 'This question is not part of the questionnaire.',
  },
  required: { id: 'Wajib diisi.', en: 'This question is required.' },
  number: { id: 'Isi dengan angka.', en: 'Enter a number.' },
  integer: { id: 'Isi dengan bilangan bulat.', en: 'Enter a whole number.' },
  text: { id: 'Isi dengan teks.', en: 'Enter text.' },
  option: { id: 'Pilih salah satu pilihan yang tersedia.', en: 'Choose one of the options given.' },
  options: { id: 'Pilih dari pilihan yang tersedia.', en: 'Choose from the options given.' },
  duplicate: {
    id: 'Setiap pilihan hanya boleh dipilih sekali.',
    en: 'Choose each option only once.',
  },
  yesno: { id: 'Jawab ya atau tidak.', en: 'Answer yes or no.' },
  between: (min: number, max: number): AnswerMessage => ({
    id: `Pilih nilai antara ${min} dan ${max}.`,
    en: `Choose a value from ${min} to ${max}.`,
  }),
  /** A typed number out of its range: the citizen fills in, there is nothing to choose. */
  numberBetween: (min: number, max: number): AnswerMessage => ({
    id: `Isi angka antara ${min} dan ${max}.`,
    en: `Enter a number from ${min} to ${max}.`,
  }),
  atLeast: (min: number): AnswerMessage => ({
    id: `Isi angka paling kecil ${min}.`,
    en: `Enter a number of at least ${min}.`,
  }),
  atMost: (max: number): AnswerMessage => ({
    id: `Isi angka paling besar ${max}.`,
    en: `Enter a number of at most ${max}.`,
  }),
  minSelect: (min: number): AnswerMessage => ({
    id: `Pilih paling sedikit ${min}.`,
    en: `Choose at least ${min}.`,
  }),
  maxSelect: (max: number): AnswerMessage => ({
    id: `Pilih paling banyak ${max}.`,
    en: `Choose at most ${max}.`,
  }),
  tooLong: (max: number): AnswerMessage => ({
    id: `Maksimal ${max} karakter.`,
    en: `At most ${max} characters.`,
  }),
}
