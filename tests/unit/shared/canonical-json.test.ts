// The fast canonical JSON (sorted copy + native stringify) writes exactly the text of the
// reference form for any JSON value, so digests of bundles never change.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { bundleDigest, canonicalJson, canonicalJsonReference, canonicalOrder, isCanonicalForm, sha256Hex } from '@shared/bundle/digest'
import { findForbiddenKey, isClean } from '@shared/bundle/read'

describe('canonicalJson', () => {
  it('equals the reference form for any JSON value, including integer-like keys and odd strings', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(canonicalJson(v)).toBe(canonicalJsonReference(v))
    }), { numRuns: 2000 })
    const odd = { b: 1, a: [undefined, { '10': 'x', '2': 'y', z: '\u2028"\\' }], c: undefined, '': null }
    expect(canonicalJson(odd)).toBe(canonicalJsonReference(odd))
    expect(canonicalJson(odd)).toBe('{"":null,"a":[null,{"10":"x","2":"y","z":"\u2028\\"\\\\"}],"b":1}')
  })
  it('refuses non-finite numbers', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/)
  })
})

describe('the reader fast path (keys already in canonical order)', () => {
  it('isCanonicalForm holds only when JSON.stringify of the value is the canonical text; isClean agrees with findForbiddenKey', () => {
    let recognised = 0
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, sorted) => {
        const parsed = JSON.parse(JSON.stringify(sorted ? canonicalOrder(v) : v)) as unknown
        expect(isClean(parsed)).toBe(findForbiddenKey(parsed) === null)
        if (isCanonicalForm(parsed)) {
          recognised++
          expect(JSON.stringify(parsed)).toBe(canonicalJsonReference(parsed))
        }
      }),
      { numRuns: 2000 },
    )
    expect(recognised).toBeGreaterThan(500)
  })

  it('values JSON.stringify would write differently from the canonical text are never taken as canonical', () => {
    expect(isCanonicalForm({ a: undefined })).toBe(false)
    expect(isCanonicalForm([undefined])).toBe(false)
    expect(isCanonicalForm({ a: Number.NaN })).toBe(false)
    expect(isCanonicalForm({ a: new Date(0) })).toBe(false)
    expect(isCanonicalForm({ a: () => 1 })).toBe(false)
    expect(isCanonicalForm({ b: 1, a: 2 })).toBe(false)
    expect(isCanonicalForm({ a: 1, b: [true, null, 'x', { c: 2 }] })).toBe(true)
  })

  it('a sorted copy of a bundle-like value is recognised, an unsorted one is not; both give the same digest', async () => {
    const bundle = { formatVersion: 1, publisher: { name: '发布方', id: 'p' }, records: { policies: [{ title: '规划', id: 'a', tags: ['x'] }] }, digest: { value: 'x' } }
    const sorted = JSON.parse(JSON.stringify(canonicalOrder(bundle))) as Record<string, unknown>
    const unsorted = JSON.parse(JSON.stringify(bundle)) as Record<string, unknown>
    expect(isCanonicalForm(sorted)).toBe(true)
    expect(isCanonicalForm(unsorted)).toBe(false)
    expect(await bundleDigest(sorted)).toBe(await bundleDigest(unsorted))
    // integer-like keys can never be in canonical order in JS (they always come first)
    expect(isCanonicalForm(JSON.parse('{"10":1,"9":2}'))).toBe(false)
  })

  it('forbidden keys and deep nesting are caught by the quick pass too', () => {
    expect(isClean(JSON.parse('{"a":{"__proto__":{"x":1}}}'))).toBe(false)
    expect(isClean(JSON.parse('{"a":[{"constructor":1}]}'))).toBe(false)
    expect(isClean(JSON.parse('['.repeat(70) + ']'.repeat(70)))).toBe(false)
    expect(isClean(JSON.parse('['.repeat(60) + ']'.repeat(60)))).toBe(true)
  })
})

describe('sha256Hex', () => {
  it('hashes the UTF-8 bytes of any text, as Node does (Chinese, astral characters, lone surrogates)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '国发〔2017〕35号', '𠮷野家', '\ud800', 'a'.repeat(5000))), async (s) => {
        expect(await sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'))
      }),
      { numRuns: 300 },
    )
  })
})
