// The fast canonical JSON (sorted copy + native stringify) writes exactly the text of the
// reference form for any JSON value, so digests of bundles never change.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { canonicalJson, canonicalJsonReference } from '@shared/bundle/digest'

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
