// The compact index ranks exactly as SearchIndex does (same ids, same order, same scores), on
// the default data and on generated bench data; its snapshot survives structured clone; it
// tombstones removals and gives back the caller's stamps.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { bundleSchema } from '@shared/bundle/schema'
import { SearchIndex, type SearchDoc, type SearchKind } from '@shared/search/index'
import { CompactIndex } from '@shared/search/compact-index'
import { snapshotBytes } from '@shared/search/compact-snapshot'
import { generateAll } from '../../../bench/generate'
import { searchDocs } from '../../../bench/search-docs'

const bundle = bundleSchema.parse(JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8')))
const defaultDocs: SearchDoc[] = [
  ...bundle.records.policies.map((p): SearchDoc => ({ kind: 'policies', id: p.id, title: p.title, aliases: p.aliases, body: [p.summary, ...p.keyMeasures, p.regionName, ...p.issuers].join('\n'), docNumber: p.docNumber })),
  ...bundle.records.vendors.map((v): SearchDoc => ({ kind: 'vendors', id: v.id, title: v.name, aliases: v.aliases, body: v.summary })),
  ...bundle.records.models.map((m): SearchDoc => ({ kind: 'models', id: m.id, title: m.name, aliases: m.aliases, body: m.summary })),
]
const alias = bundle.records.vendors.find((v) => v.aliases.length > 0)!.aliases[0]!
const QUERIES = [
  '大模型', '人工智能', '算力', '京', '粤', '国发[2017]35号', '国发〔2017〕35号', '国发（2017）35号', '京政办发[2023]15号', '京政办发（2023）15号',
  'AI 大模型', 'GPT 大模型', 'gp', 'a', 'GPU', 'MaaS', 'aigc', '数据要素', '开源', '具身智能', '算力券', '北京市', '广东省 人工智能', '2024', '数据标注',
  '模型模型', '量子纠缠', alias,
]
const searchIndexOf = (docs: SearchDoc[]) => {
  const index = new SearchIndex()
  docs.forEach((d) => index.add(d))
  return index
}
const scored = (hits: { id: string; kind: SearchKind; score: number }[]) => hits.map(({ id, kind, score }) => ({ id, kind, score }))

describe.each([
  ['the default data', () => defaultDocs],
  ['generated data (600 policies, 300 notes)', () => { const { policies, notes } = generateAll(600); return searchDocs(policies, notes) }],
])('CompactIndex ranks as SearchIndex on %s', (_name, docsOf) => {
  const docs = docsOf()
  const reference = searchIndexOf(docs)
  const compact = CompactIndex.build(docs)

  it.each(QUERIES)('%s', (q) => {
    for (const opts of [{}, { limit: 5 }, { kinds: ['models', 'notes'] as SearchKind[] }]) {
      expect(compact.search(q, opts), JSON.stringify(opts)).toEqual(scored(reference.search(q, opts)))
    }
  })
  it('has the same live document frequencies', () => {
    for (const term of ['大模', '京', 'ai', '#doc:国发〔2017〕35号', 'absent']) expect(compact.df(term)).toBe(reference.df(term))
  })
})

describe('CompactIndex snapshots, removals and stamps', () => {
  const stamp = (d: SearchDoc) => d.id.length * 1000 + 0.5
  it('gives identical results after a structured-clone round trip', () => {
    const index = CompactIndex.build(defaultDocs, stamp)
    index.remove('policies', defaultDocs[0]!.id)
    const snapshot = index.toSnapshot()
    expect(snapshotBytes(snapshot)).toBeGreaterThan(0)
    const loaded = CompactIndex.fromSnapshot(structuredClone(snapshot))
    for (const q of QUERIES) expect(loaded.search(q), q).toEqual(index.search(q))
    expect(loaded.has('policies', defaultDocs[0]!.id)).toBe(false)
    expect([...loaded.entries()]).toEqual([...index.entries()])
  })
  it('rejects a snapshot of another format', () => {
    const snapshot = { ...CompactIndex.build(defaultDocs).toSnapshot(), format: 0 }
    expect(() => CompactIndex.fromSnapshot(snapshot)).toThrow(/format/)
  })
  it('skips removed documents and ranks as SearchIndex without them', () => {
    const compact = CompactIndex.build(defaultDocs)
    const gone = compact.search('大模型').slice(0, 3)
    for (const h of gone) expect(compact.remove(h.kind, h.id)).toBe(true)
    expect(compact.remove(gone[0]!.kind, gone[0]!.id)).toBe(false)
    const reference = searchIndexOf(defaultDocs.filter((d) => !gone.some((h) => h.id === d.id && h.kind === d.kind)))
    for (const q of QUERIES) expect(compact.search(q), q).toEqual(scored(reference.search(q)))
    expect(compact.size).toBe(reference.size)
    expect(compact.totalLength).toBe(reference.totalLength)
  })
  it('gives back the stamps it was built with, for live documents', () => {
    const index = CompactIndex.build(defaultDocs, stamp)
    const first = defaultDocs[0]!
    expect(index.stampOf(first.kind, first.id)).toBe(stamp(first))
    expect(index.stampOf('policies', 'no-such-id')).toBeUndefined()
    index.remove(first.kind, first.id)
    expect(index.stampOf(first.kind, first.id)).toBeUndefined()
    expect([...index.entries()]).toHaveLength(defaultDocs.length - 1)
    expect(CompactIndex.build(defaultDocs).stampOf(first.kind, first.id)).toBeUndefined()
  })
  it('keeps the last copy of a document given twice', () => {
    const doc: SearchDoc = { kind: 'notes', id: 'n', title: '笔记', body: '算力' }
    const index = CompactIndex.build([doc, { ...doc, body: '数据' }])
    expect(index.size).toBe(1)
    expect(index.has('notes', 'n')).toBe(true)
    expect(index.search('算力')).toEqual([])
    expect(index.search('数据').map((h) => h.id)).toEqual(['n'])
  })
  it('finds each document by kind and id, and no other', () => {
    const { policies, notes } = generateAll(3000)
    const docs = searchDocs(policies, notes)
    const index = CompactIndex.fromSnapshot(structuredClone(CompactIndex.build(docs).toSnapshot()))
    expect(docs.every((d) => index.has(d.kind, d.id))).toBe(true)
    expect(index.has('notes', docs[0]!.id)).toBe(false)
    expect(index.has('policies', `${docs[0]!.id}x`)).toBe(false)
    expect(index.has('policies', '')).toBe(false)
  })
  it('searches an empty index', () => {
    expect(CompactIndex.build([]).search('大模型')).toEqual([])
    expect(CompactIndex.fromSnapshot(structuredClone(CompactIndex.build([]).toSnapshot())).size).toBe(0)
  })
})
