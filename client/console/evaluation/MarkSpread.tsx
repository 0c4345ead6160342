// How assessors' marks on a criterion spread: "rentang 2–4" and a flag when they differ by the
// disagreement threshold or more, worded so the flag reads on its own (not by colour alone).
import type { Assessment } from '../api/evaluations'
import { t } from '../../shared/i18n'

type Spread = NonNullable<Assessment['criteria'][number]['spread']>

export const spreadText = (spread: Spread) =>
  t({ id: `rentang ${spread.min}–${spread.max}`, en: `range ${spread.min}–${spread.max}` })

export function DisagreementFlag(props: { points: number }) {
  return (
    <strong class="disagreement-flag">
      {t({
        id: `Asesor berbeda ${props.points} poin atau lebih: bahas sebelum dipakai.`,
        en: `Assessors differ by ${props.points} points or more: discuss before use.`,
      })}
    </strong>
  )
}
