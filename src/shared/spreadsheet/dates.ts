// Dates as spreadsheets hold them (2023-05-30, 2023/5/30, 2023.5.30, 2023年5月30日, 2023年5月,
// 2023年, 20230530, Excel serials) turned into partial dates, keeping only the precision given.

export type DateResult = { ok: true; value: string } | { ok: false; message: string }

const DAY_MS = 86_400_000

/** Full-width digits and punctuation to ASCII, spaces removed. */
function squeeze(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '')
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0')
}

function build(year: number, month: number | null, day: number | null): DateResult {
  if (year < 1000 || year > 9999) return { ok: false, message: `年份无效 / invalid year: ${year}` }
  if (month === null) return { ok: true, value: String(year) }
  if (month < 1 || month > 12) return { ok: false, message: `月份须为 1–12 / month must be 1–12: ${month}` }
  if (day === null) return { ok: true, value: `${year}-${pad(month)}` }
  const dt = new Date(Date.UTC(year, month - 1, day))
  if (day < 1 || dt.getUTCMonth() !== month - 1) {
    return { ok: false, message: `日期不存在 / no such day: ${year}-${pad(month)}-${pad(day)}` }
  }
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` }
}

/**
 * An Excel serial day number to YYYY-MM-DD. In the 1900 system Excel counts a 29 February
 * 1900 that never was (serial 60), so serials from 61 on are one day ahead of the calendar.
 */
export function excelSerialToDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null
  const whole = Math.floor(serial)
  let ms: number
  if (date1904) ms = Date.UTC(1904, 0, 1) + whole * DAY_MS
  else if (whole === 60) return null
  else ms = Date.UTC(1899, 11, whole < 60 ? 31 : 30) + whole * DAY_MS
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

const NUMERIC = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/
const CHINESE = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?$/
const SINCE = /^(\d{4})(?:\+|年?以来|年?起)$/

export interface DateOptions {
  /** Numbers of five digits are Excel serials (an XLSX cell not formatted as a date). */
  serials?: boolean
  date1904?: boolean
}

/** Reads one cell as a partial date; null when the cell is empty. */
export function parseSheetDate(raw: string, opts: DateOptions = {}): DateResult | null {
  const s = squeeze(raw)
  if (!s) return null
  let m = NUMERIC.exec(s) ?? CHINESE.exec(s)
  if (m) return build(Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null)
  if (/^\d{4}$/.test(s)) return build(Number(s), null, null)
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]))
  m = SINCE.exec(s)
  if (m) return { ok: true, value: `${m[1]}+` }
  if (opts.serials && /^\d{1,7}(\.\d+)?$/.test(s)) {
    const d = excelSerialToDate(Number(s), opts.date1904)
    if (d) return { ok: true, value: d }
  }
  return { ok: false, message: `无法识别的日期 / unrecognised date: "${raw.trim().slice(0, 40)}" (2023-05-30, 2023/5/30, 2023年5月30日, 2023年5月, 2023)` }
}
