// Block-bounded search: on data where many terms hold thousands of docs (so the compact index
// reads their lists through range tables and stops early), results are still exactly those of
// SearchIndex: same hits, same order, same scores, with filters, limits, removals and a delta
// layer that moves the average length the tables were computed with.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SearchIndex, type SearchDoc, type SearchKind } from '@shared/search/index'
import { CompactIndex } from '@shared/search/compact-index'
import { LayeredIndex } from '@shared/search/layered-index'
import { forEachPosting } from '@shared/search/postings'
import { BLOCK_SHIFT, BOUND_STEP, MIN_TABLE_DF, RANGE_SHIFT, RangeTables } from '@shared/search/range-tables'
import { saturate } from '@shared/search/ranking'
import { generateAll } from '../../../bench/generate'
import { searchDocs } from '../../../bench/search-docs'

const { policies, notes } = generateAll(6000)
const docs = searchDocs(policies, notes)
const QUERIES = [
  '大模型', '人工智能', '算力', '京', '粤', 'AI 大模型', 'ai', 'gp', 'GPU', 'MaaS', '数据要素', '开源', '人才', '行动计划', '安全治理',
  '广东省 人工智能', '智能网联汽车', '模型即服务', '京政办发[2023]15号', '2024', '量子计算',
]
const key = (d: { kind: SearchKind; id: string }) => `${d.kind}:${d.id}`
const plain = (hits: { id: string; kind: SearchKind; score: number }[]) => hits.map(({ id, kind, score }) => ({ id, kind, score }))
const referenceOf = (list: SearchDoc[]) => {
  const index = new SearchIndex()
  list.forEach((d) => index.add(d))
  return index
}

