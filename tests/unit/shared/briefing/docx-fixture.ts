// A representative Chinese briefing for the DOCX tests: cover, contents, headings, nested lists,
// a table with a header row and merged cells, footnotes, citations, a page break, a quoted
// passage, an image and a chart. Facts come from the seed report (docs of 2017 and 2022).
import type { DocNode } from '@shared/briefing/doc-model'

export const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGM4oKAARww4OQDxpwwBoePZqAAAAABJRU5ErkJggg=='

/** A second, different PNG (6×3), e.g. a chart's raster: docx stores identical images once. */
export const CHART_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAYAAAADCAIAAAA/Y+msAAAAEUlEQVR4nGNQcDiAhhiIEgIANjcUQV/Va+0AAAAASUVORK5CYII='

export const txt = (text: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text, ...(marks ? { marks } : {}) })
export const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
export const h = (level: number, text: string): DocNode => ({ type: 'heading', attrs: { level, id: null }, content: [txt(text)] })
export const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content })
export const cell = (type: 'tableHeader' | 'tableCell', text: string, attrs: Record<string, unknown> = {}): DocNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs },
  content: [p(txt(text))],
})
export const row = (...cells: DocNode[]): DocNode => ({ type: 'tableRow', content: cells })
export const cite = (refId: string, title: string, extra: Record<string, unknown> = {}): DocNode => ({
  type: 'citation',
  attrs: { refKind: 'policy', refId, title, docNumber: null, date: null, detail: null, broken: false, ...extra },
})
export const footnote = (text: string): DocNode => ({ type: 'footnote', attrs: { text } })

export const PLAN = '新一代人工智能发展规划'
export const SCENES = '关于加快场景创新 以人工智能高水平应用促进经济高质量发展的指导意见'

export function sampleDoc(): DocNode {
  return {
    type: 'doc',
    content: [
      {
        type: 'cover',
        attrs: { title: '国内AI大模型产业发展深度分析', subtitle: '专题报告', unit: '政策研究室', author: '分析组', date: '2024年3月', serial: '第 3 期', label: '内部资料 注意保存' },
      },
      { type: 'toc' },
      h(1, '第一章 扬帆起航：中国 AI 大模型产业发展背景'),
      h(2, '1.1 中国 AI 大模型产业发展政策驱动力'),
      p(
        txt('国务院于 2017 年发布'),
        cite('p1', PLAN, { docNumber: '国发〔2017〕35号', date: '2017-07-08', detail: '国务院' }),
        txt('。科技部等六部门也于 2022 年印发'),
        cite('p2', SCENES, { date: '2022', detail: '科技部等六部门' }),
        txt('对规划进行落实'),
        footnote('见国务院 2017 年发布的规划原文。'),
        txt('。'),
      ),
      p(txt('加粗', [{ type: 'bold' }]), txt('与'), txt('链接', [{ type: 'link', attrs: { href: 'https://www.gov.cn/' } }]), txt('以及'), txt('脚本链接', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
      {
        type: 'bulletList',
        content: [
          li(p(txt('北京着力推动大模型相关技术创新')), { type: 'orderedList', attrs: { start: 1 }, content: [li(p(txt('构建高效协同的大模型技术产业生态')))] }),
          li(p(txt('上海强调打造具备国际竞争力的大模型'))),
        ],
      },
      { type: 'orderedList', attrs: { start: 1 }, content: [li(p(txt('通用大模型'))), li(p(txt('行业大模型'))), li(p(txt('端侧大模型')))] },
      {
        type: 'table',
        content: [
          row(cell('tableHeader', '地区'), cell('tableHeader', '政策重点'), cell('tableHeader', '备注')),
          row(cell('tableCell', '北京'), cell('tableCell', '技术创新与产业生态', { colspan: 2 })),
          row(cell('tableCell', '深圳', { rowspan: 2 }), cell('tableCell', '开源通用大模型'), cell('tableCell', '芯片与算法')),
          row(cell('tableCell', '商用通用大模型'), cell('tableCell', '重点企业')),
        ],
      },
      { type: 'pageBreak' },
      h(2, '1.2 AI 大模型产业发展技术驱动力'),
      {
        type: 'quoteBlock',
        attrs: { source: 'policy', policyId: 'p1', noteId: null, policyTitle: PLAN, text: '人工智能发展进入新阶段。' },
      },
      { type: 'blockquote', content: [p(txt('大模型持续健康发展，需要政策法规保驾护航。'), footnote('满足隐私保护、数据安全等多方面要求。'))] },
      { type: 'image', attrs: { src: TINY_PNG, alt: '示意图', title: null } },
      {
        type: 'chart',
        attrs: {
          chartKind: 'policiesPerYear',
          params: {},
          caption: '图 1 各年政策数量',
          svg: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="600" height="300" fill="#eee"/></svg>',
          frozen: true,
          drawnAt: 0,
        },
      },
      { type: 'codeBlock', attrs: { language: null }, content: [txt('step 1\nstep 2')] },
      { type: 'horizontalRule' },
      { type: 'referenceList' },
    ],
  }
}
