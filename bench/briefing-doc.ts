// A deterministic ~150-page Chinese briefing (ProseMirror JSON in the nodes of
// src/shared/briefing/doc-model.ts) for the editor benchmarks, and the same text as a bare
// StarterKit document (`plainDoc`), so the two editors are timed on equal text.
import { citationNumbers, citationKey } from '../src/shared/briefing/citations'
import type { CitationAttrs, CoverAttrs, DocNode } from '../src/shared/briefing/doc-model'
import { mulberry32 } from './generate'

type Rand = () => number
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))

// Phrase banks: invented prose in the register of a policy report, not facts.
const REGIONS = ['东部沿海省份', '中西部地区', '长三角', '粤港澳大湾区', '京津冀', '成渝地区', '东北老工业基地', '部分副省级城市', '国家级新区', '自由贸易试验区']
const SUBJECTS = ['大模型', '智能算力', 'AI芯片', '数据要素', '开源社区', '具身智能', '行业大模型', '算力调度平台', '高质量数据集', 'MaaS平台', 'AIGC应用', '智能网联汽车', '人形机器人', '公共数据授权运营']
const ACTORS = ['地方政府', '龙头企业', '高校和科研院所', '中小企业', '产业联盟', '国有资本', '社会资本', '行业协会', '第三方评测机构', '云服务商']
const VERBS = ['加快布局', '持续加码', '着力推动', '统筹推进', '探索建立', '积极引导', '重点支持', '逐步完善', '审慎推进', '集中攻关']
const TERMS = ['GPU', 'AI', 'NPU', 'LLM', 'API', 'SaaS', 'PUE', 'EFLOPS', 'Transformer', 'RISC-V', 'SDK', 'benchmark', 'MLOps', 'RAG']
const SENTENCES: ((r: Rand) => string)[] = [
  (r) => `${pick(r, REGIONS)}围绕${pick(r, SUBJECTS)}${pick(r, VERBS)}，${int(r, 2019, 2025)}年以来累计出台相关文件${int(r, 3, 48)}份`,
  (r) => `从政策工具看，${pick(r, ACTORS)}更多采用补贴、券和基金等方式，单个项目支持额度最高可达${int(r, 200, 5000)}万元`,
  (r) => `以${pick(r, TERMS)}为代表的关键环节仍是短板，国产替代率约为${int(r, 8, 65)}%，与规划目标相比尚有差距`,
  (r) => `${pick(r, ACTORS)}与${pick(r, ACTORS)}协同发力，推动${pick(r, SUBJECTS)}在政务、医疗、制造等场景落地`,
  (r) => `部分地区提出到${int(r, 2025, 2030)}年智能算力规模达到${int(r, 2, 60)}EFLOPS，并要求新建数据中心PUE不高于${(1 + int(r, 15, 40) / 100).toFixed(2)}`,
  (r) => `参数规模在${int(r, 7, 700)}亿参数以上的模型训练仍高度依赖${pick(r, TERMS)}集群，算力成本约占研发投入的${int(r, 30, 70)}%`,
  (r) => `调研显示，约${int(r, 20, 80)}%的受访企业认为${pick(r, SUBJECTS)}的政策获得感有待提升，申报流程和兑现周期是主要痛点`,
  (r) => `${pick(r, REGIONS)}的做法值得关注：先以${pick(r, SUBJECTS)}试点打开局面，再通过${pick(r, TERMS)}标准和评测体系固化经验`,
  (r) => `在监管层面，备案、安全评估与算法透明度要求${pick(r, VERBS)}，${pick(r, ACTORS)}的合规成本有所上升`,
  (r) => `值得注意的是，${pick(r, SUBJECTS)}相关投资在${int(r, 2021, 2024)}年出现结构性调整，${pick(r, ACTORS)}更趋理性`,
  (r) => `建议下一步把${pick(r, SUBJECTS)}纳入重点监测，按季度跟踪${pick(r, TERMS)}供给、项目进度和资金拨付情况`,
  (r) => `总体而言，政策重心正从“建设”转向“用好”，从单点突破转向${pick(r, SUBJECTS)}与${pick(r, SUBJECTS)}的系统协同`,
]
const CHAPTERS = ['总体态势', '算力基础设施', '模型与算法', '数据要素', '产业应用', '安全与治理', '区域比较', '对策建议']
const SECTIONS = ['政策脉络', '主要举措', '资金安排', '实施进展', '典型案例', '问题与挑战', '趋势研判', '工作建议']
const FOCUS = ['重点城市', '标志性项目', '企业反馈', '指标对照']
const TABLE_HEADS = [
  ['地区', '文件数量', '智能算力（EFLOPS）', '专项资金（亿元）'],
  ['政策工具', '适用对象', '支持方式', '最高额度'],
  ['年份', '发文机关', '主题', '层级'],
  ['指标', '2023年', '2024年', '2025年目标'],
]
const DOC_TYPES = ['实施意见', '行动方案', '若干措施', '管理办法', '三年行动计划', '指导意见']
const ISSUERS = ['省人民政府', '市人民政府办公厅', '发展和改革委员会', '工业和信息化厅', '科学技术厅', '数据局']
const PROVINCE_ABBR = ['京', '沪', '粤', '浙', '苏', '川', '鄂', '皖', '鲁', '渝']
const NOTES = ['数据来源：公开政策文本整理，截至报告编制日。', '口径说明：智能算力按FP16折算。', '此处“中小企业”指符合工信部划型标准的企业。', '相关金额为计划安排数，不等于实际拨付数。', '样本为课题组问卷调查，有效回收率约七成。']

