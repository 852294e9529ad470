// Document numbers (发文字号) such as 国发〔2017〕35号: parsed into issuer code, year and
// serial, and normalised so that 〔〕, [], （）, () and 【】 spellings compare equal.

export interface DocNumber {
  /** The issuing organ's code, e.g. 国发, 工信部联科, 京政发. */
  prefix: string
  year: number
  serial: number
  /** The canonical spelling: prefix〔year〕serial号. */
  normalized: string
}

const OPEN = '〔［[（(【｛{'
const CLOSE = '〕］]）)】｝}'
const FULLWIDTH_DIGITS = /[０-９]/g

function toHalfWidthDigits(s: string): string {
  return s.replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
}

const RE = new RegExp(`^\\s*([\\u4e00-\\u9fffA-Za-z]{1,20})\\s*[${escape(OPEN)}]\\s*(\\d{4})\\s*[${escape(CLOSE)}]\\s*第?\\s*(\\d{1,5})\\s*号?\\s*$`)

function escape(chars: string): string {
  return chars.replace(/[[\]{}()\\^-]/g, (c) => `\\${c}`)
}

export function parseDocNumber(raw: string): DocNumber | null {
  const m = RE.exec(toHalfWidthDigits(raw))
  if (!m) return null
  const prefix = m[1]!
  const year = Number(m[2])
  const serial = Number(m[3])
  if (year < 1949 || year > 2100 || serial < 1) return null
  return { prefix, year, serial, normalized: `${prefix}〔${year}〕${serial}号` }
}

/** The key two spellings of one number share; falls back to a squeezed form when unparsable. */
export function docNumberKey(raw: string | null | undefined): string | null {
  if (!raw || !raw.trim()) return null
  const parsed = parseDocNumber(raw)
  if (parsed) return parsed.normalized
  return toHalfWidthDigits(raw).replace(/\s+/g, '')
}
