// The default data's vendor case files (issue 6): every vendor, model, chip and corpus the 2024
// report names is there, and the case-file fields (applications, figures, deployment, languages,
// licence, milestones, chip successors) hold only what the report states, each with its chapter.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, it, expect } from 'vitest'
import { bundleSchema } from '../../src/shared/bundle/schema'
import type { Application, VendorFigure } from '../../src/shared/model/records'

const SOURCE_ID = 'report-2024-cn-ai-large-models'
const raw: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'resources/default-data/bundle.json'), 'utf8'))
const r = bundleSchema.parse(raw).records

const squash = (s: string) => s.replace(/\s/g, '')
/** The record whose name or an alias is `name` (spaces ignored: 思元 290 = 思元290). */
function named<T extends { id: string; name: string; aliases?: string[] }>(list: T[], name: string): T | undefined {
  return list.find((x) => [x.name, ...(x.aliases ?? [])].some((n) => squash(n) === squash(name)))
}
function byId<T extends { id: string }>(list: T[], id: string): T {
  const found = list.find((x) => x.id === id)
  if (!found) throw new Error(`missing record ${id}`)
  return found
}
const model = (id: string) => byId(r.models, id)
const vendor = (id: string) => byId(r.vendors, id)
const chip = (id: string) => byId(r.chips, id)

describe('default data: everything the report names is there', () => {
  const vendors = ['科大讯飞', '百度', '阿里巴巴', '阿里云', '腾讯', '蜜度', '容联云', '用友', 'vivo', '蔚来', '清华大学',
    '百川智能', '智谱AI', 'OpenAI', 'Google', '微软', '英伟达', '华为', '华为海思', '寒武纪', '地平线', '昆仑芯']
  const models = ['讯飞星火认知大模型', '文心一言', '通义千问', '混元', '文修大模型', '赤兔大模型', 'YonGPT', '蓝心大模型',
    'NOMI GPT', '写易', '智谱清言', 'GLM-130B', 'Baichuan-7B', 'ChatGLM3', 'vivo 70亿参数开源大模型', 'Qwen-72B',
    'Qwen-1.8B', 'Qwen-Audio', 'GPT-1', 'BERT', 'GPT-3', 'ChatGPT', 'GPT-4', 'Sora', 'Consensus', 'Grimoire']
  const chips = ['A100', 'H100', 'A800', '昇腾310', '昇腾910', '思元290', '思元370']

  it.each(vendors)('vendor %s', (n) => expect(named(r.vendors, n)).toBeDefined())
  it.each(models)('model %s', (n) => expect(named(r.models, n)).toBeDefined())
  it.each(chips)('chip %s', (n) => expect(named(r.chips, n)).toBeDefined())
  it('corpora 悟道, CLUECorpus and the GPT-3 training data', () => {
    expect(r.datasets.map((d) => d.name).sort()).toEqual(['CLUECorpus', 'GPT-3 训练数据', '悟道语料库'])
  })
  it('every chip maker is a vendor (华为 for 昇腾, 寒武纪 for 思元, 英伟达)', () => {
    const names = new Set(r.vendors.map((v) => v.name))
    for (const c of r.chips) expect(names.has(c.maker), `${c.id}: ${c.maker}`).toBe(true)
  })
  it('adds no forecaster or data channel as a vendor (瑞银, 搜狗, 知乎, 百度百科)', () => {
    for (const n of ['瑞银', '搜狗', '知乎', '百度百科', '百度知道']) expect(named(r.vendors, n), n).toBeUndefined()
  })
})

describe('default data: chips', () => {
  it('思元 290 is followed by 思元 370, and no other succession is claimed', () => {
    expect(chip('chip-cambricon-siyuan-290').successorIds).toEqual(['chip-cambricon-siyuan-370'])
    const others = r.chips.filter((c) => c.id !== 'chip-cambricon-siyuan-290')
    for (const c of others) expect(c.successorIds, c.id).toEqual([])
  })
})

