// Vendor and model comparison (rows, capability matrix) and the briefing blocks built from it
// and from a whole case file, on the shipped default data and on hand-made records.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { bundleSchema, type Bundle } from '@shared/bundle/schema'
import { modelSchema, policySchema, vendorSchema, type Model, type Policy, type Vendor } from '@shared/model/records'
import { nodeText, walk, type DocNode } from '@shared/briefing/doc-model'
import { validateDoc } from '@shared/briefing/validate-doc'
import { compare, pickCompared } from '@shared/vendors/compare'
import type { CompareData, Comparison, RowKey } from '@shared/vendors/compare-types'
import { comparisonBlocks, vendorProfileBlocks } from '@shared/vendors/profile-blocks'
import type { BlockWording } from '@shared/vendors/block-wording'

const bundle = bundleSchema.parse(JSON.parse(readFileSync(resolve(process.cwd(), 'resources/default-data/bundle.json'), 'utf8'))) as Bundle
const real: CompareData = { vendors: bundle.records.vendors, models: bundle.records.models, events: bundle.records.events, policies: bundle.records.policies }

const row = (c: Comparison, key: RowKey) => c.rows.find((r) => r.key === key)!.cells
const texts = (cells: { text: string }[][]) => cells.map((items) => items.map((i) => i.text))
const matrixRow = (c: Comparison, group: string, value: string) => c.matrix.find((r) => r.group === group && r.value === value)?.cells

const wording: BlockWording = {
  item: (i) => `${i.group ? `${i.group}:` : ''}${i.text}${i.released ? ' 发布' : ''}`,
  date: (d) => d ?? '?',
  row: (k) => `row:${k}`,
  capability: (r) => `${r.group}:${r.value}`,
  labels: { compareTitle: '厂商对比', matrixTitle: '能力矩阵', field: '项目', none: '—', has: '✓', models: '主要模型', applications: '应用与案例', figures: '关键数据', policies: '相关政策', openSource: '开源', parameters: '参数规模' },
}
const asDoc = (content: DocNode[]): DocNode => ({ type: 'doc', content })
const citations = (blocks: DocNode[]) => {
  const out: string[] = []
  blocks.forEach((b) => walk(b, (n) => n.type === 'citation' && out.push(`${String(n.attrs?.['refKind'])}:${String(n.attrs?.['refId'])}`)))
  return out
}
const SRC = [{ sourceId: 'local-entry' }]

describe('comparing vendors on the default data', () => {
  const c = compare('vendors', ['ven-baidu', 'ven-alibaba-cloud'], real)

  test('the columns are the chosen vendors, in order, each with its models', () => {
    expect(c.columns.map((col) => col.name)).toEqual(['百度', '阿里云'])
    expect(texts(row(c, 'models'))).toEqual([['文心一言'], ['Qwen-72B', 'Qwen-1.8B', 'Qwen-Audio']])
    expect(row(c, 'categories').map((items) => items.map((i) => [i.group, i.text]))).toEqual([[['category', 'general']], [['category', 'other']]])
  })

  test('open source: 阿里云 names its open models, 百度 says the records do not know', () => {
    expect(texts(row(c, 'openSource'))).toEqual([['unknown'], ['Qwen-72B', 'Qwen-1.8B', 'Qwen-Audio']])
    expect(row(c, 'openSource')[0]![0]!.group).toBe('answer')
    expect(matrixRow(c, 'openSource', 'open')).toEqual([[], ['Qwen-72B', 'Qwen-1.8B', 'Qwen-Audio']])
  })

  test('milestones come from events, dated, and a release an event already tells is not repeated', () => {
    const ali = row(c, 'milestones')[1]!
    expect(ali.map((i) => [i.date, i.text])).toEqual([['2023-12', '阿里云开源Qwen-72B、Qwen-1.8B与Qwen-Audio']])
  })

  test('OpenAI milestones are sorted oldest first and list releases no event tells', () => {
    const openai = compare('vendors', ['ven-openai', 'ven-google'], real)
    const items = row(openai, 'milestones')[0]!
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort())
    expect(items.some((i) => i.text.includes('GPT-4'))).toBe(true)
    expect(items.filter((i) => i.released).map((i) => i.text)).toEqual([])
  })
})

describe('choosing what to compare', () => {
  test('unknown ids are dropped, repeats kept once, at most four', () => {
    const ids = ['ven-baidu', 'ven-nope', 'ven-baidu', 'ven-tencent', 'ven-zhipu', 'ven-vivo', 'ven-nio']
    expect(pickCompared('vendors', ids, real)).toEqual(['ven-baidu', 'ven-tencent', 'ven-zhipu', 'ven-vivo'])
    expect(pickCompared('models', ['mod-gpt-4', 'ven-baidu'], real)).toEqual(['mod-gpt-4'])
  })
})

