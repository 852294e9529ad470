// Partial dates as sources give them: a year, a month, a day, or "this year or later".
// Ordering and timeline placement never pretend to a precision the source lacks.
/** YYYY, YYYY-MM, YYYY-MM-DD or YYYY+ ("that year and later"). Free of zod, so start-up code can use it. */
export const PARTIAL_DATE_RE = /^(\d{4})(\+|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/

export type Precision = 'year' | 'month' | 'day' | 'year-or-later'
export interface PartialDate {
  year: number
  month: number | null
  day: number | null
  precision: Precision
}

export function parsePartialDate(s: string | null | undefined): PartialDate | null {
  if (!s) return null
  const m = PARTIAL_DATE_RE.exec(s)
  if (!m) return null
  const year = Number(m[1])
  if (m[2] === '+') return { year, month: null, day: null, precision: 'year-or-later' }
  const month = m[3] ? Number(m[3]) : null
  const day = m[5] ? Number(m[5]) : null
  return { year, month, day, precision: day ? 'day' : month ? 'month' : 'year' }
}

/** Milliseconds (UTC) of the earliest moment the date can mean, for sorting and the time axis. */
export function partialDateStart(s: string | null | undefined): number | null {
  const d = parsePartialDate(s)
  if (!d) return null
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1)
}

/** Sorts known dates first (newest first when desc), unknown last, whatever the direction. */
export function comparePartialDates(a: string | null, b: string | null, desc = false): number {
  const x = partialDateStart(a)
  const y = partialDateStart(b)
  if (x === null && y === null) return 0
  if (x === null) return 1
  if (y === null) return -1
  return desc ? y - x : x - y
}

export function formatPartialDate(s: string | null | undefined, locale: 'zh-CN' | 'en'): string | null {
  const d = parsePartialDate(s)
  if (!d) return null
  if (locale === 'zh-CN') {
    if (d.precision === 'year-or-later') return `${d.year}年以来`
    return `${d.year}年` + (d.month ? `${d.month}月` : '') + (d.day ? `${d.day}日` : '')
  }
  if (d.precision === 'year-or-later') return `${d.year} or later`
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  if (!d.month) return String(d.year)
  return (d.day ? `${d.day} ` : '') + `${months[d.month - 1]} ${d.year}`
}

/**
 * A number that orders partial dates by their start (YYYYMMDD; undated -1), read from the
 * characters without a regex: sorting 100,000 rows calls it 100,000 times.
 */
export function partialDateSortKey(s: string | null | undefined): number {
  if (!s || s.length < 4) return -1
  const d = (i: number) => s.charCodeAt(i) - 48
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)
  const month = s.length >= 7 && s[4] === '-' ? d(5) * 10 + d(6) : 1
  const day = s.length >= 10 ? d(8) * 10 + d(9) : 1
  return year * 10000 + month * 100 + day
}
