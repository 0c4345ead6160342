// Small definitions for the questionnaire tests: one question per type, and a builder that wraps
// questions into a draft definition.
import type { Criterion, Definition, Question } from '../../../server/domain/questionnaire'

/** A custom definition with one section holding the given questions. */
export function definitionWith(questions: unknown[], criteria: Criterion[] = []): Definition {
  return {
    title: { id: 'Uji', en: 'Test' },
    kind: 'custom',
    sections: [{ id: 's1', title: { id: 'Bagian' }, questions: questions as Question[] }],
    criteria,
  }
}

const text = (id: string) => ({ id })

export const likert = {
  code: 'L',
  type: 'likert',
  text: text('Likert'),
  required: true,
  scale: { min: 1, max: 4 },
} satisfies Question
export const rating = {
  code: 'R',
  type: 'rating',
  text: text('Bintang'),
  required: true,
} satisfies Question
export const nps = { code: 'N', type: 'nps', text: text('NPS'), required: true } satisfies Question
export const single = {
  code: 'S',
  type: 'single',
  text: text('Satu'),
  required: true,
  options: [
    { value: 'a', label: text('A') },
    { value: 'b', label: text('B') },
  ],
} satisfies Question
export const multi = {
  code: 'M',
  type: 'multi',
  text: text('Banyak'),
  required: true,
  minSelect: 1,
  maxSelect: 2,
  options: [
    { value: 'x', label: text('X') },
    { value: 'y', label: text('Y') },
    { value: 'z', label: text('Z') },
  ],
} satisfies Question
export const yesno = {
  code: 'Y',
  type: 'yesno',
  text: text('Ya/tidak'),
  required: true,
} satisfies Question
export const number = {
  code: 'K',
  type: 'number',
  text: text('Angka'),
  required: true,
  min: 0,
  max: 100,
  integer: true,
} satisfies Question
export const freeText = {
  code: 'T',
  type: 'text',
  text: text('Teks'),
  required: true,
  maxLength: 10,
} satisfies Question
export const segment = {
  code: 'G',
  type: 'segment',
  source: 'gender',
  text: text('Jenis kelamin'),
  required: true,
  options: [
    { value: 'laki-laki', label: text('Laki-laki') },
    { value: 'perempuan', label: text('Perempuan') },
  ],
} satisfies Question

/** One required question of every type. */
export const everyType = [likert, rating, nps, single, multi, yesno, number, freeText, segment]
