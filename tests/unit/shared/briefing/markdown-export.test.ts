import { describe, expect, test } from 'vitest'
import MarkdownIt from 'markdown-it'
import type { DocNode } from '@shared/briefing/doc-model'
import { docToMarkdown } from '@shared/briefing/markdown-export'
import { cite, h, note, p, representativeDoc, txt } from './markdown-fixture'

const EXPECTED = `# 每日政策简报

第 12 期\\
单位：政策研究室\\
作者：王明\\
日期：2024年3月5日\\
内部资料

**目录**

- 一、今日要点
  - （一）国家层面

<!-- pagebreak -->

# 一、今日要点

2024 年《政府工作报告》提出开展“**人工智能+”行动**，见[1]与[2]。[^1]

再次引用[1]；*详见*[政策页](#/policies/p1)与[官网](https://www.gov.cn)，代码\`a|b\`，~~已废止~~。

## （一）国家层面

- 国务院
  1. 规划
  2. 办法
- 部委：\\* 号与 # 号

| 文件 | 文号 |
| --- | --- |
| 规划 \\| 总体 | 国发〔2017〕35号 |

> 到2030年人工智能理论、技术与应用总体达到世界领先水平
>
> ——《新一代人工智能发展规划》

【图】历年政策数量

> 分析师按语

\`\`\`json
{"a": 1}
\`\`\`

![示意图](data:image/png;base64,iVBORw0KGgo=)

---

结尾[^2]

## 参考文献

1. 《新一代人工智能发展规划》，国发〔2017〕35号，国务院，2017年7月8日。
2. 《生成式人工智能服务管理暂行办法》，2023年7月10日。

[^1]: 据新华社报道。
[^2]: 第二条脚注。
`

const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content })
const html = (md: string) => new MarkdownIt({ html: false }).render(md)

describe('docToMarkdown', () => {
  test('a representative briefing, exactly', () => {
    expect(docToMarkdown(representativeDoc)).toBe(EXPECTED)
  })

  test('the Markdown means what the document says when rendered', () => {
    const out = html(docToMarkdown(representativeDoc))
    expect(out).toContain('<strong>人工智能+”行动</strong>')
    expect(out).toContain('<em>详见</em>')
    expect(out).toContain('<s>已废止</s>')
    expect(out).toContain('<a href="#/policies/p1">政策页</a>')
    expect(out).toContain('<code>a|b</code>')
    expect(out).toContain('<td>规划 | 总体</td>')
    expect(out).toContain('<li>部委：* 号与 # 号</li>')
    expect(out).toMatch(/<ul>\s*<li>国务院\s*<ol>\s*<li>规划<\/li>/)
    expect(out).not.toContain('**')
  })

  test('English labels', () => {
    const md = docToMarkdown(representativeDoc, { lang: 'en' })
    expect(md).toContain('Unit: 政策研究室\\\nAuthor: 王明\\\nDate: 2024年3月5日')
    expect(md).toContain('**Contents**')
    expect(md).toContain('## References')
    expect(md).toContain('Figure: 历年政策数量')
  })

  test('citations without a reference list get one at the end, before the footnotes; a broken one says so', () => {
    const broken = { ...cite('p9', '已删除的文件', null, null), attrs: { ...cite('p9', '已删除的文件', null, null).attrs, broken: true } }
    const md = docToMarkdown(doc(p(txt('见'), broken, note('注'))))
    expect(md).toBe('见[1][^1]\n\n## 参考文献\n\n1. 《已删除的文件》。（记录已删除）\n\n[^1]: 注\n')
  })

  test('a reference list with nothing cited prints nothing', () => {
    expect(docToMarkdown(doc(h(1, '标题'), { type: 'referenceList' }))).toBe('# 标题\n')
  })

  test('text that looks like Markdown stays text', () => {
    const tricky = ['# 不是标题', '- 不是列表', '1. 不是编号', '> 不是引用', '*星* _下划_ `码` [链](x) <b>', '[^1] 不是脚注', '&amp; 实体', '    缩进', '尾随 ', '|a|b|']
    const md = docToMarkdown(doc(...tricky.map((s) => p(txt(s)))))
    const parsed = new MarkdownIt({ html: false }).parse(md, {})
    const paragraphs = parsed.filter((t) => t.type === 'inline').map((t) => (t.children ?? []).map((c) => c.content).join(''))
    expect(paragraphs).toEqual(tricky)
    expect(parsed.filter((t) => t.type.endsWith('_open')).map((t) => t.type).every((t) => t === 'paragraph_open')).toBe(true)
  })

  test('unsafe links keep their text only; images from other places keep their alt text', () => {
    const md = docToMarkdown(
      doc(p(txt('点此', 'javascript:alert(1)')), { type: 'image', attrs: { src: 'file:///etc/passwd', alt: '图' } }, { type: 'image', attrs: { src: 'https://example.com/a b.png', alt: '远程' } }),
    )
    expect(md).toBe('点此\n\n图\n\n![远程](<https://example.com/a b.png>)\n')
  })

  test('adjacent lists of one kind stay two lists; headings deeper than 4 print as 4', () => {
    const list = (s: string): DocNode => ({ type: 'bulletList', content: [{ type: 'listItem', content: [p(txt(s))] }] })
    expect(docToMarkdown(doc(list('甲'), list('乙'), list('丙')))).toBe('- 甲\n\n* 乙\n\n- 丙\n')
    expect(docToMarkdown(doc(h(6, '深')))).toBe('#### 深\n')
  })

  test('bold next to Chinese punctuation stays bold; whitespace moves outside the delimiters', () => {
    expect(docToMarkdown(doc(p(txt('开展'), txt('“人工智能+”', 'bold'), txt('行动'))))).toBe('开展“**人工智能+**”行动\n')
    expect(docToMarkdown(doc(p(txt('a'), txt(' 粗 ', 'bold'), txt('b'))))).toBe('a **粗** b\n')
    expect(docToMarkdown(doc(p(txt('粗斜', 'bold', 'italic'), txt('体'))))).toBe('***粗斜***体\n')
    expect(docToMarkdown(doc(p(txt('甲'), txt('粗', 'bold'), txt('链', 'bold', 'https://a.cn'), txt('乙'))))).toBe('甲**粗**[**链**](https://a.cn)乙\n')
  })
})
