// Import files arrive in whatever encoding the analyst's tools wrote: UTF-8 with or without a
// BOM, UTF-16 (Windows "Unicode"), or GB18030/GBK (Chinese Excel and WPS). Each must decode
// to the same text, and the encoding found must be reported.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeText } from '../../../src/shared/import-file/encoding'

// GB2312 level-1 hanzi (rows B0–D7), decoded once: the pool Chinese test text is drawn from,
// with a reverse map to encode it as GB18030 (Node's TextEncoder writes only UTF-8).
const gbEncode = new Map<string, number[]>()
const hanzi: string[] = []
for (let lead = 0xb0; lead <= 0xd7; lead++) {
  for (let trail = 0xa1; trail <= 0xfe; trail++) {
    const ch = new TextDecoder('gb18030').decode(new Uint8Array([lead, trail]))
    if (ch.length === 1 && ch !== '\ufffd' && !gbEncode.has(ch)) {
      gbEncode.set(ch, [lead, trail])
      hanzi.push(ch)
    }
  }
}
const ascii = 'abcXYZ019 ,"{}:[]\n-_.'
function toGb18030(text: string): Uint8Array {
  const out: number[] = []
  for (const ch of text) out.push(...(gbEncode.get(ch) ?? [ch.charCodeAt(0)]))
  return new Uint8Array(out)
}
const utf16be = (text: string): Uint8Array => Buffer.from(text, 'utf16le').swap16()
const chinese = fc.array(fc.constantFrom(...hanzi, ...ascii), { minLength: 8, maxLength: 200 }).map((a) => a.join(''))
/** Text as in a JSON or CSV file: Chinese with at least one ASCII delimiter. */
const delimited = fc.tuple(chinese, fc.constantFrom(...ascii)).map(([t, d]) => t + d)

describe('decodeText', () => {
  it('reads GBK bytes as saved by Chinese Excel and reports gb18030', () => {
    const bytes = new Uint8Array([213, 254, 178, 223, 44, 183, 162, 206, 196, 215, 214, 186, 197, 10, 200, 203, 185, 164, 214, 199, 196, 220, 44, 185, 250, 183, 162, 161, 178, 50, 48, 49, 55, 161, 179, 51, 53, 186, 197, 10])
    expect(decodeText(bytes)).toEqual({ text: '政策,发文字号\n人工智能,国发〔2017〕35号\n', encoding: 'gb18030' })
  })

  it('reads UTF-16 without a BOM from its NUL bytes, in either byte order', () => {
    const text = '{"标题":"人工智能"}'
    expect(decodeText(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' })
    expect(decodeText(utf16be(text))).toEqual({ text, encoding: 'utf-16be' })
  })

  it('names the encoding when BOM-marked text is broken, and refuses bytes no encoding reads', () => {
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toThrow(/UTF-8/)
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]))).toThrow(/UTF-16LE/)
    expect(() => decodeText(new Uint8Array([0x81, 0x20, 0xff, 0xff]))).toThrow(/unknown text encoding/)
  })

  it('round-trips Chinese text in UTF-8, with and without a BOM', () => {
    fc.assert(
      fc.property(chinese, (text) => {
        const utf8 = new TextEncoder().encode(text)
        expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' })
        expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8-bom' })
      }),
    )
  })

  it('round-trips Chinese text (astral characters too) in UTF-16 with a BOM, either byte order', () => {
    const withAstral = fc.tuple(chinese, fc.constantFrom('𠀀', '𪚥', '😀')).map(([t, a]) => a + t + a)
    fc.assert(
      fc.property(withAstral, (text) => {
        expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16le' })
        expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]))).toEqual({ text, encoding: 'utf-16be' })
      }),
    )
  })

  it('round-trips delimited Chinese text in UTF-16LE without a BOM', () => {
    fc.assert(
      fc.property(delimited, (text) => {
        expect(decodeText(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' })
      }),
    )
  })

  it('round-trips Chinese text in GB18030', () => {
    const nonAscii = chinese.filter((t) => [...t].some((c) => c.charCodeAt(0) > 0x7f))
    fc.assert(
      fc.property(nonAscii, (text) => {
        expect(decodeText(toGb18030(text))).toEqual({ text, encoding: 'gb18030' })
      }),
    )
  })
})
