// Varints and posting lists decode to exactly what was written, over seeded random input
// (fast-check is not installed): gaps of every size, escaped and half-unit weights.
import { describe, expect, it } from 'vitest'
import { ByteWriter, readVarint } from '@shared/search/varint'
import { forEachPosting, PostingsBuilder, weightCode, writePosting } from '@shared/search/postings'
import { topK } from '@shared/search/top-k'
import { mulberry32 } from '../../../bench/generate'

describe('varints', () => {
  it('round-trip values from 0 to 2^53 - 1', () => {
    const r = mulberry32(7)
    const values = [0, 1, 127, 128, 16383, 16384, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER]
    for (let i = 0; i < 2000; i++) values.push(Math.floor(r() ** 4 * 2 ** Math.floor(r() * 53)))
    const out = new ByteWriter(1)
    values.forEach((v) => out.writeVarint(v))
    let pos = 0
    for (const v of values) {
      const [read, next] = readVarint(out.bytes, pos)
      expect(read).toBe(v)
      pos = next
    }
    expect(pos).toBe(out.length)
  })
  it('refuses negative and fractional values', () => {
    expect(() => new ByteWriter().writeVarint(-1)).toThrow(RangeError)
    expect(() => new ByteWriter().writeVarint(1.5)).toThrow(RangeError)
  })
})

describe('posting lists', () => {
  it('round-trip random ascending docs with weights, one byte for small gaps and weights', () => {
    const r = mulberry32(11)
    for (let round = 0; round < 50; round++) {
      const docs: number[] = []
      const weights: number[] = []
      for (let doc = -1, n = Math.floor(r() * 300); docs.length < n; ) {
        doc += 1 + Math.floor(r() < 0.9 ? r() * 8 : r() * 200_000)
        docs.push(doc)
        weights.push(r() < 0.8 ? 1 + Math.floor(r() * 7) : Math.floor(r() * 80) / 2 + 0.5)
      }
      const out = new ByteWriter()
      docs.forEach((d, i) => writePosting(out, i === 0 ? -1 : docs[i - 1]!, d, weights[i]!))
      const read: [number, number][] = []
      forEachPosting(out.bytes, 0, out.length, (d, w) => read.push([d, w]))
      expect(read).toEqual(docs.map((d, i) => [d, weights[i]]))
    }
    const small = new ByteWriter()
    writePosting(small, -1, 14, 7)
    expect(small.length).toBe(1)
    expect(weightCode(8)).toBe(7)
  })
  it('lays lists out in the given order with their lengths', () => {
    const b = new PostingsBuilder()
    const x = b.addList()
    const y = b.addList()
    b.add(x, 0, 1)
    b.add(y, 1, 2.5)
    b.add(x, 5, 3)
    const { postings, starts, df } = b.finish([y, x])
    expect([...df]).toEqual([1, 2])
    const lists: [number, number][][] = [[], []]
    for (const t of [0, 1]) forEachPosting(postings, starts[t]!, starts[t + 1]!, (d, w) => lists[t]!.push([d, w]))
    expect(lists).toEqual([[[1, 2.5]], [[0, 1], [5, 3]]])
    expect(() => b.add(x, 5, 1)).toThrow(RangeError)
  })
})

describe('top k', () => {
  it('equals a full sort by score, then doc number', () => {
    const r = mulberry32(3)
    for (let round = 0; round < 30; round++) {
      const n = Math.floor(r() * 500)
      const score = new Float64Array(1000)
      const docs = Int32Array.from({ length: n }, (_, i) => i * 2)
      docs.forEach((d) => (score[d] = Math.floor(r() * 20) / 4))
      const k = Math.floor(r() * 40)
      const keep = (d: number) => d % 3 !== 0
      const expected = [...docs].filter(keep).sort((a, b) => score[b]! - score[a]! || a - b).slice(0, k)
      expect(topK(docs, n, score, k, keep)).toEqual(expected)
    }
  })
})