export interface BriefingDocOptions {
  seed?: number
  paragraphs?: number
  tables?: number
  citations?: number
  footnotes?: number
}

function policyCatalogue(r: Rand, n: number): CitationAttrs[] {
  return Array.from({ length: n }, (_, i) => {
    const year = int(r, 2017, 2025)
    const abbr = pick(r, PROVINCE_ABBR)
    return {
      refKind: 'policy',
      refId: `pol-${i + 1}`,
      title: `关于${pick(r, VERBS)}${pick(r, SUBJECTS)}发展的${pick(r, DOC_TYPES)}`,
      docNumber: r() < 0.85 ? `${abbr}政发〔${year}〕${int(r, 1, 60)}号` : null,
      date: `${year}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`,
      detail: `${abbr}${pick(r, ISSUERS)}`,
      broken: false,
    }
  })
}

/** The generated briefing: cover, contents, chapters with sections, tables, citations, footnotes, references. */
export function briefingDoc(opts: BriefingDocOptions = {}): DocNode {
  const r = mulberry32(opts.seed ?? 20250301)
  const nPara = opts.paragraphs ?? 700
  const nTables = opts.tables ?? 15
  const policies = policyCatalogue(r, 90)
  // Sentence slots that carry a citation or a footnote, spread evenly over the paragraphs.
  const citeEvery = nPara / (opts.citations ?? 250)
  const noteEvery = nPara / (opts.footnotes ?? 40)
  let nextCite = 0.5
  let nextNote = noteEvery / 2
  let headingId = 0

  const heading = (level: 1 | 2 | 3, text: string): DocNode => ({ type: 'heading', attrs: { level, id: `h-${++headingId}` }, content: [{ type: 'text', text }] })
  const paragraph = (index: number): DocNode => {
    // 120–260 characters, most of them short (mean ≈ 167), so 700 paragraphs make ~150 A4 pages
    const target = 120 + Math.floor(140 * r() ** 2)
    const parts: DocNode[] = []
    let len = 0
    let text = ''
    if (r() < 0.08) {
      const lead = `${pick(r, ['一是', '二是', '三是', '同时', '此外'])}，`
      parts.push({ type: 'text', text: lead, marks: [{ type: 'bold' }] })
      len += lead.length
    }
    while (len < target) {
      const s = pick(r, SENTENCES)(r)
      // stop at the target unless the paragraph would stay under 120 characters
      if (len >= 120 && (len + s.length + 1 > 260 || len + s.length / 2 > target)) break
      text += s
      len += s.length + 1
      // a citation or footnote sits before the full stop, as in printed Chinese reports
      const atoms: DocNode[] = []
      while (index >= nextCite) {
        nextCite += citeEvery
        const p = policies[Math.min(policies.length - 1, Math.floor(r() ** 1.6 * policies.length))]!
        atoms.push({ type: 'citation', attrs: { ...p } })
      }
      if (index >= nextNote) {
        nextNote += noteEvery
        atoms.push({ type: 'footnote', attrs: { text: pick(r, NOTES) } })
      }
      if (atoms.length) {
        parts.push({ type: 'text', text }, ...atoms)
        text = ''
      }
      text += '。'
    }
    parts.push({ type: 'text', text })
    return { type: 'paragraph', content: parts.filter((p) => p.type !== 'text' || p.text) }
  }
  const cell = (type: 'tableHeader' | 'tableCell', text: string): DocNode => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
  const table = (k: number): DocNode => {
    const head = TABLE_HEADS[k % TABLE_HEADS.length]!
    const rows = Array.from({ length: int(r, 8, 15) }, (_, i) => {
      const first = k % 4 === 3 ? `${pick(r, SUBJECTS)}指标${i + 1}` : k % 4 === 2 ? `${2017 + (i % 9)}年` : k % 4 === 1 ? `${pick(r, SUBJECTS)}专项` : pick(r, REGIONS)
      const rest = [String(int(r, 1, 90)), `${int(r, 1, 500)}${k % 4 === 1 ? '万元' : ''}`, k % 4 === 2 ? pick(r, ['国家级', '省级', '市级']) : `${pick(r, TERMS)} ${int(r, 1, 99)}%`]
      return { type: 'tableRow', content: [first, ...rest].map((t) => cell('tableCell', t)) }
    })
    return { type: 'table', content: [{ type: 'tableRow', content: head.map((h) => cell('tableHeader', h)) }, ...rows] }
  }

  const cover: CoverAttrs = { title: '人工智能政策观察专题报告', subtitle: '算力、模型、数据与应用的政策进展', unit: '政策研究室', author: '课题组', date: '2025年3月', serial: '专报〔2025〕第7期', label: '内部资料 注意保存' }
  const content: DocNode[] = [{ type: 'cover', attrs: { ...cover } }, { type: 'toc' }]
  // 8 chapters × 3 sections (+ a level-3 subsection in half of them) ≈ 40 headings.
  const blocks: { level: 1 | 2 | 3; text: string }[] = []
  CHAPTERS.forEach((c, i) => {
    blocks.push({ level: 1, text: `${'一二三四五六七八'[i]}、${c}` })
    for (let s = 0; s < 3; s++) {
      blocks.push({ level: 2, text: `（${'一二三'[s]}）${pick(r, SECTIONS)}` })
      if ((i + s) % 2 === 0) blocks.push({ level: 3, text: `${s + 1}. ${pick(r, FOCUS)}` })
    }
  })
  const perBlock = nPara / blocks.length
  const tableEvery = blocks.length / nTables
  let p = 0
  let nextTable = tableEvery / 2
  blocks.forEach((b, i) => {
    content.push(heading(b.level, b.text))
    const until = Math.round((i + 1) * perBlock)
    const tableHere = i >= nextTable && Math.floor(nextTable / tableEvery) < nTables
    const mid = p + Math.floor((until - p) / 2)
    while (p < until) {
      content.push(paragraph(p++))
      if (tableHere && p === mid) content.push(table(Math.floor(nextTable / tableEvery)))
    }
    if (tableHere) nextTable += tableEvery
  })
  content.push(heading(1, '参考文献'), { type: 'referenceList' })
  return { type: 'doc', content }
}

