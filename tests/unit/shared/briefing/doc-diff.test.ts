// The history panel's diff: Chinese paragraphs compared character by character, blocks added,
// removed and moved, unchanged runs folded with one block of context.
import { describe, expect, it } from 'vitest'
import { diffDocs, isUnchanged, type DiffBlock } from '@shared/briefing/doc-diff'
import type { DocNode } from '@shared/briefing/doc-model'

const p = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const h = (level: number, text: string): DocNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] })
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content })

const A = '国务院印发新一代人工智能发展规划，提出三步走战略目标。'
const B = '北京市出台大模型产业支持政策。'
const C = '上海市推动算力与数据要素供给。'
const D = '本期结论：政策重点从顶层设计转向场景落地。'

describe('diffDocs', () => {
  it('shows a changed character in a Chinese paragraph as del + ins inside the same block', () => {
    const blocks = diffDocs(doc(p(A)), doc(p(A.replace('三步走', '四步走'))))
    expect(blocks).toHaveLength(1)
    const [b] = blocks as [Extract<DiffBlock, { kind: 'changed' }>]
    expect(b.kind).toBe('changed')
    expect(b.parts.filter((x) => x.kind === 'del')).toEqual([{ kind: 'del', text: '三' }])
    expect(b.parts.filter((x) => x.kind === 'ins')).toEqual([{ kind: 'ins', text: '四' }])
    // the parts rebuild both texts
    expect(b.parts.filter((x) => x.kind !== 'ins').map((x) => x.text).join('')).toBe(A)
    expect(b.parts.filter((x) => x.kind !== 'del').map((x) => x.text).join('')).toBe(A.replace('三步走', '四步走'))
  })

  it('shows added and removed blocks whole, and a moved block as removed here and added there', () => {
    expect(diffDocs(doc(p(A), p(C)), doc(p(A), p(B), p(C)))).toEqual([
      { kind: 'equal', type: 'paragraph', text: A },
      { kind: 'added', type: 'paragraph', text: B },
      { kind: 'equal', type: 'paragraph', text: C },
    ])
    expect(diffDocs(doc(p(A), p(B), p(C)), doc(p(A), p(C)))).toEqual([
      { kind: 'equal', type: 'paragraph', text: A },
      { kind: 'removed', type: 'paragraph', text: B },
      { kind: 'equal', type: 'paragraph', text: C },
    ])
    const moved = diffDocs(doc(p(A), p(B), p(C)), doc(p(B), p(C), p(A)))
    expect(moved.filter((b) => b.kind === 'removed')).toEqual([{ kind: 'removed', type: 'paragraph', text: A }])
    expect(moved.filter((b) => b.kind === 'added')).toEqual([{ kind: 'added', type: 'paragraph', text: A }])
  })

  it('does not pair unrelated texts as an edit: a replaced paragraph reads as removed + added', () => {
    expect(diffDocs(doc(p(A)), doc(p(D)))).toEqual([
      { kind: 'removed', type: 'paragraph', text: A },
      { kind: 'added', type: 'paragraph', text: D },
    ])
  })

  it('notes a block whose type changed (paragraph → heading) and compares heading levels', () => {
    const [b] = diffDocs(doc(p('一、国家层面')), doc(h(1, '一、国家层面')))
    expect(b).toMatchObject({ kind: 'changed', type: 'heading1', fromType: 'paragraph', parts: [{ kind: 'same', text: '一、国家层面' }] })
    expect(diffDocs(doc(h(1, '二、地方')), doc(h(2, '二、地方')))[0]).toMatchObject({ kind: 'changed', type: 'heading2', fromType: 'heading1' })
  })

  it('folds long runs of unchanged blocks, keeping one block of context next to a change', () => {
    const many = Array.from({ length: 10 }, (_, i) => p(`第${i + 1}段：${B}`))
    const before = doc(...many)
    const after = doc(...many.slice(0, 5), p(D), ...many.slice(5))
    expect(diffDocs(before, after)).toEqual([
      { kind: 'same', count: 4 },
      { kind: 'equal', type: 'paragraph', text: `第5段：${B}` },
      { kind: 'added', type: 'paragraph', text: D },
      { kind: 'equal', type: 'paragraph', text: `第6段：${B}` },
      { kind: 'same', count: 4 },
    ])
    expect(isUnchanged(diffDocs(before, before))).toBe(true)
    expect(diffDocs(before, before)).toEqual([{ kind: 'same', count: 10 }])
  })

  it('ignores empty paragraphs and names atoms by their attributes', () => {
    const cover: DocNode = { type: 'cover', attrs: { title: '人工智能政策周报', subtitle: '' } }
    const blocks = diffDocs(doc(p(A), { type: 'paragraph' }), doc(cover, p(A), { type: 'paragraph' }, { type: 'paragraph' }))
    expect(blocks).toEqual([
      { kind: 'added', type: 'cover', text: '人工智能政策周报' },
      { kind: 'equal', type: 'paragraph', text: A },
    ])
  })
})
