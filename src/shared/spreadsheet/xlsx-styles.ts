// Which cell number formats show dates: the built-in ids (incl. the zh-CN ones, 27–36 and
// 50–58) and custom codes with day, month or year parts outside quotes and brackets.

export const BUILTIN_DATE_FORMATS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
])

export function isDateFormat(code: string): boolean {
  if (!code) return false
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase()
  if (/[yd]/.test(bare)) return true
  // m alone is a month unless hours or seconds make it minutes.
  return /m/.test(bare) && !/[hs]/.test(bare)
}