describe('default data: applications and figures', () => {
  const entries = r.vendors.flatMap((v) => [...v.applications, ...v.figures].map((e) => ({ v, e })))
  const figures = r.vendors.flatMap((v) => v.figures.map((f) => ({ v, f })))
  const modelIds = new Set(r.models.map((m) => m.id))

  it('there are some, and each cites the report with a chapter the vendor record also cites', () => {
    expect(entries.length).toBeGreaterThanOrEqual(8)
    for (const { v, e } of entries) {
      const chapters = new Set(v.sources.map((s) => s.chapter))
      expect(e.sources.length, v.id).toBeGreaterThan(0)
      for (const s of e.sources) {
        expect(s.sourceId, v.id).toBe(SOURCE_ID)
        expect(s.chapter ?? '', v.id).not.toBe('')
        expect(chapters.has(s.chapter), `${v.id}: ${s.chapter}`).toBe(true)
      }
    }
  })

  it('every figure has a unit and a positive value; every modelId resolves', () => {
    for (const { v, f } of figures) {
      expect(f.unit.trim(), `${v.id}: ${f.label}`).not.toBe('')
      expect(f.value, `${v.id}: ${f.label}`).toBeGreaterThan(0)
    }
    for (const { v, e } of entries) if (e.modelId !== null) expect(modelIds.has(e.modelId), `${v.id} -> ${e.modelId}`).toBe(true)
  })

  const fig = (vid: string, label: string): VendorFigure => {
    const f = vendor(vid).figures.find((x) => x.label.includes(label))
    if (!f) throw new Error(`${vid}: no figure "${label}"`)
    return f
  }
  it('OpenAI: GPT store with more than 3,000,000 apps in 2024-01; GPT-3 trained on 45TB', () => {
    expect(fig('ven-openai', 'GPT商店')).toMatchObject({ kind: 'apps', value: 3_000_000, qualifier: '超过', date: '2024-01' })
    expect(fig('ven-openai', 'GPT-3')).toMatchObject({ value: 45, unit: 'TB', modelId: 'mod-gpt-3' })
    const apps: Application[] = vendor('ven-openai').applications
    expect(apps.find((a) => a.title.includes('GPT商店'))?.date).toBe('2024-01')
    expect(apps.map((a) => a.modelId)).toEqual(expect.arrayContaining(['mod-consensus', 'mod-grimoire', 'mod-chatgpt']))
  })
  it('微软: 10,000 A100 GPUs for ChatGPT; vivo: a 70亿-parameter open model in 2023-11; 华为: 昇腾910 up to 256 TFLOPS', () => {
    expect(fig('ven-microsoft', 'A100')).toMatchObject({ kind: 'compute', value: 10_000, unit: '枚', modelId: 'mod-chatgpt' })
    expect(fig('ven-vivo', '参数')).toMatchObject({ kind: 'parameters', value: 7_000_000_000, date: '2023-11', modelId: 'mod-vivo-7b-open' })
    expect(fig('ven-huawei', '昇腾910')).toMatchObject({ value: 256, unit: 'TFLOPS', qualifier: '最高' })
    expect(vendor('ven-vivo').applications.map((a) => a.scenario)).toEqual(['consumer'])
  })

  it('no region, vendor kind or policy link the report does not give', () => {
    for (const v of r.vendors) {
      expect(v.region, v.id).toBeNull()
      expect(v.policyLinks, v.id).toEqual([])
      expect(['company', 'research_institute'], v.id).toContain(v.kind)
    }
  })
})

describe('default data: model fields', () => {
  it('cloud-side models are deployed in the cloud; 蓝心 cloud and device; NOMI GPT on device', () => {
    const cloud = ['mod-spark', 'mod-ernie-bot', 'mod-tongyi-qianwen', 'mod-hunyuan', 'mod-wenxiu', 'mod-chitu', 'mod-yongpt']
    for (const id of cloud) expect(model(id).deployment, id).toEqual(['cloud'])
    expect(model('mod-vivo-lanxin').deployment).toEqual(['cloud', 'device'])
    expect(model('mod-nomi-gpt').deployment).toEqual(['device'])
    const stated = new Set([...cloud, 'mod-vivo-lanxin', 'mod-nomi-gpt'])
    for (const m of r.models) if (!stated.has(m.id)) expect(m.deployment, m.id).toEqual([])
  })

  it('languages and licence only where the report gives them', () => {
    expect(model('mod-glm-130b').languages).toEqual(['中文', '英文'])
    expect(model('mod-baichuan-7b').languages).toEqual(['中文', '英文'])
    expect(model('mod-baichuan-7b').licence).toBe('开源可商用')
    expect(r.models.filter((m) => m.languages.length > 0).map((m) => m.id).sort()).toEqual(['mod-baichuan-7b', 'mod-glm-130b'])
    expect(r.models.filter((m) => m.licence !== null).map((m) => m.id)).toEqual(['mod-baichuan-7b'])
  })

  it('modalities: Sora video, GPT-4 with voice, ChatGPT text; Qwen-Audio left empty (only its name hints)', () => {
    expect(model('mod-sora').modalities).toEqual(['视频'])
    expect(model('mod-gpt-4').modalities).toContain('语音')
    expect(model('mod-chatgpt').modalities).toEqual(['文本'])
    expect(model('mod-qwen-audio').modalities).toEqual([])
  })

  it('milestones: every open-source event shows on its models, every dated model has its release', () => {
    for (const e of r.events.filter((x) => x.kind === 'open_source'))
      for (const id of e.modelIds) expect(model(id).milestones.map((s) => s.date), id).toContain(e.date)
    for (const m of r.models) {
      if (m.released !== null) expect(m.milestones.map((s) => s.date), m.id).toContain(m.released)
      else expect(m.milestones, m.id).toEqual([])
    }
  })
})
