// Chinese-aware search: the same tokenizer for documents and queries, bigrams for Chinese,
// words for Latin, document numbers in any spelling, and a sensible order of results. The
// search expectations hold for each engine: the in-memory SearchIndex, the CompactIndex (with
// snippets made from the caller's text, as the app does) and a LayeredIndex over the two.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { bundleSchema } from '@shared/bundle/schema'
import { SearchIndex, snippetFor, type SearchDoc, type SearchHit, type SearchKind } from '@shared/search/index'
import { CompactIndex } from '@shared/search/compact-index'
import { LayeredIndex } from '@shared/search/layered-index'
import { parseQuery, tokenize } from '@shared/search/tokenize'

const bundle = bundleSchema.parse(JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8')))

function defaultDocs(): SearchDoc[] {
  return [
    ...bundle.records.policies.map((p): SearchDoc => ({ kind: 'policies', id: p.id, title: p.title, aliases: p.aliases, body: [p.summary, ...p.keyMeasures, p.regionName, ...p.issuers].join('\n'), docNumber: p.docNumber })),
    ...bundle.records.vendors.map((v): SearchDoc => ({ kind: 'vendors', id: v.id, title: v.name, aliases: v.aliases, body: v.summary })),
    ...bundle.records.models.map((m): SearchDoc => ({ kind: 'models', id: m.id, title: m.name, aliases: m.aliases, body: m.summary })),
  ]
}

/** What the tests need of an engine: text hits, and edits where the engine takes them. */
interface Engine {
  search(q: string, opts?: { limit?: number; kinds?: SearchKind[] }): SearchHit[]
  /** Absent for the CompactIndex, which is rebuilt rather than edited. */
  upsert?(doc: SearchDoc): void
  remove(kind: SearchKind, id: string): void
  size: () => number
}

/** Hits with title and snippet from the caller's documents, for the indexes that keep no text. */
function withText(hits: { id: string; kind: SearchKind; score: number }[], docs: SearchDoc[], q: string): SearchHit[] {
  const byKey = new Map(docs.map((d) => [`${d.kind}:${d.id}`, d]))
  return hits.map((h) => {
    const d = byKey.get(`${h.kind}:${h.id}`)!
    return { ...h, title: d.title, snippet: snippetFor(d, q) }
  })
}

const engines: [string, (docs: SearchDoc[]) => Engine][] = [
  ['SearchIndex', (docs) => {
    const index = new SearchIndex()
    docs.forEach((d) => index.add(d))
    return { search: (q, o) => index.search(q, o), upsert: (d) => index.add(d), remove: (k, id) => index.remove(k, id), size: () => index.size }
  }],
  ['CompactIndex', (docs) => {
    const index = CompactIndex.build(docs)
    return { search: (q, o) => withText(index.search(q, o), docs, q), remove: (k, id) => void index.remove(k, id), size: () => index.size }
  }],
  ['LayeredIndex', (docs) => {
    const index = new LayeredIndex(CompactIndex.build(docs))
    const all = [...docs]
    return {
      search: (q, o) => withText(index.search(q, o), all, q),
      upsert: (d) => (all.push(d), index.upsert(d)),
      remove: (k, id) => index.remove(k, id),
      size: () => index.size,
    }
  }],
]

describe('tokenizer', () => {
  it('splits Chinese into bigrams and single characters, Latin into words, folding width and case', () => {
    expect(tokenize('大模型')).toEqual(['大', '模', '型', '大模', '模型'])
    expect(tokenize('ＡＩ 大模型 GPT-4')).toEqual(['ai', '大', '模', '型', '大模', '模型', 'gpt-4'])
  })
  it('reads queries the same way, needing every part', () => {
    expect(parseQuery('AI 大模型')).toEqual([
      { terms: ['ai'], prefix: true, text: 'ai' },
      { terms: ['大模', '模型'], prefix: false, text: '大模型' },
    ])
    expect(parseQuery('京')).toEqual([{ terms: ['京'], prefix: false, text: '京' }])
    expect(parseQuery('国发[2017]35号')[0]).toMatchObject({ terms: ['#doc:国发〔2017〕35号'] })
  })
})

describe.each(engines)('%s: search over the default data', (_name, make) => {
  const index = make(defaultDocs())
  const ids = (q: string) => index.search(q).map((h) => h.id)

  it('人工智能 puts the document with it in its title first', () => {
    const hits = index.search('人工智能')
    expect(hits.length).toBeGreaterThan(2)
    expect(hits[0]!.title).toContain('人工智能')
  })
  it('大模型 finds the local large-model policies and the models', () => {
    const found = ids('大模型')
    for (const city of ['beijing', 'shanghai', 'shenzhen', 'hangzhou']) expect(found).toContain(`pol-cn-${city}-2023-large-model-policies`)
    expect(index.search('大模型', { kinds: ['models'] }).length).toBeGreaterThan(3)
  })
  it('算力 finds what speaks of compute', () => {
    const hits = index.search('算力')
    expect(hits.length).toBeGreaterThan(0)
    for (const h of hits.slice(0, 5)) expect(h.title + h.snippet.map((s) => s.text).join('')).toMatch(/算力|算/)
  })
  it('a single character finds documents with it', () => {
    expect(ids('京')).toContain('pol-cn-beijing-2023-large-model-policies')
  })
  it('an alias finds its document', () => {
    const withAlias = bundle.records.vendors.find((v) => v.aliases.length > 0)!
    expect(ids(withAlias.aliases[0]!)).toContain(withAlias.id)
  })
  it('a mixed query needs both the Latin word and the Chinese term', () => {
    const hits = index.search('GPT 大模型')
    expect(hits.length).toBeGreaterThan(0)
    for (const h of hits) {
      const doc = [...bundle.records.models, ...bundle.records.vendors, ...bundle.records.policies].find((r) => r.id === h.id)!
      expect(JSON.stringify(doc).toLowerCase()).toContain('gpt')
    }
  })
  it('finds nothing for words that are not there', () => {
    expect(index.search('量子纠缠')).toEqual([])
  })
})

describe.each(engines)('%s: ranking, numbers and upkeep', (_name, make) => {
  const docs: SearchDoc[] = [
    { kind: 'policies', id: 'a', title: '关于加快人工智能大模型发展的若干措施', docNumber: '京政发〔2023〕12号', body: '支持算力建设。' },
    { kind: 'policies', id: 'b', title: '数据要素工作方案', body: '提到大模型训练数据。AI 应用。' },
    { kind: 'notes', id: 'n', title: '笔记', body: '阅读 AI 大模型相关文件的心得：算力是瓶颈。' },
  ]
  it('finds a document number in any spelling, ranked first', () => {
    const index = make(docs)
    for (const q of ['京政发〔2023〕12号', '京政发[2023]12号', '京政发（2023）12号']) expect(index.search(q)[0]?.id, q).toBe('a')
  })
  it('AI 大模型: documents with both, title hits before body hits', () => {
    const index = make(docs)
    expect(index.search('AI 大模型').map((h) => h.id).sort()).toEqual(['b', 'n'])
    expect(index.search('大模型').map((h) => h.id)[0]).toBe('a')
  })
  it('marks the matched words in the snippet', () => {
    const index = make(docs)
    const hit = index.search('算力', { kinds: ['notes'] })[0]!
    expect(hit.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['算力'])
  })
  it('follows removals', () => {
    const index = make(docs)
    index.remove('policies', 'a')
    expect(index.search('京政发〔2023〕12号')).toEqual([])
    expect(index.search('大模型').map((h) => h.id).sort()).toEqual(['b', 'n'])
    expect(index.size()).toBe(2)
  })
  it('follows edits, where the engine takes them', () => {
    const index = make(docs)
    if (!index.upsert) return
    index.upsert({ ...docs[1]!, title: '数据要素与算力' })
    expect(index.search('算力').map((h) => h.id)).toContain('b')
    expect(index.size()).toBe(3)
  })
})
