// The raw export's hand-written CSV records are byte for byte what csv-stringify writes with its
// defaults, for any mix of texts (quotes, commas, line breaks, formulas, unicode), numbers and
// empty fields.
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { csvRecord, type CsvValue } from '../../server/features/exports/csv-record'

const text = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', ';', '=', '-', "'", 'é', '\t', '1'),
  maxLength: 12,
})
const value: fc.Arbitrary<CsvValue> = fc.oneof(
  text,
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constant(null),
  fc.constant(''),
)

it('writes the same records as csv-stringify', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(value, { minLength: 1, maxLength: 8 }), { maxLength: 5 }),
      (rows) => {
        expect(rows.map((r) => csvRecord(r)).join('')).toBe(stringify(rows))
      },
    ),
    { numRuns: 2000 },
  )
})

it('quotes a field only when it holds a quote, comma or line break, doubling quotes', () => {
  expect(csvRecord(['a"b', 'c,d', 'e\nf', 'g\rh', 'plain', 3.5, null, ''])).toBe(
    '"a""b","c,d","e\nf","g\rh",plain,3.5,,\n',
  )
})
