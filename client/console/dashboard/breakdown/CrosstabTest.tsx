// The chi-square test of a cross-tab in words: the statistic, degrees of freedom and p-value,
// what they mean at the 5% level, and a warning when expected counts are too small for the test
// (Cochran's rule) or why there is no test (answers that may hold several options; too few
// categories with answers).
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { Crosstab } from '../../api/analytics'
import { formatCount, formatDecimal, formatPercent } from '../number-format'

type ChiSquare = Extract<NonNullable<Crosstab['test']>, { kind: 'chi_square' }>

/** A p-value as read in reports: "p < 0,001" below a thousandth, otherwise three decimals. */
export function pValueText(p: number): string {
  return p < 0.001 ? `p < ${formatDecimal(0.001, 3)}` : `p = ${formatDecimal(p, 3)}`
}

function ChiSquareText(props: { test: ChiSquare; question: string; by: string }) {
  const significant = () => props.test.p < 0.05
  return (
    <>
      <p>
        {t({ id: 'Uji khi-kuadrat independensi', en: 'Chi-square test of independence' })}: χ² ={' '}
        {formatDecimal(props.test.statistic)}, df = {props.test.df}, {pValueText(props.test.p)} (n ={' '}
        {formatCount(props.test.n)}).{' '}
        <strong>
          {significant()
            ? t({
                id: `Jawaban “${props.question}” berbeda nyata menurut “${props.by}” (p < 0,05).`,
                en: `Answers to “${props.question}” differ significantly by “${props.by}” (p < 0.05).`,
              })
            : t({
                id: `Tidak ada perbedaan nyata menurut “${props.by}” (p ≥ 0,05).`,
                en: `No significant difference by “${props.by}” (p ≥ 0.05).`,
              })}
        </strong>
      </p>
      <Show when={props.test.unreliable}>
        <p class="crosstab-warning">
          {t({
            id: `Hati-hati: ${formatPercent(props.test.smallExpectedShare * 100, 0)} sel memiliki frekuensi harapan di bawah 5 (terkecil ${formatDecimal(props.test.minExpected)}), sehingga nilai p kurang dapat diandalkan. Gabungkan kategori atau kumpulkan lebih banyak tanggapan.`,
            en: `Careful: ${formatPercent(props.test.smallExpectedShare * 100, 0)} of the cells expect fewer than 5 answers (the smallest ${formatDecimal(props.test.minExpected)}), so the p-value is not reliable. Merge categories or collect more responses.`,
          })}
        </p>
      </Show>
    </>
  )
}

export function CrosstabTest(props: { test: Crosstab['test']; question: string; by: string }) {
  const chi = () => (props.test?.kind === 'chi_square' ? props.test : undefined)
  const none = () => (props.test?.kind === 'none' ? props.test : undefined)
  return (
    <Show when={props.test}>
      <div class="crosstab-test" data-test-kind={props.test!.kind}>
        <Show when={chi()}>
          {(test) => <ChiSquareText test={test()} question={props.question} by={props.by} />}
        </Show>
        <Show when={none()}>
          {(test) => (
            <p>
              {test().reason === 'multi'
                ? t({
                    id: 'Uji khi-kuadrat tidak dihitung: jawaban boleh berisi lebih dari satu pilihan, sehingga satu responden dapat muncul di beberapa sel.',
                    en: 'No chi-square test: answers may hold several options, so one respondent can appear in several cells.',
                  })
                : t({
                    id: 'Uji khi-kuadrat tidak dihitung: perlu sedikitnya dua baris dan dua kolom yang berisi jawaban.',
                    en: 'No chi-square test: it needs at least two rows and two columns with answers.',
                  })}
            </p>
          )}
        </Show>
      </div>
    </Show>
  )
}
