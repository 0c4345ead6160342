// Report periods: codes, names, the period before, quarters, and the windows of a finished action.
import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysInRange,
  effectWindows,
  isQuarterCode,
  longDay,
  periodFromCode,
  periodName,
  periodOfRange,
  previousPeriod,
  quarterOfDay,
  shiftQuarter,
} from '../../../server/domain/periods'

describe('periodFromCode', () => {
  it('reads years, semesters and quarters, with their first and last days', () => {
    expect(periodFromCode('2024')).toEqual({
      kind: 'year',
      from: '2024-01-01',
      to: '2024-12-31',
      code: '2024',
    })
    expect(periodFromCode('2024-S2')).toMatchObject({ from: '2024-07-01', to: '2024-12-31' })
    expect(periodFromCode('2024-Q1')).toMatchObject({ from: '2024-01-01', to: '2024-03-31' })
    expect(periodFromCode('2024-Q2')).toMatchObject({ from: '2024-04-01', to: '2024-06-30' })
    expect(periodFromCode('2024-Q4')).toMatchObject({ from: '2024-10-01', to: '2024-12-31' })
  })

  it('knows leap years', () => {
    expect(periodFromCode('2024-S1')!.to).toBe('2024-06-30')
    expect(daysInRange('2024-01-01', '2024-03-31')).toBe(91)
    expect(daysInRange('2023-01-01', '2023-03-31')).toBe(90)
  })

  it('refuses what is not a period code', () => {
    for (const code of ['24', '2024-Q5', '2024-S3', '2024-Q0', '1999', 'abc', '2024-q1'])
      expect(periodFromCode(code)).toBeNull()
  })
})

describe('periodOfRange', () => {
  it('names a range that is exactly a quarter, semester or year', () => {
    expect(periodOfRange('2024-04-01', '2024-06-30').code).toBe('2024-Q2')
    expect(periodOfRange('2024-01-01', '2024-06-30').code).toBe('2024-S1')
    expect(periodOfRange('2024-01-01', '2024-12-31').code).toBe('2024')
    expect(periodOfRange('2024-01-02', '2024-06-30')).toEqual({
      kind: 'range',
      from: '2024-01-02',
      to: '2024-06-30',
      code: null,
    })
  })
})

describe('previousPeriod', () => {
  it('steps back a quarter, a semester or a year, across years', () => {
    expect(previousPeriod(periodFromCode('2024-Q1')!).code).toBe('2023-Q4')
    expect(previousPeriod(periodFromCode('2024-Q3')!).code).toBe('2024-Q2')
    expect(previousPeriod(periodFromCode('2024-S1')!).code).toBe('2023-S2')
    expect(previousPeriod(periodFromCode('2024-S2')!).code).toBe('2024-S1')
    expect(previousPeriod(periodFromCode('2024')!).code).toBe('2023')
  })

  it('takes as many days just before a day range', () => {
    const p = previousPeriod(periodOfRange('2024-03-11', '2024-03-20'))
    expect(p).toEqual({ kind: 'range', from: '2024-03-01', to: '2024-03-10', code: null })
  })
})

describe('names', () => {
  it('names periods in Indonesian and English', () => {
    expect(periodName(periodFromCode('2024-Q2')!)).toEqual({
      id: 'Triwulan II 2024',
      en: 'Q2 2024',
    })
    expect(periodName(periodFromCode('2024-S1')!)).toEqual({ id: 'Semester I 2024', en: 'H1 2024' })
    expect(periodName(periodFromCode('2024')!)).toEqual({ id: 'Tahun 2024', en: '2024' })
    expect(periodName(periodOfRange('2024-03-05', '2024-04-09'))).toEqual({
      id: '5 Maret 2024 s.d. 9 April 2024',
      en: '5 March 2024 to 9 April 2024',
    })
    expect(longDay('2024-11-04')).toEqual({ id: '4 November 2024', en: '4 November 2024' })
  })
})

describe('quarters', () => {
  it('finds the quarter of a day and steps between quarters', () => {
    expect(quarterOfDay('2024-03-31')).toBe('2024-Q1')
    expect(quarterOfDay('2024-04-01')).toBe('2024-Q2')
    expect(quarterOfDay('2024-12-31')).toBe('2024-Q4')
    expect(shiftQuarter('2024-Q4', 1)).toBe('2025-Q1')
    expect(shiftQuarter('2024-Q1', -1)).toBe('2023-Q4')
    expect(shiftQuarter('2024-Q2', -6)).toBe('2022-Q4')
    expect(isQuarterCode('2025-Q3')).toBe(true)
    expect(isQuarterCode('2025-3')).toBe(false)
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01')
  })
})

describe('effectWindows', () => {
  it('judges an action finished in Q2 by the Q1 before against Q3 onwards', () => {
    expect(effectWindows('2024-05-10', '2024-11-30')).toEqual({
      before: { from: '2024-01-01', to: '2024-03-31' },
      after: { from: '2024-07-01', to: '2024-11-30' },
    })
  })

  it('has no after window until the next quarter has begun', () => {
    expect(effectWindows('2024-05-10', '2024-06-30').after).toBeNull()
    expect(effectWindows('2024-05-10', '2024-07-01').after).toEqual({
      from: '2024-07-01',
      to: '2024-07-01',
    })
  })

  it('crosses years', () => {
    expect(effectWindows('2024-01-15', '2024-05-01').before).toEqual({
      from: '2023-10-01',
      to: '2023-12-31',
    })
    expect(effectWindows('2024-12-15', '2025-02-01').after).toEqual({
      from: '2025-01-01',
      to: '2025-02-01',
    })
  })
})
