// The response table's opaque page cursor: the id the next page starts below, base64url-encoded
// with a version tag, so clients never build one and a later change of the keyset stays possible.
import { AppError, fieldIssue } from '../../http/app-error'

export function encodeCursor(beforeId: number): string {
  return Buffer.from(`r1:${beforeId}`).toString('base64url')
}

/** The id a cursor starts below; 422 for anything that is not a cursor of this table. */
export function decodeCursor(cursor: string): number {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString('utf8')
    : ''
  const match = /^r1:([1-9]\d{0,15})$/.exec(text)
  if (!match) throw AppError.invalid([fieldIssue('query.after', 'filter.cursor')])
  return Number(match[1])
}
