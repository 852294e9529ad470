// Text encoding detection for import files: BOMs, UTF-16 without a BOM, strict UTF-8, then
// GB18030 (a superset of GBK, what Chinese Excel and WPS save as "CSV" or "ANSI" text).
import { ImportFileError } from './errors'

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

/** Characters real bundles and spreadsheets are made of; used to tell UTF-16LE from BE. */
function isCommon(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    c === 0x09 || c === 0x0a || c === 0x0d ||
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x2010 && c <= 0x2027) // dashes, quotes, ellipsis
  )
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function commonShare(text: string | null): number {
  if (text === null) return -1
  let n = 0
  for (let i = 0; i < text.length; i++) if (isCommon(text.charCodeAt(i))) n++
  return text.length === 0 ? 0 : n / text.length
}

/**
 * UTF-16 without a BOM: UTF-8 and GB18030 text never holds NUL bytes, UTF-16 text with any
 * ASCII (every JSON or CSV file) does. The byte order whose decoding reads as more common
 * characters wins; a tie goes to little-endian, what Windows writes.
 */
function sniffUtf16(bytes: Uint8Array): TextEncodingName | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192))
  if (!sample.includes(0)) return null
  const le = commonShare(tryDecode('utf-16le', sample))
  const be = commonShare(tryDecode('utf-16be', sample))
  if (le < 0.5 && be < 0.5) return null
  return be > le ? 'utf-16be' : 'utf-16le'
}

function decodeAs(encoding: TextEncodingName, bytes: Uint8Array, skip: number): string {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding
  const text = tryDecode(label, bytes.subarray(skip))
  if (text === null) {
    throw new ImportFileError('failed', `文本不是有效的 ${encoding.toUpperCase()} 编码 / the text is not valid ${encoding.toUpperCase()}`)
  }
  return text
}

/** Decodes the text of an import file and names the encoding it found. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeAs('utf-8-bom', bytes, 3), encoding: 'utf-8-bom' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs('utf-16le', bytes, 2), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs('utf-16be', bytes, 2), encoding: 'utf-16be' }
  const utf16 = sniffUtf16(bytes)
  if (utf16) return { text: decodeAs(utf16, bytes, 0), encoding: utf16 }
  const utf8 = tryDecode('utf-8', bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  const gb = tryDecode('gb18030', bytes)
  if (gb !== null) return { text: gb, encoding: 'gb18030' }
  throw new ImportFileError(
    'failed',
    '无法识别文本编码（支持 UTF-8、UTF-16、GB18030/GBK）/ unknown text encoding (UTF-8, UTF-16 and GB18030/GBK are supported)',
  )
}
