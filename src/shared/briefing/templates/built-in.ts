// The built-in briefing templates. Each builds a fresh document (new heading ids) from the
// day's context; the paragraphs under headings tell the writer what belongs there and state
// no facts, so a template never puts an unchecked claim into a briefing.
import type { DocNode, PrintSettings } from '../doc-model'
import { cover, doc, pageBreak, referenceList, section, toc } from './nodes'

/** What a template fills in when it is applied. */
export interface TemplateContext {
  /** as printed, e.g. 2024年3月5日 */
  date: string
  unit: string
  author: string
  /** issue number as the user typed it: "12" or "第 12 期" */
  serial: string
}

export interface BriefingTemplate {
  id: string
  name: { zh: string; en: string }
  description: { zh: string; en: string }
  print: PrintSettings
  build(ctx: TemplateContext): DocNode
}

/** "12" → "第 12 期"; a serial already written out is kept as typed. */
export function serialLine(serial: string): string {
  const s = serial.trim()
  if (!s) return ''
  return /^第.*期$/.test(s) ? s : `第 ${s} 期`
}

const masthead = (title: string, ctx: TemplateContext, label = '内部资料') =>
  cover({ title, subtitle: '', unit: ctx.unit, author: ctx.author, date: ctx.date, serial: serialLine(ctx.serial), label })

const dailyBrief: BriefingTemplate = {
  id: 'daily-brief',
  name: { zh: '每日政策简报', en: 'Daily policy brief' },
  description: {
    zh: '报头、今日要点、国家与地方动态、产业动向、研判与建议，文末参考文献。',
    en: 'Masthead, key points, national and local news, industry, assessment; references at the end.',
  },
  print: { style: 'modern', pageNumbers: 'chinese', header: '每日政策简报' },
  build: (ctx) =>
    doc([
      masthead('每日政策简报', ctx),
      ...section(1, '一、今日要点', '（用三至五条短句概括今天最值得关注的政策动态，每条写明发文机关和日期，并插入对应政策的引用。）'),
      ...section(1, '二、国家层面', '（列出国务院及部委今日发布或生效的文件：名称、文号、核心条款，一条一段。）'),
      ...section(1, '三、地方动态', '（按省市分条记录地方出台的政策和措施，注明地区与发文单位。）'),
      ...section(1, '四、产业动向', '（记录与政策相关的企业、模型和项目动态，可插入厂商引用。）'),
      ...section(1, '五、研判与建议', '（写出对上述动态的判断：影响哪些方面、需要跟进什么，以及对本单位的具体建议。）'),
      referenceList(),
    ]),
}

const policyAlert: BriefingTemplate = {
  id: 'policy-alert',
  name: { zh: '政策快报', en: 'Policy alert' },
  description: {
    zh: '单份重要文件的快速解读，公文版式（GB/T 9704），页码为“— 1 —”。',
    en: 'A quick reading of one important document, in official-document style (GB/T 9704).',
  },
  print: { style: 'official', pageNumbers: 'dash', header: '' },
  build: (ctx) =>
    doc([
      masthead('政策快报', ctx),
      ...section(1, '一、发文要点', '（写明文件名称、文号、发文机关、发布与施行日期，并插入该政策的引用。）'),
      ...section(1, '二、主要内容', '（按文件结构概述主要条款，重要原文可用引文块摘录。）'),
      ...section(1, '三、影响分析', '（分析文件对行业、企业和本单位工作的影响，区分直接影响与间接影响。）'),
      ...section(1, '四、应对建议', '（提出需要采取的措施、责任部门和时间节点。）'),
      referenceList(),
    ]),
}

