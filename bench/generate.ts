// Deterministic synthetic data for the scale benchmarks: N policies and N/2 notes with
// realistic Chinese text (templates + phrase banks, mixed with Latin tokens like AI, GPU, MaaS).
// Same seed → same data, so the seeded database and in-page baselines see identical records.
import type { Policy, POLICY_LEVELS, POLICY_STATUSES } from '../src/shared/model/records'
import { TOPICS } from '../src/shared/model/records'
import type { Note } from '../src/shared/model/user-data'
import { PROVINCES } from '../src/shared/regions/gbt2260'

export const SEED = 20240601
/** A policy planted at a fixed index so the doc-number query always has its target. */
export const PLANTED_DOC_NUMBER = '京政办发〔2023〕15号'

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rand = () => number
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))
const pad = (n: number, w = 2) => String(n).padStart(w, '0')

const ABBR: Record<string, string> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '蒙', '21': '辽', '22': '吉', '23': '黑', '31': '沪', '32': '苏', '33': '浙',
  '34': '皖', '35': '闽', '36': '赣', '37': '鲁', '41': '豫', '42': '鄂', '43': '湘', '44': '粤', '45': '桂', '46': '琼', '50': '渝',
  '51': '川', '52': '黔', '53': '云', '54': '藏', '61': '陕', '62': '甘', '63': '青', '64': '宁', '65': '新', '71': '台', '81': '港', '82': '澳',
}
const NAME_CHARS = '安宁新兴平阳山江河丰泰华昌德清远和庆林东西南北金石永嘉宜春临海长乐云龙'
const PROVINCE_CODES = Object.keys(PROVINCES)
const NATIONAL_ISSUERS = ['国务院', '国务院办公厅', '国家发展和改革委员会', '科学技术部']
const MINISTRY_ISSUERS = ['工业和信息化部', '国家数据局', '国家互联网信息办公室', '教育部', '财政部', '人力资源和社会保障部', '中国科学院']
const LOCAL_ORGANS = ['人民政府', '人民政府办公厅', '发展和改革委员会', '工业和信息化厅', '科学技术厅', '大数据管理局', '数据局', '经济和信息化局']
const DOC_SUFFIX = ['政发', '政办发', '政办函', '发改高技', '工信发', '科发', '数据发', '经信规']
const NATIONAL_PREFIX = ['国发', '国办发', '工信部科', '工信部联科', '发改高技', '国科发', '国数政策']
const DOC_TYPES = ['通知', '意见', '实施方案', '行动计划', '若干措施', '管理办法', '发展规划', '指导意见']
const SUBJECTS = [
  '人工智能产业', '通用人工智能', '大模型创新应用', '算力基础设施', '智能算力', '数据要素市场化配置', '公共数据开发利用', '“人工智能+”行动',
  '开源生态', '人工智能人才培养', '场景应用开放', '具身智能', '智能网联汽车', 'AI芯片', '数字经济', '新型工业化', '人工智能安全治理',
  'MaaS平台', 'GPU算力券', 'AIGC产业', '人形机器人', '算力网络', '数据标注产业', '智能制造', '东数西算工程',
]
const VERBS = ['加快推进', '促进', '支持', '推动', '全面实施', '深化', '培育壮大', '规范发展']
const TITLE_TEMPLATES: ((reg: string, subj: string, y: number, dt: string) => string)[] = [
  (r, s, _y, dt) => `${r}关于加快推进${s}高质量发展的${dt}`,
  (r, s, y) => `${r}${s}行动计划（${y}—${y + 2}年）`,
  (r, s, _y, dt) => `${r}促进${s}发展的${dt}`,
  (r, s, y) => `关于印发《${r}${s}三年行动方案（${y}—${y + 2}年）》的通知`,
  (r, s) => `${r}支持${s}创新发展若干措施`,
  (r, s, _y, dt) => `${r}${s}专项资金${dt}`,
]
const SENTENCES = [
  '到{Y}年，全省（市）智能算力规模达到{N}EFLOPS，建成一批高水平公共算力平台。', '支持企业开展大模型训练和推理，对符合条件的GPU算力使用给予最高{P}%的补贴。',
  '推动公共数据分级分类开放，建设高质量中文语料库和行业数据集。', '鼓励开源社区建设，支持企业主导或参与国际主流开源项目。',
  '围绕政务、医疗、教育、金融、制造等领域开放{N}个以上人工智能应用场景。', '引进和培养人工智能领军人才和高水平创新团队，完善人才评价机制。',
  '建设MaaS模型即服务平台，降低中小企业使用大模型的门槛。', '发放算力券和模型券，单个企业年度支持额度不超过{N}万元。',
  '加强人工智能安全评估和算法备案管理，健全数据安全治理体系。', '支持AI芯片、服务器和智能终端等关键产品研发与产业化。',
  '推进“东数西算”工程，优化数据中心和算力网络布局。', '培育{N}家以上具有行业影响力的大模型企业和一批专精特新企业。',
  '设立人工智能产业投资基金，引导社会资本投向早期项目。', '推动具身智能、人形机器人等前沿方向的技术攻关与场景验证。',
  '建立数据要素流通交易机制，探索数据资产入表和收益分配。', '支持高校设立人工智能学院，开展AI通识教育和职业技能培训。',
]
const MEASURES = [
  '建设不少于{N}个行业大模型', '智能算力规模达到{N} PFLOPS', '对采购国产GPU服务器给予{P}%补贴', '开放{N}个标杆应用场景', '建设{N}个高质量行业数据集',
  '支持开源模型社区和开源框架建设', '实施人工智能人才“{N}计划”', '设立{N}亿元人工智能产业基金', '推广MaaS平台和模型API服务', '建立AI伦理审查和安全评估制度',
  '建设公共算力调度平台', '培育数据标注基地', '推动AI+制造示范工厂建设', '对首台（套）智能装备给予奖励', '支持大模型备案上线',
]
const NOTE_SENTENCES = [
  '这份文件的算力券条款值得对比其他省份。', '补贴口径与上一年度相比明显收紧。', '需要核实原文中关于数据要素的表述。', '可与国家层面的“人工智能+”行动对照阅读。',
  '大模型备案要求写得比较具体，适合写进简报。', '开源部分只是原则性表述，缺少配套资金。', 'GPU采购补贴比例较高，注意执行情况。', '人才政策与住房、落户政策打包。',
  '场景开放清单尚未公布，后续跟踪。', 'MaaS平台由本地国企牵头建设。', '与上位政策的关系待确认。', '问了业内人士，实际落地进度偏慢。',
]

