// Schemas of query and path strings shared by several routes. They stay strings (patterns and
// checks, no transforms) so that they convert to JSON Schema for /api/openapi.json.
import * as v from 'valibot'

/** A database id as a path or query string. */
export const IdString = v.pipe(v.string(), v.regex(/^[1-9]\d{0,11}$/, 'value.positive-whole'))

const DAY_SHAPE = /^20\d\d-\d\d-\d\d$/

/**
 * A calendar day YYYY-MM-DD (20xx) that exists. One message per mistake: the shape first, and only
 * a well-shaped day is checked against the calendar (2024-02-30 and 2024-13-45 do not exist).
 */
export const DayString = v.pipe(
  v.string(),
  v.regex(DAY_SHAPE, 'date.format'),
  v.check((day) => {
    if (!DAY_SHAPE.test(day)) return true // reported by the pattern above
    const at = new Date(`${day}T00:00:00Z`)
    return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day
  }, 'date.not-real'),
)
