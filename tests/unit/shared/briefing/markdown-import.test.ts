import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { footnoteTexts } from '@shared/briefing/citations'
import { nodeText, walk, type DocNode } from '@shared/briefing/doc-model'
import { docToMarkdown } from '@shared/briefing/markdown-export'
import { markdownToDoc } from '@shared/briefing/markdown-import'
import { validateDoc } from '@shared/briefing/validate-doc'
import { representativeDoc } from './markdown-fixture'

const types = (d: DocNode) => {
  const out: string[] = []
  walk(d, (n) => out.push(n.type))
  return out
}
const marksOf = (d: DocNode) => {
  const out: { text: string; marks: string[]; href?: unknown }[] = []
  walk(d, (n) => {
    if (n.type === 'text' && n.marks?.length) out.push({ text: n.text!, marks: n.marks.map((m) => m.type), ...(n.marks.some((m) => m.type === 'link') ? { href: n.marks.find((m) => m.type === 'link')!.attrs!['href'] } : {}) })
  })
  return out
}
const stripIds = (n: DocNode): DocNode => {
  const out: DocNode = { ...n }
  if (n.type === 'heading') out.attrs = { ...n.attrs, id: null }
  if (n.content) out.content = n.content.map(stripIds)
  return out
}

describe('markdownToDoc', () => {
  test('headings, paragraphs, marks, lists, quote, code, rule, table, page break, footnotes', () => {
    const md = [
      '# 总标题',
      '',
      '###### 六级',
      '',
      '正文**粗**与*斜*、~~删~~、`码`和[官网](https://www.gov.cn)，注[^a]。',
      '',
      '- 一',
      '  1. 一之一',
      '- 二',
      '',
      '> 引文',
      '',
      '```python',
      'print("[^a]")',
      '```',
      '',
      '---',
      '',
      '| 文件 | 年份 |',
      '| --- | --- |',
      '| 规划 \\| 总体 | 2017 |',
      '',
      '<!-- pagebreak -->',
      '',
      '[^a]: 脚注**正文**',
    ].join('\n')
    const d = markdownToDoc(md)
    expect(validateDoc(d)).toEqual([])
    expect((d.content ?? []).map((n) => n.type)).toEqual(['heading', 'heading', 'paragraph', 'bulletList', 'blockquote', 'codeBlock', 'horizontalRule', 'table', 'pageBreak'])
    expect(d.content![1]!.attrs!['level']).toBe(4)
    expect(typeof d.content![0]!.attrs!['id']).toBe('string')
    expect(marksOf(d)).toEqual([
      { text: '粗', marks: ['bold'] },
      { text: '斜', marks: ['italic'] },
      { text: '删', marks: ['strike'] },
      { text: '码', marks: ['code'] },
      { text: '官网', marks: ['link'], href: 'https://www.gov.cn' },
    ])
    expect(footnoteTexts(d)).toEqual(['脚注正文'])
    expect(types(d.content![3]!)).toEqual(['bulletList', 'listItem', 'paragraph', 'text', 'orderedList', 'listItem', 'paragraph', 'text', 'listItem', 'paragraph', 'text'])
    expect(d.content![5]).toEqual({ type: 'codeBlock', attrs: { language: 'python' }, content: [{ type: 'text', text: 'print("[^a]")' }] })
    const table = d.content![7]!
    expect(table.content!.map((r) => r.content!.map((c) => `${c.type}:${nodeText(c)}`))).toEqual([
      ['tableHeader:文件', 'tableHeader:年份'],
      ['tableCell:规划 | 总体', 'tableCell:2017'],
    ])
  })

  test('raw HTML stays text and never becomes a node', () => {
    const d = markdownToDoc('<script>alert(1)</script>\n\n段落<img src=x onerror=alert(1)>结束\n\n<div>块</div>')
    expect(validateDoc(d)).toEqual([])
    expect(new Set(types(d))).toEqual(new Set(['doc', 'paragraph', 'text']))
    expect(d.content!.map(nodeText)).toEqual(['<script>alert(1)</script>', '段落<img src=x onerror=alert(1)>结束', '<div>块</div>'])
  })

  test('only http(s) and in-app links survive; others keep their text', () => {
    const d = markdownToDoc('[甲](javascript:alert(1)) [乙](data:text/html,x) [丙](file:///etc/passwd) [丁](https://a.cn) [戊](#/policies/p1) <javascript:alert(1)> [己](vbscript:x)')
    expect(marksOf(d)).toEqual([
      { text: '丁', marks: ['link'], href: 'https://a.cn' },
      { text: '戊', marks: ['link'], href: '#/policies/p1' },
    ])
    expect(JSON.stringify(d)).not.toMatch(/"href":"(javascript|vbscript|data|file):/i)
    expect(nodeText(d.content![0]!)).toContain('甲 乙 丙 丁 戊')
  })

  test('images: raster data and http(s) kept as image blocks, anything else becomes its alt text', () => {
    const d = markdownToDoc('前![图一](data:image/png;base64,AAAA)后\n\n![图二](javascript:alert(1))\n\n![图三](data:image/svg+xml;base64,PHN2Zz4=)')
    expect(validateDoc(d)).toEqual([])
    expect(d.content!.map((n) => n.type)).toEqual(['paragraph', 'image', 'paragraph', 'paragraph', 'paragraph'])
    expect(d.content![1]!.attrs).toMatchObject({ src: 'data:image/png;base64,AAAA', alt: '图一' })
    expect(d.content!.map(nodeText)).toEqual(['前', '', '后', '图二', '图三'])
  })

  test('a footnote reference without a definition, or escaped, stays text', () => {
    const d = markdownToDoc('甲[^x]乙\\[^y\\]丙[^y]\n\n[^y]: 定义')
    expect(footnoteTexts(d)).toEqual(['定义'])
    expect(nodeText(d.content![0]!)).toBe('甲[^x]乙[^y]丙')
  })

  test('code keeps footnote references and page-break comments as written', () => {
    const d = markdownToDoc('正文[^a]\n\n    缩进代码 [^a]\n    <!-- pagebreak -->\n\n[^a]: 注')
    expect(d.content!.map((n) => n.type)).toEqual(['paragraph', 'codeBlock'])
    expect(nodeText(d.content![1]!)).toBe('缩进代码 [^a]\n<!-- pagebreak -->')
    expect(footnoteTexts(d)).toEqual(['注'])
  })

  test('a soft line break between Chinese characters adds no space', () => {
    expect(nodeText(markdownToDoc('第一行\n第二行 and\nmore').content![0]!)).toBe('第一行第二行 and more')
  })

  test('private-use stand-ins in the file cannot forge footnotes or page breaks', () => {
    const d = markdownToDoc('\uE002\n\n甲\uE0000\uE001乙\n\n[^a]: 注')
    expect(types(d)).not.toContain('pageBreak')
    expect(types(d)).not.toContain('footnote')
  })

  test('empty input is one empty paragraph', () => {
    expect(markdownToDoc('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })
})

describe('round trip', () => {
  test('the representative briefing reads back with its text, structure and footnotes', () => {
    const back = markdownToDoc(docToMarkdown(representativeDoc))
    expect(validateDoc(back)).toEqual([])
    expect(footnoteTexts(back)).toEqual(['据新华社报道。', '第二条脚注。'])
    expect(marksOf(back)).toEqual(
      expect.arrayContaining([
        { text: '人工智能+”行动', marks: ['bold'] },
        { text: '政策页', marks: ['link'], href: '#/policies/p1' },
        { text: 'a|b', marks: ['code'] },
        { text: '已废止', marks: ['strike'] },
      ]),
    )
    expect(types(back)).toEqual(expect.arrayContaining(['pageBreak', 'table', 'codeBlock', 'image', 'horizontalRule', 'orderedList']))
  })

  // Text from a pool that mixes Chinese, Latin, digits and every character Markdown cares about.
  const pool = [...'政策人工智能规划办法，。、“”《》（）：；！？【】—…', ...'abcXYZ019', ...' *_`[]<>#|\\~&!-+.=()^:/"\'', '\u3000', '\t']
  const text = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''))
  const markSet = fc.subarray(['bold', 'italic', 'strike'] as const)
  const inline = fc
    .array(
      fc.oneof(
        fc.record({ text, marks: markSet }).map(({ text: t, marks }) => (marks.length ? { type: 'text', text: t, marks: marks.map((m) => ({ type: m })) } : { type: 'text', text: t })),
        text.map((t) => ({ type: 'text', text: t, marks: [{ type: 'code' }] })),
        fc.record({ text, marks: markSet }).map(({ text: t, marks }) => ({ type: 'text', text: t, marks: [...marks.map((m) => ({ type: m })), { type: 'link', attrs: { href: 'https://www.gov.cn/a' } }] })),
      ),
      { minLength: 1, maxLength: 5 },
    )
    .map((nodes) => nodes as DocNode[])
  const paragraph = inline.map((content): DocNode => ({ type: 'paragraph', content }))
  const heading = fc.record({ level: fc.integer({ min: 1, max: 4 }), content: inline }).map(({ level, content }): DocNode => ({ type: 'heading', attrs: { level, id: null }, content }))
  const list: fc.Arbitrary<DocNode> = fc.letrec<{ list: DocNode }>((tie) => ({
    list: fc
      .record({
        ordered: fc.boolean(),
        items: fc.array(fc.tuple(paragraph, fc.option(tie('list'), { depthSize: 'small', nil: null })), { minLength: 1, maxLength: 3 }),
      })
      .map(({ ordered, items }) => ({
        type: ordered ? 'orderedList' : 'bulletList',
        ...(ordered ? { attrs: { start: 1 } } : {}),
        content: items.map(([para, sub]) => ({ type: 'listItem', content: sub ? [para, sub] : [para] })),
      })),
  })).list
  const docArb = fc.array(fc.oneof(paragraph, heading, list), { minLength: 1, maxLength: 6 }).map((content): DocNode => ({ type: 'doc', content }))

  const blockTexts = (d: DocNode) => {
    const out: string[] = []
    walk(d, (n) => {
      if (n.type === 'paragraph' || n.type === 'heading') out.push(nodeText(n))
    })
    return out
  }
  const blockTypes = (d: DocNode) => types(d).filter((t) => t !== 'text')

  test('doc → Markdown → doc keeps the text of every block and the block structure', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        const back = markdownToDoc(docToMarkdown(d))
        expect(blockTexts(back)).toEqual(blockTexts(d))
        expect(blockTypes(back)).toEqual(blockTypes(d))
        expect(validateDoc(back)).toEqual([])
      }),
      { numRuns: 200 },
    )
  }, 60_000)

  // Two different emphasis runs touching with no character between them can make one
  // ambiguous `***` run; the exporter then drops emphasis rather than print asterisks, so
  // here marked pieces are separated by plain ones.
  test('marks survive the trip between letters (bold and italic in any mix; strike alone)', () => {
    const word = fc.array(fc.constantFrom(...'政策规划abcXYZ'), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''))
    type Em = 'bold' | 'italic' | 'strike'
    const marks: fc.Arbitrary<Em[]> = fc.oneof(fc.subarray<Em>(['bold', 'italic']), fc.constant<Em[]>(['strike']))
    const piece = fc.record({ text: word, marks })
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), (pieces) => {
        const content = pieces.flatMap(({ text: t, marks }, i): DocNode[] => [
          ...(i > 0 ? [{ type: 'text', text: 'x' }] : []),
          marks.length ? { type: 'text', text: t, marks: marks.map((m) => ({ type: m })) } : { type: 'text', text: t },
        ])
        const d: DocNode = { type: 'doc', content: [{ type: 'paragraph', content }] }
        const charMarks = (doc: DocNode) =>
          (doc.content![0]!.content ?? []).flatMap((n) => [...(n.text ?? '')].map((ch) => `${ch}:${(n.marks ?? []).map((m) => m.type).sort().join('+')}`))
        expect(charMarks(markdownToDoc(docToMarkdown(d)))).toEqual(charMarks(d))
      }),
      { numRuns: 200 },
    )
  }, 60_000)

  test('strike meeting bold or italic at an edge next to a letter gives way; the text and the other mark stay', () => {
    const d: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '删斜', marks: [{ type: 'italic' }, { type: 'strike' }] }, { type: 'text', text: '后' }] }] }
    const md = docToMarkdown(d)
    expect(md).toBe('*删斜*后\n')
    expect(marksOf(markdownToDoc(md))).toEqual([{ text: '删斜', marks: ['italic'] }])
  })

  test('heading ids are new on import, everything else equal for a plain document', () => {
    const d: DocNode = { type: 'doc', content: [{ type: 'heading', attrs: { level: 2, id: 'h-old' }, content: [{ type: 'text', text: '标题' }] }, { type: 'paragraph', content: [{ type: 'text', text: '正文' }] }] }
    const back = markdownToDoc(docToMarkdown(d))
    expect(back.content![0]!.attrs!['id']).not.toBe('h-old')
    expect(stripIds(back)).toEqual(stripIds(d))
  })
})
