// A page of responses as a table: a row per response, newest first, with the columns the owner
// chose; the receipt opens the response in full, times are on the region's clock and excluded
// responses are marked in words, not by colour alone.
import { A } from '@solidjs/router'
import { For, Match, Switch } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { ResponseItem } from '../../api/responses'
import { formatDecimal, formatZoned } from '../../dashboard/number-format'
import { answerText, NO_ANSWER } from './cell-text'
import type { Column } from './columns'
import type { Definition } from '../../../../server/domain/questionnaire/definition'

export function ResponseTable(props: {
  items: readonly ResponseItem[]
  columns: readonly Column[]
  definitionOf: (item: ResponseItem) => Definition | undefined
  questionnaireTitle: (id: number) => string
  timeZone: string
  caption: string
}) {
  const cell = (item: ResponseItem, column: Column) => {
    if (column.question)
      return answerText(column.question.code, item.answers, props.definitionOf(item))
    switch (column.key) {
      case 'questionnaire':
        return props.questionnaireTitle(item.questionnaireId)
      case 'channel':
        return item.channel ?? NO_ANSWER
      case 'version':
        return item.version === null ? NO_ANSWER : String(item.version)
      case 'impact':
        return item.impactScore === null ? NO_ANSWER : formatDecimal(item.impactScore)
      default:
        return ''
    }
  }
  return (
    <div class="table-scroll" role="region" aria-label={props.caption} tabindex="0">
      <table class="data-table response-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>{(c) => <th scope="col">{t(c.label)}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.items}>
            {(item) => (
              <tr classList={{ 'is-excluded': item.excluded }} data-response={item.id}>
                <For each={props.columns}>
                  {(column) => (
                    <Switch fallback={<td>{cell(item, column)}</td>}>
                      <Match when={column.key === 'receipt'}>
                        <th scope="row">
                          <A href={`/responses/${item.id}`} class="receipt-code">
                            {item.receipt}
                          </A>
                        </th>
                      </Match>
                      <Match when={column.key === 'submittedAt'}>
                        <td class="nowrap">
                          <time datetime={item.submittedAt}>
                            {formatZoned(item.submittedAt, props.timeZone)}
                          </time>
                        </td>
                      </Match>
                      <Match when={column.key === 'status'}>
                        <td>
                          {item.excluded ? (
                            <span class="badge badge-excluded">
                              {t({ id: 'Dikecualikan', en: 'Excluded' })}
                            </span>
                          ) : (
                            t({ id: 'Dihitung', en: 'Counted' })
                          )}
                        </td>
                      </Match>
                    </Switch>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
