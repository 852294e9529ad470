// Partial dates keep the precision the source gives, sort sensibly and read naturally.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { comparePartialDates, formatPartialDate, parsePartialDate, partialDateStart } from '@shared/dates/partial-date'
import { isRealDay, partialDateSchema } from '@shared/model/common'

describe('partial dates', () => {
  it('parses each precision', () => {
    expect(parsePartialDate('2017')).toEqual({ year: 2017, month: null, day: null, precision: 'year' })
    expect(parsePartialDate('2023-06')).toMatchObject({ month: 6, precision: 'month' })
    expect(parsePartialDate('2024-03-05')).toMatchObject({ day: 5, precision: 'day' })
    expect(parsePartialDate('2023+')).toMatchObject({ year: 2023, precision: 'year-or-later' })
    expect(parsePartialDate('2023-13')).toBeNull()
    expect(parsePartialDate(null)).toBeNull()
  })
  it('validates with a reason, refusing days that do not exist', () => {
    expect(partialDateSchema.safeParse('2023-02-30').success).toBe(false)
    expect(partialDateSchema.safeParse('2024-02-29').success).toBe(true)
    const bad = partialDateSchema.safeParse('2023/5/30')
    expect(bad.success).toBe(false)
    if (!bad.success) expect(bad.error.issues[0]!.message).toContain('YYYY')
  })
  it('knows the calendar: a day is real exactly when Date keeps it (leap years, 30-day months, centuries)', () => {
    // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999
    const byDate = (y: number, m: number, d: number) => {
      const dt = new Date(0)
      dt.setUTCFullYear(y, m - 1, d)
      return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
    }
    const pad = (n: number, w: number) => String(n).padStart(w, '0')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        expect(isRealDay(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(byDate(y, m, d))
      }),
      { numRuns: 3000 },
    )
    for (const s of ['1900-02-29', '2100-02-29', '2023-02-29', '2023-04-31', '2023-02-30']) expect(isRealDay(s)).toBe(false)
    for (const s of ['0000-02-29', '2000-02-29', '2024-02-29', '2023-12-31', '2023', '2023-05', '2023+', '20x3-02-30']) expect(isRealDay(s)).toBe(true)
  })
  it('formats in Chinese and English without inventing precision', () => {
    expect(formatPartialDate('2017', 'zh-CN')).toBe('2017年')
    expect(formatPartialDate('2022-08', 'zh-CN')).toBe('2022年8月')
    expect(formatPartialDate('2023+', 'zh-CN')).toBe('2023年以来')
    expect(formatPartialDate('2022-08', 'en')).toBe('Aug 2022')
    expect(formatPartialDate('2023+', 'en')).toBe('2023 or later')
  })
  it('sorts unknown dates last in either direction', () => {
    const dates = ['2023-06', null, '2017', '2023+', '2022-08']
    expect([...dates].sort((a, b) => comparePartialDates(a, b))).toEqual(['2017', '2022-08', '2023+', '2023-06', null])
    expect([...dates].sort((a, b) => comparePartialDates(a, b, true))).toEqual(['2023-06', '2023+', '2022-08', '2017', null])
    expect(partialDateStart('2023-06')).toBe(Date.UTC(2023, 5, 1))
  })
})

describe('partialDateSortKey', () => {
  it('orders partial dates as their start days do, undated first when ascending', async () => {
    const { partialDateSortKey, partialDateStart } = await import('@shared/dates/partial-date')
    const { mulberry32 } = await import('../../../bench/generate')
    const next = mulberry32(11)
    const rand = (n: number) => Math.floor(next() * n)
    const pad = (n: number) => String(n).padStart(2, '0')
    const dates = Array.from({ length: 400 }, () => {
      const y = 2000 + rand(30)
      const kind = rand(4)
      return kind === 0 ? `${y}` : kind === 1 ? `${y}+` : kind === 2 ? `${y}-${pad(1 + rand(12))}` : `${y}-${pad(1 + rand(12))}-${pad(1 + rand(28))}`
    })
    for (let i = 0; i + 1 < dates.length; i++) {
      const [a, b] = [dates[i]!, dates[i + 1]!]
      expect(Math.sign(partialDateSortKey(a) - partialDateSortKey(b)), `${a} vs ${b}`).toBe(Math.sign(partialDateStart(a)! - partialDateStart(b)!))
    }
    expect(partialDateSortKey(null)).toBeLessThan(partialDateSortKey('1900'))
  })
})