describe('range tables', () => {
  const snapshot = CompactIndex.build(docs).toSnapshot()
  const terms = snapshot.terms.split('\n')
  const avg = 123.5
  const tables = RangeTables.compute(snapshot, avg)

  it('exist for the long lists only', () => {
    expect(tables.size).toBeGreaterThan(20)
    for (let t = 0; t < terms.length; t++) expect(tables.table(t) !== undefined, terms[t]).toBe(snapshot.df[t]! >= MIN_TABLE_DF)
  })

  it('bound every posting of each block tightly, and resume decoding exactly at each range', () => {
    let checked = 0
    for (let t = 0; t < terms.length; t++) {
      const table = tables.table(t)
      if (!table || t % 7) continue
      const best = new Float64Array(tables.blocks)
      const firstIn = new Map<number, number>()
      forEachPosting(snapshot.postings, snapshot.starts[t]!, snapshot.starts[t + 1]!, (doc, w) => {
        const b = doc >>> BLOCK_SHIFT
        best[b] = Math.max(best[b]!, saturate(w, snapshot.lengths[doc]!, avg))
        if (!firstIn.has(doc >>> RANGE_SHIFT)) firstIn.set(doc >>> RANGE_SHIFT, doc)
      })
      for (let b = 0; b < tables.blocks; b++) {
        // A byte of BOUND_STEPs, rounded up: at least the best, at most one step above it.
        expect(table.max[b]! * BOUND_STEP).toBeGreaterThanOrEqual(best[b]!)
        expect(table.max[b]! * BOUND_STEP).toBeLessThanOrEqual(best[b]! + BOUND_STEP)
        expect(table.max[b] === 0).toBe(best[b] === 0)
      }
      for (let r = 0; r < tables.ranges; r++) {
        // Decoding from the range's offset, after its `prev` doc, starts at the range's first doc.
        let first: number | undefined
        forEachPosting(snapshot.postings, table.offset[r]!, snapshot.starts[t + 1]!, (relative) => {
          first ??= table.prev[r]! + relative + 1 // forEachPosting counts from -1
        })
        const want = firstIn.get(r)
        if (want !== undefined) expect(first, `${terms[t]} range ${r}`).toBe(want)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(100)
  })

  it('widen their bounds when the average length grows, never narrow them', () => {
    expect(tables.slack(avg)).toBe(1)
    expect(tables.slack(avg / 2)).toBe(1)
    expect(tables.slack(avg * 1.5)).toBeCloseTo(1.5)
  })
})

describe('range tables in snapshots', () => {
  const built = CompactIndex.build(docs)
  const saved = built.toSnapshot()

  it('are saved with the index and loaded with it, giving the same hits', () => {
    expect(saved.ranges?.terms.length).toBeGreaterThan(20)
    const loaded = CompactIndex.fromSnapshot(structuredClone(saved))
    expect(loaded.toSnapshot().ranges).toEqual(saved.ranges)
    for (const q of QUERIES) expect(loaded.search(q, { limit: 30 }), q).toEqual(built.search(q, { limit: 30 }))
  })

  it('are computed on load for a snapshot saved without them', () => {
    const { ranges, ...older } = structuredClone(saved)
    const loaded = CompactIndex.fromSnapshot(older)
    expect(loaded.toSnapshot().ranges).toEqual(ranges)
    for (const q of QUERIES) expect(loaded.search(q, { limit: 30 }), q).toEqual(built.search(q, { limit: 30 }))
  })

  it('are refused when they do not fit the index', () => {
    const copy = () => structuredClone(saved)
    const short = copy()
    short.ranges!.max = short.ranges!.max.subarray(1)
    expect(() => CompactIndex.fromSnapshot(short)).toThrow(/range tables do not fit/)
    const unordered = copy()
    unordered.ranges!.terms.reverse()
    expect(() => CompactIndex.fromSnapshot(unordered)).toThrow(/range tables name unknown or unordered terms/)
    const past = copy()
    past.ranges!.offset[3] = saved.postings.length + 1
    expect(() => CompactIndex.fromSnapshot(past)).toThrow(/range tables point past the postings/)
    const stranger = copy()
    stranger.ranges!.prev[0] = saved.docCount
    expect(() => CompactIndex.fromSnapshot(stranger)).toThrow(/range tables name unknown documents/)
  })
})

describe('CompactIndex with range tables ranks as SearchIndex', () => {
  const reference = referenceOf(docs)
  const compact = CompactIndex.fromSnapshot(structuredClone(CompactIndex.build(docs).toSnapshot()))

  it.each(QUERIES)('%s', (q) => {
    for (const opts of [{ limit: 30 }, { limit: 1 }, { limit: 700 }, { kinds: ['notes'] as SearchKind[], limit: 20 }]) {
      expect(compact.search(q, opts), JSON.stringify(opts)).toEqual(plain(reference.search(q, opts)))
    }
  })

  it('for any query over its vocabulary', () => {
    const words = ['大模型', '人工智能', '算力', '数据', '模型', '智能', '产业', '发展', '京', '粤', 'ai', 'g', 'm', '2024', '行动', '安全', '平台', '应用']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.integer({ min: 1, max: 80 }), (parts, joined, limit) => {
        const q = parts.join(joined ? '' : ' ')
        expect(compact.search(q, { limit }), q).toEqual(plain(reference.search(q, { limit })))
      }),
      { numRuns: 120 },
    )
  }, 30_000)

  it('skips removed documents', () => {
    const index = CompactIndex.build(docs)
    const gone = index.search('大模型', { limit: 40 })
    for (const h of gone) index.remove(h.kind, h.id)
    const without = referenceOf(docs.filter((d) => !gone.some((h) => key(h) === key(d))))
    for (const q of QUERIES) expect(index.search(q, { limit: 30 }), q).toEqual(plain(without.search(q, { limit: 30 })))
  }, 30_000)
})

describe('LayeredIndex over a base with range tables', () => {
  it('ranks as a rebuilt index when the delta raises the average length', () => {
    const layered = new LayeredIndex(CompactIndex.build(docs))
    // Long documents: the collection's average length rises well past the tables' own.
    const long: SearchDoc[] = Array.from({ length: 400 }, (_, i) => ({
      kind: 'notes',
      id: `long-${i}`,
      title: '长篇笔记',
      body: `大模型 人工智能 算力 ${'数据要素市场化配置改革与产业发展。'.repeat(60 + (i % 40))}`,
    }))
    long.forEach((d) => layered.upsert(d))
    const changed = { ...docs[7]!, title: '人工智能大模型算力行动计划' }
    layered.upsert(changed)
    const reference = referenceOf([...docs.filter((d) => key(d) !== key(changed)), ...long, changed])
    for (const q of QUERIES) {
      const want = reference.search(q, { limit: 30 })
      const got = layered.search(q, { limit: 30 })
      expect(got.map((h) => h.score), q).toEqual(want.map((h) => h.score))
      expect(new Set(got.map(key)), q).toEqual(new Set(want.map(key)))
    }
  }, 30_000)
})
