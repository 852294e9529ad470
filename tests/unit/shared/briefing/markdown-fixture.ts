// A representative briefing for the Markdown tests: cover, contents, Chinese text with marks,
// citations (one repeated), footnotes, a nested list, a table with a pipe, our atoms.
import type { DocNode } from '@shared/briefing/doc-model'

export const txt = (text: string, ...marks: string[]): DocNode =>
  marks.length ? { type: 'text', text, marks: marks.map((m) => (m.startsWith('http') || m.startsWith('#') || m.startsWith('javascript') ? { type: 'link', attrs: { href: m } } : { type: m as 'bold' })) } : { type: 'text', text }
export const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
export const h = (level: number, text: string): DocNode => ({ type: 'heading', attrs: { level, id: `h-${level}-${text.length}` }, content: [txt(text)] })
export const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content })
export const cite = (refId: string, title: string, docNumber: string | null, date: string | null, detail: string | null = null): DocNode => ({
  type: 'citation',
  attrs: { refKind: 'policy', refId, title, docNumber, date, detail, broken: false },
})
export const note = (text: string): DocNode => ({ type: 'footnote', attrs: { text } })
const cell = (type: 'tableCell' | 'tableHeader', ...content: DocNode[]): DocNode => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [p(...content)] })

const plan = () => cite('p1', '新一代人工智能发展规划', '国发〔2017〕35号', '2017-07-08', '国务院')
const measures = () => cite('p2', '生成式人工智能服务管理暂行办法', null, '2023-07-10')

export const representativeDoc: DocNode = {
  type: 'doc',
  content: [
    { type: 'cover', attrs: { title: '每日政策简报', subtitle: '', unit: '政策研究室', author: '王明', date: '2024年3月5日', serial: '第 12 期', label: '内部资料' } },
    { type: 'toc' },
    { type: 'pageBreak' },
    h(1, '一、今日要点'),
    p(txt('2024 年《政府工作报告》提出开展'), txt('“人工智能+”行动', 'bold'), txt('，见'), plan(), txt('与'), measures(), txt('。'), note('据新华社报道。')),
    p(txt('再次引用'), plan(), txt('；'), txt('详见', 'italic'), txt('政策页', '#/policies/p1'), txt('与'), txt('官网', 'https://www.gov.cn'), txt('，代码'), txt('a|b', 'code'), txt('，'), txt('已废止', 'strike'), txt('。')),
    h(2, '（一）国家层面'),
    {
      type: 'bulletList',
      content: [
        li(p(txt('国务院')), { type: 'orderedList', attrs: { start: 1 }, content: [li(p(txt('规划'))), li(p(txt('办法')))] }),
        li(p(txt('部委：* 号与 # 号'))),
      ],
    },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', txt('文件')), cell('tableHeader', txt('文号'))] },
        { type: 'tableRow', content: [cell('tableCell', txt('规划 | 总体')), cell('tableCell', txt('国发〔2017〕35号'))] },
      ],
    },
    { type: 'quoteBlock', attrs: { source: 'policy', policyId: 'p1', noteId: null, policyTitle: '新一代人工智能发展规划', text: '到2030年人工智能理论、技术与应用总体达到世界领先水平' } },
    { type: 'chart', attrs: { chartKind: 'policiesPerYear', params: {}, caption: '历年政策数量', svg: '<svg/>', frozen: true, drawnAt: 0 } },
    { type: 'blockquote', content: [p(txt('分析师按语'))] },
    { type: 'codeBlock', attrs: { language: 'json' }, content: [txt('{"a": 1}')] },
    { type: 'image', attrs: { src: 'data:image/png;base64,iVBORw0KGgo=', alt: '示意图' } },
    { type: 'horizontalRule' },
    p(txt('结尾'), note('第二条脚注。')),
    { type: 'referenceList' },
  ],
}
