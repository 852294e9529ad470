import { describe, expect, test } from 'vitest'
import { citationNumbers, countCharacters, footnoteTexts, formatReference, referenceEntries, refreshCitations, tocEntries } from '@shared/briefing/citations'
import type { DocNode } from '@shared/briefing/doc-model'

const cite = (refId: string, title: string, extra: Record<string, unknown> = {}): DocNode => ({
  type: 'citation',
  attrs: { refKind: 'policy', refId, title, docNumber: null, date: null, detail: null, broken: false, ...extra },
})
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const txt = (text: string): DocNode => ({ type: 'text', text })
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content })

describe('citation numbering', () => {
  const d = doc(
    { type: 'heading', attrs: { level: 1 }, content: [txt('一、总体情况')] },
    p(txt('规划'), cite('a', '新一代人工智能发展规划'), txt('与办法'), cite('b', '生成式人工智能服务管理暂行办法')),
    p(txt('再引'), cite('a', '新一代人工智能发展规划'), { type: 'footnote', attrs: { text: '脚注一' } }),
    { type: 'heading', attrs: { level: 2 }, content: [txt('（一）国家层面')] },
    p(cite('c', '厂商', { refKind: 'vendor' }), { type: 'footnote', attrs: { text: '脚注二' } }),
  )

  test('numbers follow first appearance and a repeated record keeps its number', () => {
    const nums = citationNumbers(d)
    expect(nums.get('policy:a')).toBe(1)
    expect(nums.get('policy:b')).toBe(2)
    expect(nums.get('vendor:c')).toBe(3)
    expect(referenceEntries(d).map((e) => e.title)).toEqual(['新一代人工智能发展规划', '生成式人工智能服务管理暂行办法', '厂商'])
  })

  test('footnotes and headings are listed in order', () => {
    expect(footnoteTexts(d)).toEqual(['脚注一', '脚注二'])
    expect(tocEntries(d).map((e) => [e.level, e.text])).toEqual([
      [1, '一、总体情况'],
      [2, '（一）国家层面'],
    ])
  })

  test('a reference line carries title, number, issuer and date', () => {
    expect(formatReference({ refKind: 'policy', refId: 'x', title: '新一代人工智能发展规划', docNumber: '国发〔2017〕35号', detail: '国务院', date: '2017-07-08', broken: false })).toBe(
      '《新一代人工智能发展规划》，国发〔2017〕35号，国务院，2017年7月8日。',
    )
  })

  test('refresh follows a changed record and marks a deleted one broken without dropping it', () => {
    const out = refreshCitations(d, (_k, id) => (id === 'a' ? { title: '新规划（修订）', docNumber: '国发〔2017〕35号', date: '2017-07-08', detail: null } : id === 'c' ? { title: '厂商', docNumber: null, date: null, detail: null } : null))
    const entries = referenceEntries(out)
    expect(entries[0]).toMatchObject({ title: '新规划（修订）', docNumber: '国发〔2017〕35号', broken: false })
    expect(entries[1]).toMatchObject({ title: '生成式人工智能服务管理暂行办法', broken: true })
    expect(entries).toHaveLength(3)
    // nothing changed → the same object
    const again = refreshCitations(out, (_k, id) => (id === 'a' ? { title: '新规划（修订）', docNumber: '国发〔2017〕35号', date: '2017-07-08', detail: null } : id === 'c' ? { title: '厂商', docNumber: null, date: null, detail: null } : null))
    expect(again).toBe(out)
  })
})

describe('character count', () => {
  test('as Word counts 字数: Chinese characters and full-width punctuation one each, Latin words one each, spaces none', () => {
    expect(countCharacters('人工智能，AI 大模型。')).toEqual({ cjk: 9, words: 1, total: 10 })
    expect(countCharacters('GPT-4 and 文心一言 3.5')).toEqual({ cjk: 4, words: 3, total: 7 })
    expect(countCharacters('“大模型”——《规划》…')).toEqual({ cjk: 12, words: 0, total: 12 })
  })
})