describe('comparing models', () => {
  const c = compare('models', ['mod-gpt-4', 'mod-baichuan-7b'], real)

  test('each model shows its own fields and its vendor', () => {
    expect(texts(row(c, 'vendor'))).toEqual([['OpenAI'], ['百川智能']])
    expect(texts(row(c, 'modalities'))).toEqual([['文本', '语音'], ['文本']])
    expect(texts(row(c, 'openSource'))).toEqual([['unknown'], ['yes']])
    expect(texts(row(c, 'released'))).toEqual([['2023'], ['2023-06']])
    expect(c.columns.map((col) => col.vendor?.id)).toEqual(['ven-openai', 'ven-baichuan'])
  })

  test('the matrix marks shared and single capabilities', () => {
    expect(matrixRow(c, 'modality', '文本')).toEqual([['GPT-4'], ['Baichuan-7B']])
    expect(matrixRow(c, 'modality', '语音')).toEqual([['GPT-4'], []])
    expect(matrixRow(c, 'openSource', 'open')).toEqual([[], ['Baichuan-7B']])
  })
})

// Hand-made case files: fields the shipped data leaves empty.
const vendorA: Vendor = vendorSchema.parse({
  id: 'ven-a', rev: 1, sources: SRC, name: '甲公司', aliases: ['甲'], kind: 'startup', origin: 'cn', region: '合肥市', summary: '做大模型的公司。',
  applications: [
    { scenario: 'finance', title: '智能客服', customer: '某银行', date: '2023-09', modelId: 'mod-a1', outcome: '接入上线' },
    { scenario: 'office', title: '会议纪要' },
  ],
  figures: [{ kind: 'users', label: '用户数', value: 100, unit: '万人', qualifier: '超过', date: '2023-10' }],
  policyLinks: [{ policyId: 'pol-x', note: '列入试点' }, { policyId: 'pol-gone' }],
})
const vendorB: Vendor = vendorSchema.parse({ id: 'ven-b', rev: 1, sources: SRC, name: '乙公司', origin: 'global' })
const modelsAB: Model[] = [
  modelSchema.parse({ id: 'mod-a1', rev: 1, sources: SRC, name: '甲一', vendorId: 'ven-a', category: 'industry', deployment: ['private', 'cloud'], licence: '开源可商用', openSource: true, released: '2023-05', industries: ['金融'], milestones: [{ date: '2024-01', title: '甲一通过备案' }] }),
  modelSchema.parse({ id: 'mod-a2', rev: 1, sources: SRC, name: '甲二', vendorId: 'ven-a', category: 'general', deployment: ['cloud'], openSource: false }),
  modelSchema.parse({ id: 'mod-b1', rev: 1, sources: SRC, name: '乙一', vendorId: 'ven-b', category: 'general', modalities: ['图像'], openSource: false }),
]
const policyX: Policy = policySchema.parse({ id: 'pol-x', rev: 1, sources: SRC, title: '某某试点方案', level: 'provincial', regionCode: '340000', regionName: '安徽省', issuers: ['某厅'], issued: '2023-06' })
const hand: CompareData = { vendors: [vendorA, vendorB], models: modelsAB, events: [], policies: [policyX] }

describe('comparing hand-made case files', () => {
  const c = compare('vendors', ['ven-a', 'ven-b'], hand)

  test('profile, deployment (in enum order), licences and figures', () => {
    expect(texts(row(c, 'kind'))).toEqual([['startup'], ['unknown']])
    expect(texts(row(c, 'region'))).toEqual([['合肥市'], []])
    expect(row(c, 'deployment')[0]!.map((i) => [i.text, i.by])).toEqual([['cloud', ['甲一', '甲二']], ['private', ['甲一']]])
    expect(texts(row(c, 'licences'))).toEqual([['开源可商用'], []])
    expect(row(c, 'figures')[0]).toEqual([{ text: '用户数：超过100万人', date: '2023-10' }])
    expect(texts(row(c, 'openSource'))).toEqual([['甲一'], ['no']])
  })

  test('scenarios from applications (enum order) then model industries; policies by title', () => {
    expect(row(c, 'scenarios')[0]!.map((i) => [i.group ?? '', i.text])).toEqual([['scenario', 'office'], ['scenario', 'finance'], ['', '金融']])
    expect(texts(row(c, 'policies'))).toEqual([['某某试点方案', 'pol-gone'], []])
  })

  test('milestones mix model milestones and releases, oldest first', () => {
    expect(row(c, 'milestones')[0]!.map((i) => [i.date, i.text, i.released ?? false])).toEqual([['2023-05', '甲一', true], ['2024-01', '甲一通过备案', false]])
  })

  test('the matrix credits applications to their model, and lists only what someone gives', () => {
    expect(matrixRow(c, 'scenario', 'finance')).toEqual([['甲一'], []])
    expect(matrixRow(c, 'scenario', 'office')).toEqual([['会议纪要'], []])
    expect(matrixRow(c, 'modality', '图像')).toEqual([[], ['乙一']])
    expect(matrixRow(c, 'deployment', 'device')).toBeUndefined()
    expect(c.matrix.map((r) => r.group)).toEqual(['category', 'category', 'modality', 'openSource', 'deployment', 'deployment', 'scenario', 'scenario', 'industry'])
  })

  test('a model compared alone takes the applications that name it', () => {
    const m = compare('models', ['mod-a1', 'mod-a2'], hand)
    expect(texts(row(m, 'scenarios'))).toEqual([['finance', '金融'], []])
    expect(texts(row(m, 'milestones'))).toEqual([['甲一通过备案'], []])
  })
})

