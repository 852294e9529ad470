// A compact base plus an in-memory delta ranks as one index rebuilt over the same documents:
// upserts replace the base copy, removals reach both layers, stamps follow the indexed copy.
import { describe, expect, it } from 'vitest'
import { SearchIndex, type SearchDoc, type SearchKind } from '@shared/search/index'
import { CompactIndex } from '@shared/search/compact-index'
import { LayeredIndex } from '@shared/search/layered-index'
import { generateAll } from '../../../bench/generate'
import { searchDocs } from '../../../bench/search-docs'

const { policies, notes } = generateAll(400)
const docs = searchDocs(policies, notes)
const QUERIES = ['大模型', '人工智能', '算力', '京', 'AI 大模型', 'gp', 'maas', '京政办发[2023]15号', '数据要素', '量子计算', '新政']
const key = (d: { kind: SearchKind; id: string }) => `${d.kind}:${d.id}`

/** One SearchIndex over the base's remaining docs, then the delta's, in that order. */
function rebuilt(base: SearchDoc[], gone: Set<string>, delta: SearchDoc[]): SearchIndex {
  const index = new SearchIndex()
  for (const d of base) if (!gone.has(key(d))) index.add(d)
  for (const d of delta) index.add(d)
  return index
}

describe('LayeredIndex', () => {
  it('with an empty delta, is its base', () => {
    const layered = new LayeredIndex(CompactIndex.build(docs))
    for (const q of QUERIES) expect(layered.search(q, { limit: 20 })).toEqual(layered.base.search(q, { limit: 20 }))
    expect(layered.deltaSize).toBe(0)
  })

  it('after upserts and removals, ranks as an index rebuilt over the same documents', () => {
    const layered = new LayeredIndex(CompactIndex.build(docs, () => 1))
    const changed: SearchDoc[] = [
      { ...docs[3]!, title: '关于推动大模型与算力券的若干措施', aliases: ['京算力新政'] },
      { ...docs[10]!, body: 'AI 大模型 MaaS 平台上线。' },
      { kind: 'notes', id: 'new-note', title: '新笔记', body: '人工智能大模型的算力成本，京政办发〔2023〕15号。' },
    ]
    changed.forEach((d, i) => layered.upsert(d, 100 + i))
    const removed = [docs[5]!, docs[docs.length - 1]!, changed[1]!]
    removed.forEach((d) => layered.remove(d.kind, d.id))
    const gone = new Set([...changed, ...removed].map(key))
    const reference = rebuilt(docs, gone, changed.filter((d) => d !== changed[1]))
    expect(layered.size).toBe(reference.size)
    expect(layered.deltaSize).toBe(2)
    for (const q of QUERIES) {
      for (const opts of [{ limit: 15 }, { limit: 200 }, { kinds: ['notes'] as SearchKind[] }]) {
        const want = reference.search(q, opts).map(({ id, kind, score }) => ({ id, kind, score }))
        const got = layered.search(q, opts)
        // Equal scores may order differently; the scores at each rank and the set must agree.
        expect(got.map((h) => h.score), q).toEqual(want.map((h) => h.score))
        expect(new Set(got.map(key)), q).toEqual(new Set(want.map(key)))
      }
    }
    expect(layered.search('京算力新政').map((h) => h.id)[0]).toBe(docs[3]!.id)
  })

  it('tells which copy is indexed by its stamp, and whether a document is there', () => {
    const layered = new LayeredIndex(CompactIndex.build(docs, (d) => (d.kind === 'notes' ? 2 : 1)))
    const doc = docs[0]!
    expect(layered.stampOf(doc.kind, doc.id)).toBe(1)
    layered.upsert({ ...doc, title: '改' }, 42)
    expect(layered.stampOf(doc.kind, doc.id)).toBe(42)
    expect(layered.base.has(doc.kind, doc.id)).toBe(false)
    expect(layered.has(doc.kind, doc.id)).toBe(true)
    layered.upsert({ ...doc, title: '再改' })
    expect(layered.stampOf(doc.kind, doc.id)).toBeUndefined()
    layered.remove(doc.kind, doc.id)
    expect(layered.has(doc.kind, doc.id)).toBe(false)
    expect(layered.size).toBe(docs.length - 1)
  })

  it('starts empty and takes documents into the delta', () => {
    const layered = new LayeredIndex()
    layered.upsert({ kind: 'policies', id: 'p', title: '人工智能', body: '算力' })
    expect(layered.search('算力').map((h) => h.id)).toEqual(['p'])
    expect(layered.deltaSize).toBe(1)
  })
})