/** Inline content with citations as "[n]", footnotes as their text and marks kept. */
function plainInline(nodes: DocNode[], numbers: Map<string, number>): DocNode[] {
  return nodes.map((n) => {
    if (n.type === 'citation') return { type: 'text', text: `[${numbers.get(citationKey('policy', String(n.attrs?.['refId'])))}]` }
    if (n.type === 'footnote') return { type: 'text', text: `（${String(n.attrs?.['text'] ?? '')}）` }
    return n
  })
}

/** The same text as a bare StarterKit document: tables flattened, atoms dropped. */
export function plainDoc(doc: DocNode): DocNode {
  const numbers = citationNumbers(doc)
  const out: DocNode[] = []
  for (const block of doc.content ?? []) {
    if (block.type === 'heading') out.push({ type: 'heading', attrs: { level: block.attrs?.['level'] }, content: block.content })
    else if (block.type === 'paragraph') out.push({ type: 'paragraph', content: plainInline(block.content ?? [], numbers) })
    else if (block.type === 'table') {
      for (const row of block.content ?? []) {
        const cells = (row.content ?? []).map((c) => (c.content ?? []).map((para) => (para.content ?? []).map((t) => t.text ?? '').join('')).join(' '))
        out.push({ type: 'paragraph', content: [{ type: 'text', text: cells.join(' | ') }] })
      }
    }
    // cover, toc, referenceList: atoms, dropped
  }
  return { type: 'doc', content: out }
}

export interface DocStats {
  /** characters of text (footnote texts included): ~800 CJK characters fill an A4 page */
  chars: number
  paragraphs: number
  headings: number
  tables: number
  citations: number
  footnotes: number
}

/** What the generator made, to check the ~150-page claim (printed to stderr by the driver). */
export function docStats(doc: DocNode): DocStats {
  const s: DocStats = { chars: 0, paragraphs: 0, headings: 0, tables: 0, citations: 0, footnotes: 0 }
  const visit = (node: DocNode, inTable: boolean) => {
    if (node.type === 'text') s.chars += node.text?.length ?? 0
    else if (node.type === 'footnote') {
      s.footnotes++
      s.chars += String(node.attrs?.['text'] ?? '').length
    } else if (node.type === 'citation') s.citations++
    else if (node.type === 'heading') s.headings++
    else if (node.type === 'table') s.tables++
    else if (node.type === 'paragraph' && !inTable) s.paragraphs++
    node.content?.forEach((c) => visit(c, inTable || node.type === 'table'))
  }
  visit(doc, false)
  return s
}
