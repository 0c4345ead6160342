// The impact score (0-5) with its 95% interval, the IKM (converted, with mutu and kinerja) and
// the NPS with its interval; each says why it has no figure when it has none.
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { Score } from '../../api/analytics'
import {
  formatCount,
  formatDecimal,
  formatInterval,
  formatPercent,
  formatSigned,
} from '../number-format'
import { StatCard } from './StatCard'

const ci95 = () => t({ id: 'Selang kepercayaan 95%:', en: '95% CI:' })
const nLine = (n: number) =>
  t({ id: `dari ${formatCount(n)} responden`, en: `from ${formatCount(n)} respondents` })

/**
 * Why the score's n can be below the responses counted: a response that answered none of the
 * scored items has no respondent score (every one of its scored questions optional and skipped).
 */
export function UnscoredNote(props: { responses: number; scored: number }) {
  const unscored = () => props.responses - props.scored
  return (
    <Show when={unscored() > 0}>
      <p class="stat-why" data-unscored={unscored()}>
        {t({
          id: `${formatCount(unscored())} dari ${formatCount(props.responses)} tanggapan tidak menjawab satu pun butir berskor, jadi tidak ikut dihitung.`,
          en: `${formatCount(unscored())} of ${formatCount(props.responses)} responses answered no scored item, so they are not counted here.`,
        })}
      </p>
    </Show>
  )
}

export function ImpactCard(props: { impact: Score['impact']; responses: number }) {
  const ok = () => props.impact.status === 'ok' && props.impact.score != null
  const measured = () => props.impact.criteria.length > 0
  return (
    <StatCard
      name="impact"
      title={t({ id: 'Skor dampak', en: 'Impact score' })}
      value={ok() ? formatDecimal(props.impact.score!) : undefined}
      unit={t({ id: 'dari 5', en: 'out of 5' })}
      note={
        measured()
          ? t({
              id: `Belum cukup data: perlu sedikitnya 2 responden berskor (kini ${props.impact.n}).`,
              en: `Not enough data: needs at least 2 scored respondents (now ${props.impact.n}).`,
            })
          : t({
              id: 'Tidak diukur: kuesioner ini tidak memiliki butir skor dampak.',
              en: 'Not measured: the questionnaire has no impact-score items.',
            })
      }
    >
      <Show when={ok() && props.impact.ci}>
        {(ci) => (
          <p>
            {ci95()} {formatInterval(ci())}
          </p>
        )}
      </Show>
      <Show when={ok()}>
        <p>{nLine(props.impact.n)}</p>
      </Show>
      <Show when={measured()}>
        <UnscoredNote responses={props.responses} scored={props.impact.n} />
      </Show>
    </StatCard>
  )
}

const noMatch = () =>
  t({
    id: 'Tidak ada jawaban yang cocok dengan saringan.',
    en: 'No answers match the filters.',
  })

export function IkmCard(props: { ikm: Score['ikm']; asked: boolean; filtered: boolean }) {
  const ikm = () => (props.ikm?.converted != null ? props.ikm : undefined)
  return (
    <StatCard
      name="ikm"
      title={t({ id: 'IKM (konversi)', en: 'IKM (converted)' })}
      value={ikm() ? formatDecimal(ikm()!.converted!) : undefined}
      unit={t({ id: 'dari 100', en: 'out of 100' })}
      note={
        props.asked
          ? props.filtered
            ? noMatch()
            : t({ id: 'Belum cukup data untuk IKM.', en: 'Not enough data for the IKM yet.' })
          : t({
              id: 'Tidak diukur: program ini belum memakai kuesioner SKM.',
              en: 'Not measured: the program has no SKM questionnaire.',
            })
      }
    >
      <Show when={ikm()}>
        {(k) => (
          <>
            <p class="stat-strong">
              {t({ id: 'Mutu', en: 'Quality' })} {k().mutu}
              <Show when={k().kinerja}>{(kinerja) => <> · {t(kinerja())}</>}</Show>
            </p>
            <Show when={k().ci}>
              {(ci) => (
                <p>
                  {ci95()} {formatInterval(ci())}
                  <Show when={k().ciCrossesBound}>
                    {' '}
                    {t({ id: '(melintasi batas mutu)', en: '(crosses a quality band)' })}
                  </Show>
                </p>
              )}
            </Show>
            <p>
              {t({ id: 'Nilai IKM', en: 'IKM value' })} {formatDecimal(k().value!)}{' '}
              {t({ id: '(skala 1–4)', en: '(1–4 scale)' })} · {nLine(k().n)}
            </p>
          </>
        )}
      </Show>
    </StatCard>
  )
}

export function NpsCard(props: { nps: Score['nps']; asked: boolean; filtered: boolean }) {
  const nps = () => (props.nps?.score != null ? props.nps : undefined)
  return (
    <StatCard
      name="nps"
      title="NPS"
      value={nps() ? formatSigned(nps()!.score!) : undefined}
      note={
        props.asked
          ? props.filtered
            ? noMatch()
            : t({ id: 'Belum cukup data untuk NPS.', en: 'Not enough data for the NPS yet.' })
          : t({
              id: 'Tidak diukur: kuesioner program tidak memiliki pertanyaan NPS.',
              en: 'Not measured: no questionnaire of the program asks the NPS question.',
            })
      }
    >
      <Show when={nps()}>
        {(s) => (
          <>
            <Show when={s().ci}>
              {(ci) => (
                <p>
                  {ci95()} {formatSigned(ci()[0])} {t({ id: 's.d.', en: 'to' })}{' '}
                  {formatSigned(ci()[1])}
                </p>
              )}
            </Show>
            <p>{t({ id: 'Skala −100 s.d. +100', en: 'Scale −100 to +100' })}</p>
            <p>
              {t({ id: 'Promotor', en: 'Promoters' })} {formatPercent(s().promoters ?? 0, 0)} ·{' '}
              {t({ id: 'Detraktor', en: 'Detractors' })} {formatPercent(s().detractors ?? 0, 0)}
            </p>
            <p>{nLine(s().n)}</p>
          </>
        )}
      </Show>
    </StatCard>
  )
}