const vendorProfile: BriefingTemplate = {
  id: 'vendor-profile',
  name: { zh: '厂商简况', en: 'Vendor profile' },
  description: {
    zh: '一家企业的基本情况、主要模型、应用案例、相关政策与研判。',
    en: 'One company: overview, main models, applications, related policies, assessment.',
  },
  print: { style: 'modern', pageNumbers: 'chinese', header: '厂商简况' },
  build: (ctx) =>
    doc([
      masthead('厂商简况', ctx),
      ...section(1, '一、基本情况', '（写明企业全称、总部所在地、企业类型和主营业务，并插入该厂商的引用。）'),
      ...section(1, '二、主要模型', '（列出企业发布的主要模型：名称、类型、发布时间和备案情况。）'),
      ...section(1, '三、应用与案例', '（记录模型在各行业的落地应用，注明场景和合作方。）'),
      ...section(1, '四、相关政策', '（列出与该企业业务相关的政策文件并插入引用，说明关联之处。）'),
      ...section(1, '五、研判', '（给出对企业发展态势的判断和需要持续关注的事项。）'),
      referenceList(),
    ]),
}

/**
 * Shaped like the special-topic report in the seed material: cover, contents, preface and key
 * findings, four chapters of numbered sections, a closing. Chapter titles are the seed
 * report's; sections keep its numbering (1.1, 1.2 …) and topics, not its findings.
 */
const topicReport: BriefingTemplate = {
  id: 'topic-report',
  name: { zh: '专题报告', en: 'Special-topic report' },
  description: {
    zh: '封面、目录、前言与核心观点、分章分节的正文和结语，文末参考文献。',
    en: 'Cover, contents, preface and key findings, chapters with numbered sections, closing, references.',
  },
  print: { style: 'modern', pageNumbers: 'chinese', header: '专题报告' },
  build: (ctx) =>
    doc([
      cover({ title: '专题报告', subtitle: '', unit: ctx.unit, author: ctx.author, date: ctx.date, serial: serialLine(ctx.serial), label: '内部资料 注意保存' }),
      toc(),
      pageBreak(),
      ...section(1, '前言', '（说明报告的背景、研究对象和写作目的。）'),
      ...section(1, '核心观点', '（用若干段落概括全文的主要结论，每段一个观点，与后文各章对应。）'),
      ...section(1, '第一章 扬帆起航：中国 AI 大模型产业发展背景', '（概述本章讨论的发展背景。）'),
      ...section(2, '1.1 政策驱动力', '（梳理国家和地方层面的相关政策，按时间或层级归纳，并插入政策引用；可插入政策数量图表。）'),
      ...section(2, '1.2 技术驱动力', '（说明推动发展的关键技术及其演进。）'),
      ...section(2, '1.3 市场驱动力', '（按应用场景分述需求来源，如办公、制造、金融、医疗、政务。）'),
      ...section(1, '第二章 百舸争流：中国 AI 大模型产业现状及典型案例', '（概述产业现状。）'),
      ...section(2, '2.1 主要特征', '（归纳研究对象的主要特征。）'),
      ...section(2, '2.2 主要类型', '（按部署方式或用途分类说明。）'),
      ...section(2, '2.3 典型案例', '（逐个介绍典型案例，每个案例一段，可插入厂商引用。）'),
      ...section(1, '第三章 大浪淘沙：中国 AI 大模型产业发展所面临的挑战', '（概述面临的主要挑战。）'),
      ...section(2, '3.1 算力', '（分析算力资源方面的问题。）'),
      ...section(2, '3.2 技术架构', '（分析模型架构方面的局限。）'),
      ...section(2, '3.3 数据', '（分析训练数据方面的不足。）'),
      ...section(2, '3.4 应用落地', '（分析应用推广方面的障碍。）'),
      ...section(1, '第四章 天阔云高：中国 AI 大模型产业趋势展望', '（概述未来趋势。）'),
      ...section(2, '4.1 云侧与端侧', '（研判不同部署形态的发展方向。）'),
      ...section(2, '4.2 通用与行业', '（研判通用模型与行业模型的分工。）'),
      ...section(2, '4.3 开源与开发者', '（研判开源生态的发展。）'),
      ...section(2, '4.4 芯片与产业生态', '（研判硬件与产业生态的演进。）'),
      ...section(1, '结语', '（总结全文，提出政策建议。）'),
      referenceList(),
    ]),
}

export const BUILT_IN_TEMPLATES: readonly BriefingTemplate[] = [dailyBrief, policyAlert, vendorProfile, topicReport]

export function builtInTemplate(id: string): BriefingTemplate | null {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id) ?? null
}