const NOTE_TAGS = ['算力', '补贴', '数据', '大模型', '待核实', '简报', '人才', '开源', 'AI', '跟踪']

interface Region { code: string; name: string; level: 'provincial' | 'municipal' | 'district'; abbr: string; province: string }

function makeRegions(r: Rand): Region[] {
  const out: Region[] = []
  for (const code of PROVINCE_CODES) {
    const province = PROVINCES[code]!
    const abbr = ABBR[code.slice(0, 2)] ?? province[0]!
    out.push({ code, name: province, level: 'provincial', abbr, province })
    for (let c = 1; c <= 6; c++) {
      // Synthetic city and district codes in GB/T 2260 form (PPCC00, PPCCDD).
      const city = pick(r, [...NAME_CHARS]) + pick(r, [...NAME_CHARS]) + '市'
      out.push({ code: `${code.slice(0, 2)}${pad(c)}00`, name: city, level: 'municipal', abbr, province })
      out.push({ code: `${code.slice(0, 2)}${pad(c)}${pad(int(r, 2, 20))}`, name: pick(r, [...NAME_CHARS]) + pick(r, [...NAME_CHARS]) + '区', level: 'district', abbr, province })
    }
  }
  return out
}

function fill(r: Rand, s: string, year: number): string {
  return s
    .replace('{Y}', String(year + 3))
    .replace('{P}', String(pick(r, [10, 20, 30, 50])))
    .replace('{N}', String(pick(r, [3, 5, 10, 20, 30, 50, 100, 200, 500, 1000])))
}

function partialDate(r: Rand, year: number): string {
  const x = r()
  if (x < 0.12) return String(year)
  if (x < 0.15) return `${year}+`
  const month = int(r, 1, 12)
  if (x < 0.35) return `${year}-${pad(month)}`
  return `${year}-${pad(month)}-${pad(int(r, 1, 28))}`
}

function text(r: Rand, min: number, max: number, year: number, bank: readonly string[]): string {
  const want = int(r, min, max)
  let s = ''
  while (s.length < want) s += fill(r, pick(r, bank), year)
  return s.slice(0, want)
}

