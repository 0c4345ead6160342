// What a response is apart from its answers: its program and questionnaire, the version and link
// it came through, when it arrived on the region's clock (with the offset, as exports write it),
// its impact score and whether it counts.
import { A } from '@solidjs/router'
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { Program } from '../../api/programs'
import type { ResponseDetail } from '../../api/responses'
import { formatDecimal, formatZoned } from '../../dashboard/number-format'

export function ResponseFacts(props: {
  response: ResponseDetail
  program: Program
  questionnaireTitle?: string
}) {
  const r = () => props.response
  return (
    <dl class="details response-facts">
      <dt>{t({ id: 'Tanda terima', en: 'Receipt' })}</dt>
      <dd class="receipt-code">{r().receipt}</dd>
      <dt>{t({ id: 'Program', en: 'Program' })}</dt>
      <dd>
        <A href={`/programs/${props.program.id}`}>{props.program.name}</A>
      </dd>
      <dt>{t({ id: 'Kuesioner', en: 'Questionnaire' })}</dt>
      <dd>{props.questionnaireTitle ?? `#${r().questionnaireId}`}</dd>
      <dt>{t({ id: 'Versi', en: 'Version' })}</dt>
      <dd>{r().version ?? '–'}</dd>
      <dt>{t({ id: 'Saluran (tautan)', en: 'Channel (link)' })}</dt>
      <dd>
        {r().channel ?? '–'} <span class="muted">#{r().linkId}</span>
      </dd>
      <dt>{t({ id: 'Waktu masuk', en: 'Submitted' })}</dt>
      <dd>
        <time datetime={r().submittedAt}>
          {formatZoned(r().submittedAt, r().timeZone, { seconds: true })}
        </time>{' '}
        <span class="muted">({r().submittedAt})</span>
      </dd>
      <dt>{t({ id: 'Skor dampak', en: 'Impact score' })}</dt>
      <dd>
        <Show
          when={r().impactScore !== null}
          fallback={t({ id: 'tidak ada (tanpa butir berskor)', en: 'none (no scored item)' })}
        >
          {formatDecimal(r().impactScore!)} {t({ id: 'dari 5', en: 'out of 5' })}
        </Show>
      </dd>
      <dt>{t({ id: 'Status', en: 'Status' })}</dt>
      <dd data-status={r().excluded ? 'excluded' : 'counted'}>
        <Show
          when={r().exclusion}
          fallback={t({ id: 'Dihitung dalam semua angka', en: 'Counted in every figure' })}
        >
          {(x) => (
            <>
              <strong>{t({ id: 'Dikecualikan', en: 'Excluded' })}</strong>: <q>{x().reason}</q>
              {' · '}
              {formatZoned(x().at, r().timeZone)}
              <Show when={x().by}> · {x().by}</Show>
            </>
          )}
        </Show>
      </dd>
    </dl>
  )
}