describe('briefing blocks', () => {
  test('a comparison is a heading and two valid tables citing each vendor', () => {
    const blocks = comparisonBlocks(compare('vendors', ['ven-baidu', 'ven-alibaba-cloud'], real), wording, new Map())
    expect(validateDoc(asDoc(blocks))).toEqual([])
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'table', 'heading', 'table'])
    expect(citations(blocks)).toEqual(['vendor:ven-baidu', 'vendor:ven-alibaba-cloud'])
    const [, table] = blocks
    expect(table!.content![0]!.content!.length).toBe(3)
    const text = nodeText(table!)
    for (const s of ['文心一言', 'Qwen-72B', 'row:openSource', '2023-12 阿里云开源Qwen-72B']) expect(text).toContain(s)
    expect(nodeText(blocks[3]!)).toContain('✓ Qwen-72B、Qwen-1.8B、Qwen-Audio')
  })

  test('linked policies in a comparison are cited', () => {
    const blocks = comparisonBlocks(compare('vendors', ['ven-a', 'ven-b'], hand), wording, new Map([['pol-x', policyX]]))
    expect(validateDoc(asDoc(blocks))).toEqual([])
    expect(citations(blocks)).toEqual(['vendor:ven-a', 'vendor:ven-b', 'policy:pol-x'])
  })

  test('a model comparison cites each model’s vendor', () => {
    const blocks = comparisonBlocks(compare('models', ['mod-gpt-4', 'mod-xieyi'], real), wording, new Map())
    expect(validateDoc(asDoc(blocks))).toEqual([])
    expect(citations(blocks)).toEqual(['vendor:ven-openai'])
  })

  test('a case file is a valid vendor-profile section: summary cited, models, applications, figures, policies', () => {
    const blocks = vendorProfileBlocks(vendorA, modelsAB, new Map([['pol-x', policyX]]), wording)
    expect(validateDoc(asDoc(blocks))).toEqual([])
    expect(blocks[0]!.type).toBe('heading')
    expect(nodeText(blocks[0]!)).toBe('甲公司')
    expect(nodeText(blocks[1]!)).toBe('vendorKind:startup · origin:cn · 合肥市。做大模型的公司。甲公司')
    const headings = blocks.filter((b) => b.type === 'heading').map(nodeText)
    expect(headings).toEqual(['甲公司', '主要模型', '应用与案例', '关键数据', '相关政策'])
    const all = blocks.map(nodeText).join('\n')
    expect(all).toContain('甲一（category:industry；开源；开源可商用；2023-05）')
    expect(all).toContain('scenario:finance · 智能客服（某银行，2023-09，甲一）：接入上线')
    expect(all).toContain('用户数：超过100万人（2023-10）')
    expect(all).toContain('《某某试点方案》某某试点方案：列入试点')
    expect(citations(blocks)).toEqual(['vendor:ven-a', 'policy:pol-x'])
  })

  test('a case file with only models on the default data leaves the empty sections out', () => {
    const baidu = real.vendors.find((v) => v.id === 'ven-baidu')!
    const blocks = vendorProfileBlocks(baidu, real.models, new Map(), wording)
    expect(validateDoc(asDoc(blocks))).toEqual([])
    expect(blocks.filter((b) => b.type === 'heading').map(nodeText)).toEqual(['百度', '主要模型'])
    expect(nodeText(blocks[3]!)).toContain('文心一言')
  })
})
