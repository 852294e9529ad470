import { describe, expect, test } from 'vitest'
import type { DocNode } from '@shared/briefing/doc-model'
import { validateDoc } from '@shared/briefing/validate-doc'

const txt = (text: string, marks?: DocNode['marks']): DocNode => (marks ? { type: 'text', text, marks } : { type: 'text', text })
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content })
const cite = (extra: Record<string, unknown> = {}): DocNode => ({
  type: 'citation',
  attrs: { refKind: 'policy', refId: 'p1', title: '新一代人工智能发展规划', docNumber: '国发〔2017〕35号', date: '2017-07-08', detail: null, broken: false, ...extra },
})
const cell = (s: string, attrs: Record<string, unknown> = {}): DocNode => ({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs }, content: [p(txt(s))] })
const row = (...cells: DocNode[]): DocNode => ({ type: 'tableRow', content: cells })

describe('validateDoc accepts what the contract allows', () => {
  test('a document using every kind of node has no problems', () => {
    const good = doc(
      { type: 'cover', attrs: { title: '简报', subtitle: '', unit: '研究室', author: '', date: '2024年3月5日', serial: '第 1 期', label: '内部资料' } },
      { type: 'toc' },
      { type: 'pageBreak' },
      { type: 'heading', attrs: { level: 4, id: 'h-1' }, content: [txt('标题')] },
      p(txt('正文', [{ type: 'bold' }, { type: 'italic' }]), cite(), { type: 'footnote', attrs: { text: '注' } }, { type: 'hardBreak' }, txt('链接', [{ type: 'link', attrs: { href: 'https://www.gov.cn' } }])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(txt('一')), { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [p(txt('二'))] }] }] }] },
      { type: 'blockquote', content: [p(txt('引'))] },
      { type: 'codeBlock', attrs: { language: null }, content: [txt('x = 1')] },
      { type: 'horizontalRule' },
      { type: 'table', content: [row(cell('a', { colspan: 2 })), row(cell('b', { rowspan: 2 }), cell('c')), row(cell('d'))] },
      { type: 'image', attrs: { src: 'data:image/png;base64,AAAA', alt: '图' } },
      { type: 'chart', attrs: { chartKind: 'policiesPerYear', params: { fromYear: 2017 }, caption: '图1', svg: '<svg/>', frozen: false, drawnAt: 1 } },
      { type: 'quoteBlock', attrs: { source: 'policy', policyId: 'p1', noteId: null, policyTitle: '规划', text: '原文' } },
      { type: 'referenceList' },
    )
    expect(validateDoc(good)).toEqual([])
  })
})

describe('validateDoc names the path and the reason of each problem', () => {
  test('unknown node and mark types', () => {
    const problems = validateDoc(doc(p(txt('a', [{ type: 'blink' as never }])), { type: 'iframe' }))
    expect(problems).toContain('doc.content[0].content[0] (text): unknown mark blink')
    expect(problems).toContain('doc.content[1] (iframe): unknown node type')
  })

  test('heading levels outside 1–4', () => {
    expect(validateDoc(doc({ type: 'heading', attrs: { level: 5 }, content: [txt('x')] }))).toEqual(['doc.content[0] (heading): heading level 5 is not 1–4'])
    expect(validateDoc(doc({ type: 'heading', content: [txt('x')] }))[0]).toMatch(/heading level undefined/)
  })

  test('missing or mistyped attributes of our atoms', () => {
    const problems = validateDoc(
      doc(
        p(cite({ refKind: 'law', broken: 'no' }), { type: 'footnote', attrs: {} }),
        { type: 'chart', attrs: { chartKind: 'pie', params: [], caption: 1, svg: '', frozen: false, drawnAt: '1' } },
        { type: 'cover', attrs: { title: '标题' } },
        { type: 'quoteBlock', attrs: { source: 'policy', policyId: 3, noteId: null, policyTitle: '', text: '' } },
      ),
    )
    expect(problems).toEqual(
      expect.arrayContaining([
        'doc.content[0].content[0] (citation): attribute refKind should be one of policy, vendor',
        'doc.content[0].content[0] (citation): attribute broken should be true or false',
        'doc.content[0].content[1] (footnote): missing attribute text',
        'doc.content[1] (chart): attribute chartKind should be one of policiesPerYear, regionTopicHeatmap, policiesByLevel, topicsBar',
        'doc.content[1] (chart): attribute params should be an object',
        'doc.content[1] (chart): attribute caption should be a string',
        'doc.content[1] (chart): attribute drawnAt should be a number',
        'doc.content[2] (cover): missing attribute unit',
        'doc.content[3] (quoteBlock): attribute policyId should be a string or null',
      ]),
    )
  })

  test('nodes in the wrong place', () => {
    const problems = validateDoc(doc(txt('loose text'), p({ type: 'paragraph' }), { type: 'bulletList', content: [p(txt('no item'))] }))
    expect(problems).toEqual([
      'doc.content[0] (text): cannot stand inside doc',
      'doc.content[1].content[0] (paragraph): cannot stand inside paragraph',
      'doc.content[2].content[0] (paragraph): cannot stand inside bulletList',
    ])
    expect(validateDoc({ type: 'paragraph' })).toContain('doc (paragraph): the root must be a doc')
    expect(validateDoc(doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'bulletList', content: [] }] }] }))).toEqual([
      'doc.content[0].content[0] (listItem): a list item starts with a paragraph',
      'doc.content[0].content[0].content[0] (bulletList): cannot be empty',
    ])
  })

  test('empty text, code with other marks, marks on blocks, content in atoms', () => {
    const problems = validateDoc(
      doc(p(txt(''), txt('x', [{ type: 'code' }, { type: 'bold' }])), { type: 'toc', marks: [{ type: 'bold' }], content: [p(txt('x'))] }),
    )
    expect(problems).toEqual([
      'doc.content[0].content[0] (text): text node without text',
      'doc.content[0].content[1] (text): code cannot combine with other marks',
      'doc.content[1] (toc): only inline nodes carry marks',
      'doc.content[1] (toc): cannot have content',
    ])
  })

  test('tables that are not rectangular', () => {
    const ragged = doc({ type: 'table', content: [row(cell('a'), cell('b')), row(cell('c'))] })
    expect(validateDoc(ragged)).toEqual(['doc.content[0] (table): row 1 is 1 cells wide, others 2'])
    const spanned = doc({ type: 'table', content: [row(cell('a', { rowspan: 2 }), cell('b')), row(cell('c'), cell('d'))] })
    expect(validateDoc(spanned)).toEqual(['doc.content[0] (table): row 0 is 2 cells wide, others 3'])
  })

  test('an empty doc and a link without href', () => {
    expect(validateDoc({ type: 'doc', content: [] })).toEqual(['doc (doc): a doc needs at least one block'])
    expect(validateDoc(doc(p(txt('x', [{ type: 'link', attrs: {} }]))))).toEqual(['doc.content[0].content[0] (text): link without an href'])
  })
})
