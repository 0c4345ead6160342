// Comments as a list: each one's text (plain text, line breaks kept), its time on the region's
// clock, its channel and, on screen, a link to the whole response it came with.
import { A } from '@solidjs/router'
import { For } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { Comment } from './comment-pages'
import { formatZoned } from '../number-format'

export function CommentItems(props: { items: readonly Comment[]; timeZone: string }) {
  return (
    <ol class="comment-list">
      <For each={props.items}>
        {(c) => (
          <li class="comment">
            <p class="comment-text">{c.text}</p>
            <p class="comment-meta">
              <time datetime={c.submittedAt}>{formatZoned(c.submittedAt, props.timeZone)}</time>
              {' · '}
              {c.channel}
              <span class="no-print">
                {' · '}
                <A href={`/responses/${c.responseId}`}>
                  {t({ id: 'Lihat tanggapan', en: 'View the response' })}
                </A>
              </span>
            </p>
          </li>
        )}
      </For>
    </ol>
  )
}