export function generatePolicies(n: number, seed = SEED): Policy[] {
  const r = mulberry32(seed)
  const regions = makeRegions(r)
  const byLevel = (l: Region['level']) => regions.filter((g) => g.level === l)
  const regionsOf = { provincial: byLevel('provincial'), municipal: byLevel('municipal'), district: byLevel('district') }
  const out: Policy[] = []
  for (let i = 0; i < n; i++) {
    const year = int(r, 2015, 2026)
    const lv = r()
    const level = lv < 0.08 ? 'national' : lv < 0.18 ? 'ministry' : lv < 0.55 ? 'provincial' : lv < 0.88 ? 'municipal' : 'district'
    const region = level === 'national' || level === 'ministry' ? null : pick(r, regionsOf[level])
    const docType = r() < 0.9 ? pick(r, DOC_TYPES) : null
    const subject = pick(r, SUBJECTS)
    const regionName = region?.name ?? '全国'
    const issuers = region
      ? [region.province + pick(r, LOCAL_ORGANS), ...(r() < 0.3 ? [region.province + pick(r, LOCAL_ORGANS)] : [])]
      : [pick(r, level === 'national' ? NATIONAL_ISSUERS : MINISTRY_ISSUERS)]
    const docNumber = r() < 0.7 ? `${region ? region.abbr + pick(r, DOC_SUFFIX) : pick(r, NATIONAL_PREFIX)}〔${year}〕${int(r, 1, 200)}号` : null
    const issued = r() < 0.05 ? null : partialDate(r, year)
    const plan = docType === '行动计划' || docType === '发展规划'
    const summary = `${regionName}${pick(r, VERBS)}${subject}。` + text(r, 60, 280, year, SENTENCES)
    const p: Policy = {
      id: `bench-p-${pad(i, 6)}`,
      rev: 1,
      sources: [{ sourceId: 'bench-generated' }],
      title: pick(r, TITLE_TEMPLATES)(region ? regionName : '', subject, year, docType ?? '通知'),
      titleIsDescriptive: false,
      aliases: r() < 0.15 ? [`${region?.abbr ?? '国'}${subject.slice(0, 4)}${pick(r, ['十条', '二十条', '新政'])}`] : [],
      level: level as (typeof POLICY_LEVELS)[number],
      regionCode: region?.code ?? null,
      regionName,
      issuers,
      docNumber,
      docType,
      issued,
      published: issued && r() < 0.4 ? issued : null,
      effective: r() < 0.3 ? String(year + (r() < 0.5 ? 0 : 1)) : null,
      expires: r() < 0.1 ? String(year + 3) : null,
      validity: plan ? { from: String(year), to: String(year + 2) } : null,
      commentPeriod: null,
      status: pick(r, ['in_force', 'in_force', 'in_force', 'unknown', 'unknown', 'expired', 'amended', 'superseded', 'repealed', 'draft'] as const satisfies readonly (typeof POLICY_STATUSES)[number][]),
      topics: [...new Set(Array.from({ length: int(r, 1, 3) }, () => pick(r, TOPICS)))],
      summary,
      keyMeasures: Array.from({ length: int(r, 2, 6) }, () => fill(r, pick(r, MEASURES), year)),
      fullText: null,
      links: [],
      relations: [],
    }
    out.push(p)
  }
  // Plant the doc number the search queries look for, on a Beijing policy.
  const planted = out[Math.min(777, n - 1)]
  if (planted) Object.assign(planted, { level: 'provincial', regionCode: '110000', regionName: '北京市', docNumber: PLANTED_DOC_NUMBER, issued: '2023-06-12' })
  return out
}

export function generateNotes(n: number, policyCount: number, seed = SEED + 1): Note[] {
  const r = mulberry32(seed)
  const out: Note[] = []
  const t0 = Date.UTC(2024, 0, 1)
  for (let i = 0; i < n; i++) {
    const at = t0 + int(r, 0, 700) * 86_400_000 + int(r, 0, 86_399) * 1000
    out.push({
      id: `bench-n-${pad(i, 6)}`,
      targetKind: 'policies',
      targetId: `bench-p-${pad(int(r, 0, policyCount - 1), 6)}`,
      body: text(r, 30, 400, 2024, NOTE_SENTENCES),
      tags: r() < 0.4 ? [...new Set(Array.from({ length: int(r, 1, 3) }, () => pick(r, NOTE_TAGS)))] : [],
      pinned: r() < 0.05,
      createdAt: at,
      updatedAt: at + int(r, 0, 30) * 86_400_000,
    })
  }
  return out
}

/** Policies from BENCH_SCALE-style n, with notes at half the policy count. */
export function generateAll(n: number): { policies: Policy[]; notes: Note[] } {
  return { policies: generatePolicies(n), notes: generateNotes(Math.floor(n / 2), n) }
}
