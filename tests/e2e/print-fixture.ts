// A long Chinese briefing for the print tests, built from sentences of the seed report: a cover,
// contents, chapters and sections, paragraphs with Latin words, marks, citations and footnotes,
// a 40-row table with a header row and a chart. `copies` repeats the chapters for a longer document.
import type { DocNode } from '../../src/shared/briefing/doc-model'

export const COVER_TITLE = '国内AI大模型产业发展深度分析 2024'
export const TABLE_HEAD = ['序号', '地区', '政策方向']
export const CHART_CAPTION = '图1 2023 年以来各地出台的大模型产业相关政策（示意）'
export const FOOTNOTES = ['RLHF，即基于人类反馈强化学习（Reinforcement Learning from Human Feedback）。', 'SFT，即有监督微调（Supervised Fine-Tuning）。']

const SENTENCES = [
  '近年来，我国始终高度重视人工智能发展机遇和顶层设计，发布多项人工智能支持政策。',
  '2024 年《政府工作报告》中提出开展“人工智能+”行动。',
  '伴随人工智能领域中大模型技术的快速发展，我国各地方政府出台相关支持政策，加快大模型产业发展。',
  '2017年，Google提出基于自注意力机制的神经网络结构——Transformer 架构，奠定了大模型预训练算法架构的基础。',
  '2022 年，OpenAI 推出 ChatGPT，其拥有强大的自然语言交互与生成能力。',
  'Transformer 架构主要由输入部分、多层编码器、多层解码器以及输出部分组成。',
  '在计算自注意力时，模型首先将输入序列进行线性变换，得到 Q（查询）、K（键）和 V（值）三个向量。',
  '然后，通过计算 Q 和 K 的点积，并应用 Softmax 函数，得到每个位置的权重。',
  '指令微调可被视为有监督微调（Supervised Fine-Tuning，SFT）的一种特殊形式，但两者目标有所差别。',
  '基于大模型的智能办公产品满足日常办公场景中文案生成、PPT 美化、数据分析等各种需求。',
  '大模型持续健康发展，需要政策法规保驾护航，满足隐私保护、数据安全等多方面要求。',
  '当前，通用大模型、行业大模型、端侧大模型如雨后春笋般涌现，大模型产业的应用落地将进一步提速。',
]
const REGIONS = [
  ['北京', '推动大模型相关技术创新，构建高效协同的大模型技术产业生态'],
  ['上海', '打造具备国际竞争力的大模型'],
  ['深圳', '支持打造基于国内外芯片和算法的开源通用大模型'],
  ['安徽', '从资源方面着手吸引大模型企业入驻'],
  ['成都', '重点研发和迭代 CV 大模型、NLP 大模型、多模态大模型'],
  ['杭州', '支持头部企业开展多模态通用大模型关键技术攻关'],
] as const
const CHAPTERS = ['扬帆起航：中国 AI 大模型产业发展背景', '乘风破浪：中国 AI 大模型产业发展现状', '百舸争流：中国 AI 大模型产业竞争格局', '千帆竞发：中国 AI 大模型产业发展趋势']
const SECTIONS = ['政策驱动力', '技术驱动力', '市场驱动力', '应用场景']
const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八']

const text = (t: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) })
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const heading = (level: number, t: string): DocNode => ({ type: 'heading', attrs: { level, id: null }, content: [text(t)] })
const cite = (refId: string, title: string, docNumber: string | null, date: string): DocNode => ({
  type: 'citation',
  attrs: { refKind: 'policy', refId, title, docNumber, date, detail: '国务院', broken: false },
})
const PLAN = cite('pol-cn-2017-new-generation-ai-plan', '新一代人工智能发展规划', '国发〔2017〕35号', '2017-07-08')
const WORK_REPORT = cite('pol-cn-2024-government-work-report', '2024 年政府工作报告', null, '2024-03-05')

function paragraph(i: number): DocNode {
  const n = 2 + (i % 4)
  const parts: DocNode[] = []
  for (let k = 0; k < n; k++) {
    const s = SENTENCES[(i * 5 + k * 7) % SENTENCES.length]!
    parts.push(k === 1 && i % 6 === 0 ? text(s, [{ type: 'bold' }]) : text(s))
    if (k === 0 && i % 9 === 4) parts.push(PLAN)
    if (k === 0 && i % 13 === 7) parts.push(WORK_REPORT)
  }
  return para(...parts)
}

function table(): DocNode {
  const cell = (type: string, t: string): DocNode => ({ type, attrs: { colspan: 1, rowspan: 1 }, content: [para(text(t))] })
  const rows: DocNode[] = [{ type: 'tableRow', content: TABLE_HEAD.map((h) => cell('tableHeader', h)) }]
  for (let r = 0; r < 40; r++) {
    const [region, aim] = REGIONS[r % REGIONS.length]!
    rows.push({ type: 'tableRow', content: [cell('tableCell', String(r + 1)), cell('tableCell', region), cell('tableCell', aim)] })
  }
  return { type: 'table', content: rows }
}

const CHART_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="240" viewBox="0 0 600 240"><rect width="600" height="240" fill="#fff"/>' +
  [3, 5, 4, 7, 6, 8].map((v, i) => `<rect x="${40 + i * 90}" y="${220 - v * 24}" width="50" height="${v * 24}" fill="#3a6ea5"/>`).join('') +
  '<text x="300" y="20" text-anchor="middle" font-size="16">各地政策数量</text><script>window.__svgRan = true</script></svg>'

/** The briefing document; every footnote and citation is referenced in the first chapter. */
export function printFixture(copies = 1): DocNode {
  const content: DocNode[] = [
    { type: 'cover', attrs: { title: COVER_TITLE, subtitle: '专题报告', unit: '政策观察台', author: '', date: '2024年', serial: '', label: '内部资料' } },
    { type: 'toc' },
    { type: 'pageBreak' },
  ]
  let p = 0
  for (let copy = 0; copy < copies; copy++) {
    CHAPTERS.forEach((chapter, ci) => {
      const suffix = copies > 1 ? `（${copy + 1}）` : ''
      content.push(heading(1, `第${CN_NUM[ci]}章 ${chapter}${suffix}`))
      SECTIONS.forEach((section, si) => {
        content.push(heading(2, `${ci + 1}.${si + 1} ${section}${suffix}`))
          for (let k = 0; k < 7; k++) {
          const node = paragraph(p++)
          if (copy === 0 && ci === 0 && si === 1 && k < 2) node.content!.push({ type: 'footnote', attrs: { text: FOOTNOTES[k]! } })
          content.push(node)
        }
        if (ci === 1 && si === 0) content.push(table())
        if (ci === 2 && si === 1) {
          content.push({ type: 'chart', attrs: { chartKind: 'policiesByLevel', params: {}, caption: CHART_CAPTION, svg: CHART_SVG, frozen: true, drawnAt: 0 } })
        }
      })
    })
  }
  content.push({ type: 'referenceList' })
  return { type: 'doc', content }
}
