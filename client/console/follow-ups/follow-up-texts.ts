// Words of the follow-up views in both languages: statuses, verdicts of an effect, quarter choices.
import {
  periodName,
  periodOfRange,
  quarterName,
  quarterOfDay,
  shiftQuarter,
} from '../../../server/domain/periods'
import type { Bilingual } from '../../shared/i18n'

export const STATUS_TEXT: Record<string, Bilingual> = {
  rencana: { id: 'Rencana', en: 'Planned' },
  berjalan: { id: 'Berjalan', en: 'In progress' },
  selesai: { id: 'Selesai', en: 'Done' },
}

export const VERDICT_TEXT: Record<string, Bilingual> = {
  up: { id: 'Naik bermakna', en: 'Rose significantly' },
  down: { id: 'Turun bermakna', en: 'Fell significantly' },
  none: { id: 'Belum berubah bermakna', en: 'No significant change' },
  not_yet: {
    id: 'Dinilai mulai triwulan sesudah tindakan selesai',
    en: 'Judged from the quarter after it was finished',
  },
  not_enough_data: {
    id: 'Data belum cukup untuk menilai',
    en: 'Not enough data to judge yet',
  },
}

/** A window of days named as a quarter when it is one: "Triwulan I 2024". */
export const windowName = (from: string, to: string) => periodName(periodOfRange(from, to))

export { quarterName }

/** Quarters to choose a target from: from the program's year before to two years ahead. */
export function quarterChoices(programYear: number, now = new Date()): string[] {
  const first = `${Math.min(programYear, now.getFullYear()) - 1}-Q1`
  const last = `${Math.max(programYear, now.getFullYear()) + 2}-Q4`
  const quarters: string[] = []
  for (let q = first; q <= last; q = shiftQuarter(q, 1)) quarters.push(q)
  return quarters
}

/** The quarter after today's: a new action's default target. */
export const nextQuarter = (now = new Date()) =>
  shiftQuarter(quarterOfDay(now.toISOString().slice(0, 10)), 1)
