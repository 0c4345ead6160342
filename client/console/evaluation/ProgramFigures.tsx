// The figures of one program in the evaluation, as label/value pairs: respondents against the
// sample target (with adequacy and margin of error), IKM and mutu, NPS, assessors, combined.
import { Show } from 'solid-js'
import type { ProgramEntry } from '../api/evaluations'
import { SKM } from '../../../server/domain/reference'
import { t } from '../../shared/i18n'
import { formatCount, formatRange, formatScore, formatShare, formatSigned } from './score-format'

const mutuName = (mutu: string) => SKM.categories.find((c) => c.mutu === mutu)?.kinerja

export function ProgramFigures(props: { program: ProgramEntry }) {
  const p = () => props.program
  return (
    <dl class="facts ev-facts">
      <div>
        <dt>{t({ id: 'Responden / target', en: 'Respondents / target' })}</dt>
        <dd>
          {formatCount(p().n)} / {formatCount(p().sampleTarget.target)}{' '}
          <span class="badge" classList={{ 'badge-warn': !p().adequate }}>
            {p().adequate
              ? t({ id: 'Memadai', en: 'Adequate' })
              : t({ id: 'Belum memadai', en: 'Not yet adequate' })}
          </span>
          <Show when={p().marginOfError !== null}>
            <span class="ev-note">
              {t({ id: 'Margin galat ±', en: 'Margin of error ±' })}
              {formatShare(p().marginOfError!)}
            </span>
          </Show>
        </dd>
      </div>
      <div>
        <dt>
          <abbr title={t({ id: 'Indeks Kepuasan Masyarakat', en: 'Public satisfaction index' })}>
            IKM
          </abbr>
        </dt>
        <dd>
          <Show when={p().ikm} fallback={<span class="muted">—</span>}>
            {(ikm) => (
              <>
                {formatScore(ikm().converted)}
                <Show when={ikm().mutu}>
                  {(mutu) => (
                    <>
                      {' · '}
                      {t({ id: `mutu ${mutu()}`, en: `grade ${mutu()}` })}
                      <Show when={mutuName(mutu())}>{(name) => <> ({t(name())})</>}</Show>
                    </>
                  )}
                </Show>
              </>
            )}
          </Show>
        </dd>
      </div>
      <div>
        <dt>NPS</dt>
        <dd>
          <Show when={p().nps} fallback={<span class="muted">—</span>}>
            {(nps) => (
              <>
                {nps().score === null ? '—' : formatSigned(nps().score!, 0)}
                <Show when={nps().ci}>
                  {(ci) => (
                    <span class="ev-note">
                      {t({ id: 'IK 95%: ', en: '95% CI: ' })}
                      {formatRange(ci(), 0)}
                    </span>
                  )}
                </Show>
              </>
            )}
          </Show>
        </dd>
      </div>
      <div>
        <dt>{t({ id: 'Nilai asesor (1–5)', en: 'Assessor mark (1–5)' })}</dt>
        <dd>
          <Show
            when={p().quickwinMark !== null}
            fallback={<span class="muted">{t({ id: 'Belum dinilai', en: 'Not assessed' })}</span>}
          >
            {formatScore(p().quickwinMark)}{' '}
            <span class="ev-note">
              {t({
                id: `${p().assessment.assessors} asesor`,
                en: `${p().assessment.assessors} assessor${p().assessment.assessors === 1 ? '' : 's'}`,
              })}
            </span>
          </Show>
        </dd>
      </div>
      <div>
        <dt>{t({ id: 'Skor gabungan', en: 'Combined score' })}</dt>
        <dd>
          <strong>{formatScore(p().combined)}</strong>
        </dd>
      </div>
    </dl>
  )
}
