// Spreadsheet dates: every common spelling to a partial date at the precision written,
// impossible days refused with a reason, Excel serials (and the 1900 leap-year bug).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { excelSerialToDate, parseSheetDate } from '../../../src/shared/spreadsheet/dates'
import { PARTIAL_DATE_RE } from '../../../src/shared/dates/partial-date'

const ok = (raw: string, opts = {}) => {
  const r = parseSheetDate(raw, opts)
  if (!r?.ok) throw new Error(`not ok: ${raw}: ${JSON.stringify(r)}`)
  return r.value
}

describe('parseSheetDate', () => {
  it('reads the spellings analysts use', () => {
    expect(ok('2023-05-30')).toBe('2023-05-30')
    expect(ok('2023/5/30')).toBe('2023-05-30')
    expect(ok('2023.5.30')).toBe('2023-05-30')
    expect(ok('2023年5月30日')).toBe('2023-05-30')
    expect(ok(' 2023 年 5 月 30 日 ')).toBe('2023-05-30')
    expect(ok('２０２３年５月３０日')).toBe('2023-05-30')
    expect(ok('2023年5月')).toBe('2023-05')
    expect(ok('2023/05')).toBe('2023-05')
    expect(ok('2023年')).toBe('2023')
    expect(ok('2023')).toBe('2023')
    expect(ok('20230530')).toBe('2023-05-30')
    expect(ok('2023年以来')).toBe('2023+')
    expect(ok('2023-05-30 00:00:00')).toBe('2023-05-30')
  })
  it('is null for an empty cell', () => {
    expect(parseSheetDate('  ')).toBeNull()
  })
  it('refuses days and months that do not exist, saying why', () => {
    expect(parseSheetDate('2023-02-30')).toEqual({ ok: false, message: expect.stringContaining('no such day: 2023-02-30') })
    expect(parseSheetDate('2023年13月')).toEqual({ ok: false, message: expect.stringContaining('month must be 1–12') })
    expect(parseSheetDate('2023-02-29')?.ok).toBe(false)
    expect(ok('2024-02-29')).toBe('2024-02-29')
    expect(parseSheetDate('下个月')).toEqual({ ok: false, message: expect.stringContaining('unrecognised date') })
  })
  it('reads five-digit numbers as Excel serials only when asked (XLSX number cells)', () => {
    expect(parseSheetDate('45076')?.ok).toBe(false)
    expect(ok('45076', { serials: true })).toBe('2023-05-30')
    expect(ok('45076.75', { serials: true })).toBe('2023-05-30')
  })
})

describe('excelSerialToDate', () => {
  it('follows Excel, phantom 29 February 1900 included', () => {
    expect(excelSerialToDate(1)).toBe('1900-01-01')
    expect(excelSerialToDate(59)).toBe('1900-02-28')
    expect(excelSerialToDate(60)).toBeNull()
    expect(excelSerialToDate(61)).toBe('1900-03-01')
    expect(excelSerialToDate(45076)).toBe('2023-05-30')
    expect(excelSerialToDate(0, true)).toBeNull()
    expect(excelSerialToDate(43614, true)).toBe('2023-05-30')
    expect(excelSerialToDate(-1)).toBeNull()
  })
})

const day = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })

describe('properties', () => {
  it('every real day reads the same in every spelling and is a valid partial date', () => {
    fc.assert(
      fc.property(day, (d) => {
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`
        for (const s of [iso, `${y}/${m}/${dd}`, `${y}.${m}.${dd}`, `${y}年${m}月${dd}日`]) expect(ok(s)).toBe(iso)
        expect(PARTIAL_DATE_RE.test(iso)).toBe(true)
      }),
    )
  })
  it('Excel serials and calendar days convert both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (n) => {
        const iso = excelSerialToDate(n)!
        const back = Math.round((Date.parse(iso + 'T00:00:00Z') - Date.UTC(1899, 11, 30)) / 86_400_000)
        expect(back).toBe(n)
      }),
    )
  })
  it('day 29–31 of a month that lacks it is always refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 }), (y, m, d) => {
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCMonth() === m - 1
        expect(parseSheetDate(`${y}年${m}月${d}日`)?.ok).toBe(real)
      }),
    )
  })
})
