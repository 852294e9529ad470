// The shipped default data set (resources/default-data/bundle.json): it must be a valid, sealed
// bundle, every record must cite the 2024 report it was taken from, and the report's facts must
// all still be there.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, it, expect } from 'vitest'
import { bundleSchema } from '../../src/shared/bundle/schema'
import { bundleDigest } from '../../src/shared/bundle/digest'
import { RECORD_KINDS } from '../../src/shared/model/records'
import type { Bundle } from '../../src/shared/bundle/schema'

const SOURCE_ID = 'report-2024-cn-ai-large-models'
const raw = readFileSync(resolve(process.cwd(), 'resources/default-data/bundle.json'), 'utf8')
const rawJson = JSON.parse(raw) as Record<string, unknown>
const parsed = bundleSchema.safeParse(rawJson)
const bundle = (parsed.success ? parsed.data : undefined) as Bundle
const r = bundle?.records

function byId<T extends { id: string }>(list: T[], id: string): T {
  const found = list.find((x) => x.id === id)
  if (!found) throw new Error(`missing record ${id}`)
  return found
}
const policy = (id: string) => byId(r.policies, id)
const vendor = (id: string) => byId(r.vendors, id)
const model = (id: string) => byId(r.models, id)
const event = (id: string) => byId(r.events, id)
const chip = (id: string) => byId(r.chips, id)
const dataset = (id: string) => byId(r.datasets, id)
const fact = (id: string) => byId(r.facts, id)

function allDates(): string[] {
  const out: (string | null)[] = []
  for (const p of r.policies) out.push(p.issued, p.published, p.effective, p.expires)
  for (const m of r.models) out.push(m.released)
  for (const e of r.events) out.push(e.date)
  for (const f of r.facts) out.push(f.date)
  return out.filter((d): d is string => d !== null)
}

describe('default data bundle: envelope', () => {
  it('parses with bundleSchema', () => {
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`)
    expect(issues).toEqual([])
  })

  it('carries the digest of its own canonical JSON', async () => {
    const digest = rawJson.digest as { algorithm: string; value: string }
    expect(digest.algorithm).toBe('sha-256')
    expect(digest.value).toBe(await bundleDigest(rawJson))
  })

  it('has the default publisher, sequence and the report as its only source', () => {
    expect(bundle.format).toBe('policy-desk-bundle')
    expect(bundle.formatVersion).toBe(1)
    expect(bundle.publisher.id).toBe('policy-desk-default')
    expect(bundle.sequence).toBe(1)
    expect(bundle.createdAt).toBe('2026-11-28T00:00:00Z')
    expect(bundle.tombstones).toEqual([])
    expect(bundle.sources.map((s) => s.id)).toEqual([SOURCE_ID])
    expect(bundle.sources[0]?.title).toBe('国内AI大模型产业发展深度分析 2024')
    expect(bundle.sources[0]?.year).toBe(2024)
  })

  it('is written exactly as the source plus the digest and signature (no zod defaults filled in)', () => {
    const source = JSON.parse(
      readFileSync(resolve(process.cwd(), 'resources/default-data/bundle.source.json'), 'utf8'),
    ) as Record<string, unknown>
    expect('digest' in source).toBe(false)
    const { digest: _digest, signature: _signature, ...rest } = rawJson
    expect(rest).toEqual(source)
  })
})

describe('default data bundle: record integrity', () => {
  it('every record in every kind cites the report, with a chapter', () => {
    for (const kind of RECORD_KINDS) {
      for (const rec of r[kind]) {
        expect(rec.sources.length, `${kind}/${rec.id}`).toBeGreaterThan(0)
        for (const s of rec.sources) {
          expect(s.sourceId, `${kind}/${rec.id}`).toBe(SOURCE_ID)
          expect(s.chapter ?? '', `${kind}/${rec.id}`).not.toBe('')
        }
        expect(rec.rev, `${kind}/${rec.id}`).toBe(1)
      }
    }
  })

  it('ids are unique across the whole bundle and carry their kind prefix', () => {
    const prefix: Record<string, string> = {
      policies: 'pol-',
      vendors: 'ven-',
      models: 'mod-',
      events: 'evt-',
      chips: 'chip-',
      datasets: 'ds-',
      facts: 'fact-',
    }
    const seen = new Set<string>()
    for (const kind of RECORD_KINDS) {
      for (const rec of r[kind]) {
        expect(seen.has(rec.id), `duplicate id ${rec.id}`).toBe(false)
        seen.add(rec.id)
        expect(rec.id.startsWith(prefix[kind] ?? '?'), `${kind}/${rec.id}`).toBe(true)
        expect(rec.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      }
    }
  })

  it('model and event references point to existing records', () => {
    const vendorIds = new Set(r.vendors.map((v) => v.id))
    const modelIds = new Set(r.models.map((m) => m.id))
    for (const m of r.models) {
      if (m.vendorId !== null) expect(vendorIds.has(m.vendorId), `${m.id} -> ${m.vendorId}`).toBe(true)
    }
    for (const e of r.events) {
      if (e.vendorId !== null) expect(vendorIds.has(e.vendorId), `${e.id} -> ${e.vendorId}`).toBe(true)
      for (const mid of e.modelIds) expect(modelIds.has(mid), `${e.id} -> ${mid}`).toBe(true)
    }
  })

  it('no date is more precise than the report: no day precision anywhere', () => {
    const dates = allDates()
    expect(dates.length).toBeGreaterThan(0)
    expect(dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toEqual([])
  })

  it('invents no document numbers, links, full texts or effective/expiry dates', () => {
    for (const p of r.policies) {
      expect(p.docNumber, p.id).toBeNull()
      expect(p.published, p.id).toBeNull()
      expect(p.effective, p.id).toBeNull()
      expect(p.expires, p.id).toBeNull()
      expect(p.fullText, p.id).toBeNull()
      expect(p.links, p.id).toEqual([])
      expect(p.status, p.id).toBe('unknown')
    }
  })
})

describe('default data bundle: national policies', () => {
  it('2017 国务院《新一代人工智能发展规划》', () => {
    const p = policy('pol-cn-2017-new-generation-ai-plan')
    expect(p.title).toBe('新一代人工智能发展规划')
    expect(p.issued).toBe('2017')
    expect(p.issuers).toEqual(['国务院'])
    expect(p.level).toBe('national')
    expect(p.regionCode).toBeNull()
    expect(p.regionName).toBe('全国')
  })

  it('2022 科技部等六部门 scenario-innovation guideline', () => {
    const p = policy('pol-cn-2022-ai-scenario-innovation-guideline')
    expect(p.title).toBe('关于加快场景创新 以人工智能高水平应用促进经济高质量发展的指导意见')
    expect(p.issued).toBe('2022')
    expect(p.issuers).toContain('科技部')
    expect(p.summary).toContain('六')
    expect(p.summary).toContain('新一代人工智能发展规划')
    expect(p.level).toBe('national')
    expect(p.regionCode).toBeNull()
    expect(p.regionName).toBe('全国')
  })

  it('2024 《政府工作报告》 “人工智能+” 行动', () => {
    const p = policy('pol-cn-2024-government-work-report-ai-plus')
    expect(p.title).toBe('政府工作报告')
    expect(p.issued).toBe('2024')
    expect(p.keyMeasures.join()).toContain('人工智能+')
    expect(p.level).toBe('national')
    expect(p.regionCode).toBeNull()
    expect(p.regionName).toBe('全国')
  })

  it('《国家创新驱动发展战略纲要》 cited in the conclusion, undated', () => {
    const p = policy('pol-cn-national-innovation-driven-development-strategy-outline')
    expect(p.title).toBe('国家创新驱动发展战略纲要')
    expect(p.issued).toBeNull()
    expect(p.issuers).toEqual([])
  })
})

describe('default data bundle: local policies', () => {
  const locals: [string, string, string, 'provincial' | 'municipal', string[]][] = [
    ['beijing', '110000', '北京', 'provincial', ['技术创新', '生态']],
    ['shanghai', '310000', '上海', 'provincial', ['国际竞争力']],
    ['shenzhen', '440300', '深圳', 'municipal', ['芯片', '开源通用大模型', '重点企业', '商用']],
    ['anhui', '340000', '安徽', 'provincial', ['资源', '吸引大模型企业']],
    ['chengdu', '510100', '成都', 'municipal', ['技术创新', 'CV', 'NLP', '多模态', '医疗', '金融', '商务', '交通']],
    ['hangzhou', '330100', '杭州', 'municipal', ['头部企业', '多模态通用大模型', '中小企业', '垂直领域']],
    ['fujian', '350000', '福建', 'provincial', ['未说明其政策侧重点']],
    ['guangdong', '440000', '广东', 'provincial', ['未说明其政策侧重点']],
  ]

  it('there are exactly the eight local records the report lists', () => {
    const local = r.policies.filter((p) => p.regionCode !== null)
    expect(local.map((p) => p.regionCode).sort()).toEqual(locals.map((l) => l[1]).sort())
  })

  for (const [slug, code, name, level, emphasis] of locals) {
    it(`${name} (${code})`, () => {
      const p = policy(`pol-cn-${slug}-2023-large-model-policies`)
      expect(p.regionCode).toBe(code)
      expect(p.regionName.startsWith(name)).toBe(true)
      expect(p.level).toBe(level)
      expect(p.issued).toBe('2023+')
      expect(p.titleIsDescriptive).toBe(true)
      expect(p.issuers).toEqual([])
      for (const word of emphasis) expect(p.summary, `${name}: ${word}`).toContain(word)
    })
  }
})

describe('default data bundle: vendors and models', () => {
  it('names every vendor the report names', () => {
    const names = new Set(r.vendors.map((v) => v.name))
    for (const n of [
      '科大讯飞',
      '百度',
      '阿里巴巴',
      '阿里云',
      '腾讯',
      '蜜度',
      '容联云',
      '用友',
      'vivo',
      '蔚来',
      '清华大学',
      '百川智能',
      '智谱AI',
      'OpenAI',
      'Google',
      '微软',
      '英伟达',
      '华为',
      '华为海思',
      '寒武纪',
      '地平线',
      '昆仑芯',
    ])
      expect(names.has(n), n).toBe(true)
    expect(vendor('ven-tsinghua').kind).toBe('research_institute')
    for (const id of ['ven-openai', 'ven-google', 'ven-microsoft', 'ven-nvidia'])
      expect(vendor(id).origin).toBe('global')
  })

  it('general, industry, edge-cloud, edge and cloud models with their vendors and categories', () => {
    const expected: [string, string, string | null, string][] = [
      ['mod-spark', '讯飞星火认知大模型', 'ven-iflytek', 'general'],
      ['mod-ernie-bot', '文心一言', 'ven-baidu', 'general'],
      ['mod-tongyi-qianwen', '通义千问', 'ven-alibaba', 'general'],
      ['mod-hunyuan', '混元', 'ven-tencent', 'cloud'],
      ['mod-wenxiu', '文修大模型', 'ven-midu', 'industry'],
      ['mod-chitu', '赤兔大模型', 'ven-ronglian-cloud', 'industry'],
      ['mod-yongpt', 'YonGPT', 'ven-yonyou', 'industry'],
      ['mod-vivo-lanxin', '蓝心大模型', 'ven-vivo', 'edge_cloud'],
      ['mod-nomi-gpt', 'NOMI GPT', 'ven-nio', 'edge'],
      ['mod-xieyi', '“写易”智能创作引擎', null, 'other'],
    ]
    for (const [id, name, vendorId, category] of expected) {
      const m = model(id)
      expect(m.name, id).toBe(name)
      expect(m.vendorId, id).toBe(vendorId)
      expect(m.category, id).toBe(category)
    }
  })

  it('the case list of 2.3 (案例一…七, no 案例四) shows in the summaries', () => {
    const cases: [string, string, string][] = [
      ['案例一', 'ven-iflytek', 'mod-spark'],
      ['案例二', 'ven-baidu', 'mod-ernie-bot'],
      ['案例三', 'ven-alibaba', 'mod-tongyi-qianwen'],
      ['案例五', 'ven-midu', 'mod-wenxiu'],
      ['案例六', 'ven-yonyou', 'mod-yongpt'],
    ]
    for (const [label, vid, mid] of cases) {
      expect(vendor(vid).summary, vid).toContain(label)
      expect(model(mid).summary, mid).toContain(label)
    }
    expect(model('mod-xieyi').summary).toContain('案例七')
    const all = JSON.stringify(bundle.records)
    expect(all).not.toContain('案例四')
  })

  it('open-source models with their release months and vendors', () => {
    const expected: [string, string, string, string][] = [
      ['mod-glm-130b', 'GLM-130B', 'ven-tsinghua', '2022-08'],
      ['mod-baichuan-7b', 'Baichuan-7B', 'ven-baichuan', '2023-06'],
      ['mod-chatglm3', 'ChatGLM3', 'ven-zhipu', '2023-10'],
      ['mod-vivo-7b-open', 'vivo 70亿参数开源大模型', 'ven-vivo', '2023-11'],
      ['mod-qwen-72b', 'Qwen-72B', 'ven-alibaba-cloud', '2023-12'],
      ['mod-qwen-1-8b', 'Qwen-1.8B', 'ven-alibaba-cloud', '2023-12'],
      ['mod-qwen-audio', 'Qwen-Audio', 'ven-alibaba-cloud', '2023-12'],
    ]
    for (const [id, name, vendorId, month] of expected) {
      const m = model(id)
      expect(m.name, id).toBe(name)
      expect(m.vendorId, id).toBe(vendorId)
      expect(m.released, id).toBe(month)
      expect(m.openSource, id).toBe(true)
    }
    expect(model('mod-vivo-7b-open').parameters).toBe('70亿')
    expect(vendor('ven-vivo').name).toBe('vivo')
  })

  it('open-source events, one per release month, linked to their models', () => {
    const expected: [string, string, string, string[]][] = [
      ['evt-cn-2022-08-glm-130b-open-source', '2022-08', 'ven-tsinghua', ['mod-glm-130b']],
      ['evt-cn-2023-06-baichuan-7b-open-source', '2023-06', 'ven-baichuan', ['mod-baichuan-7b']],
      ['evt-cn-2023-10-chatglm3-open-source', '2023-10', 'ven-zhipu', ['mod-chatglm3']],
      ['evt-cn-2023-11-vivo-7b-open-source', '2023-11', 'ven-vivo', ['mod-vivo-7b-open']],
      [
        'evt-cn-2023-12-qwen-open-source',
        '2023-12',
        'ven-alibaba-cloud',
        ['mod-qwen-72b', 'mod-qwen-1-8b', 'mod-qwen-audio'],
      ],
    ]
    for (const [id, date, vendorId, modelIds] of expected) {
      const e = event(id)
      expect(e.date, id).toBe(date)
      expect(e.kind, id).toBe('open_source')
      expect(e.scope, id).toBe('cn')
      expect(e.vendorId, id).toBe(vendorId)
      expect(e.modelIds, id).toEqual(modelIds)
    }
  })

  it('other models the report names: 智谱清言, OpenAI and Google models, GPT-store apps', () => {
    expect(model('mod-zhipu-qingyan').name).toBe('智谱清言')
    expect(model('mod-zhipu-qingyan').vendorId).toBeNull()
    for (const [id, name, released] of [
      ['mod-gpt-1', 'GPT-1', '2018'],
      ['mod-gpt-3', 'GPT-3', null],
      ['mod-chatgpt', 'ChatGPT', '2022'],
      ['mod-gpt-4', 'GPT-4', '2023'],
      ['mod-sora', 'Sora', '2024'],
    ] as const) {
      expect(model(id).name).toBe(name)
      expect(model(id).vendorId).toBe('ven-openai')
      expect(model(id).released).toBe(released)
    }
    expect(model('mod-bert').vendorId).toBe('ven-google')
    expect(model('mod-bert').released).toBe('2018')
    expect(model('mod-consensus').summary).toContain('2亿篇')
    expect(model('mod-grimoire').summary).toContain('HTML')
  })
})

describe('default data bundle: global milestones', () => {
  it('Transformer, GPT-1, BERT, ChatGPT, GPT-4, Sora and the GPT Store', () => {
    const expected: [string, string, string, string[]][] = [
      ['evt-global-2017-transformer', '2017', 'ven-google', []],
      ['evt-global-2018-gpt-1', '2018', 'ven-openai', ['mod-gpt-1']],
      ['evt-global-2018-bert', '2018', 'ven-google', ['mod-bert']],
      ['evt-global-2022-chatgpt', '2022', 'ven-openai', ['mod-chatgpt']],
      ['evt-global-2023-gpt-4', '2023', 'ven-openai', ['mod-gpt-4']],
      ['evt-global-2024-sora', '2024', 'ven-openai', ['mod-sora']],
      ['evt-global-2024-01-gpt-store', '2024-01', 'ven-openai', ['mod-consensus', 'mod-grimoire']],
    ]
    for (const [id, date, vendorId, modelIds] of expected) {
      const e = event(id)
      expect(e.date, id).toBe(date)
      expect(e.scope, id).toBe('global')
      expect(e.vendorId, id).toBe(vendorId)
      expect(e.modelIds, id).toEqual(modelIds)
    }
    expect(event('evt-global-2017-transformer').title).toContain('Transformer')
    expect(event('evt-global-2024-01-gpt-store').summary).toContain('300万')
    const store = fact('fact-gpt-store-3-million-gpts')
    expect(store.value).toBe(3_000_000)
    expect(store.date).toBe('2024-01')
  })
})

describe('default data bundle: chips', () => {
  it('英伟达 A100, H100, A800 with their export-control situation', () => {
    for (const id of ['chip-nvidia-a100', 'chip-nvidia-h100', 'chip-nvidia-a800']) expect(chip(id).maker).toBe('英伟达')
    expect(chip('chip-nvidia-a100').availability).toBe('export_controlled')
    expect(chip('chip-nvidia-h100').availability).toBe('export_controlled')
    expect(chip('chip-nvidia-h100').summary).toContain('难以获取')
    expect(chip('chip-nvidia-a800').availability).toBe('substitute')
    expect(chip('chip-nvidia-a800').summary).toContain('缺货')
    expect(chip('chip-nvidia-a800').summary).toContain('溢价')
  })

  it('华为昇腾 310 and 910 (7nm, 256 TFLOPS FP16)', () => {
    const a310 = chip('chip-huawei-ascend-310')
    const a910 = chip('chip-huawei-ascend-910')
    expect(a310.maker).toBe('华为')
    expect(a310.availability).toBe('domestic')
    expect(a910.maker).toBe('华为')
    expect(a910.processNode).toBe('7nm')
    expect(a910.fp16Tflops).toBe(256)
    expect(a910.availability).toBe('domestic')
  })

  it('寒武纪 思元290 and 思元370', () => {
    for (const id of ['chip-cambricon-siyuan-290', 'chip-cambricon-siyuan-370']) {
      expect(chip(id).maker).toBe('寒武纪')
      expect(chip(id).availability).toBe('domestic')
    }
    expect(chip('chip-cambricon-siyuan-290').name.replace(/\s/g, '')).toBe('思元290')
    expect(chip('chip-cambricon-siyuan-370').name.replace(/\s/g, '')).toBe('思元370')
  })

  it('domestic chip makers are vendors', () => {
    for (const id of ['ven-huawei', 'ven-huawei-hisilicon', 'ven-cambricon', 'ven-horizon-robotics', 'ven-kunlunxin']) {
      expect(vendor(id).origin).toBe('cn')
    }
  })
})

describe('default data bundle: data sets', () => {
  it('悟道 (largest 5TB, open text 200GB), CLUECorpus 100G, GPT-3 45TB mainly English', () => {
    const wudao = dataset('ds-wudao')
    expect(wudao.size).toContain('5TB')
    expect(wudao.size).toContain('200GB')
    expect(wudao.sizeGb).toBe(5000)
    expect(wudao.openness).toBe('partly_open')
    const clue = dataset('ds-cluecorpus')
    expect(clue.size).toBe('100G')
    expect(clue.sizeGb).toBe(100)
    expect(clue.openness).toBe('open')
    const gpt3 = dataset('ds-gpt3-training-data')
    expect(gpt3.size).toBe('45TB')
    expect(gpt3.sizeGb).toBe(45000)
    expect(gpt3.language).toContain('英语')
  })
})

describe('default data bundle: facts', () => {
  it('UBS forecast: GenAI smartphones 50 million (2023) → 583 million (2027), revenue 5130亿美元', () => {
    expect(fact('fact-ubs-genai-phone-shipments-2023')).toMatchObject({ value: 50_000_000, date: '2023' })
    expect(fact('fact-ubs-genai-phone-shipments-2027')).toMatchObject({ value: 583_000_000, date: '2027' })
    expect(fact('fact-ubs-genai-phone-revenue-2027')).toMatchObject({
      value: 513_000_000_000,
      unit: '美元',
      date: '2027',
    })
    for (const id of [
      'fact-ubs-genai-phone-shipments-2023',
      'fact-ubs-genai-phone-shipments-2027',
      'fact-ubs-genai-phone-revenue-2027',
    ])
      expect(fact(id).statement).toContain('瑞银')
  })

  it('compute and architecture figures', () => {
    const threshold = fact('fact-chatgpt-10000-a100-threshold')
    expect(threshold.value).toBe(10_000)
    expect(threshold.statement).toContain('Azure')
    expect(threshold.statement).toContain('门槛')
    const ctx = fact('fact-transformer-context-compute-growth')
    expect(ctx.value).toBe(1000)
    expect(ctx.statement).toContain('32倍')
    const mem = fact('fact-transformer-100b-params-400gb')
    expect(mem.value).toBe(400)
    expect(mem.unit).toBe('GB')
    expect(mem.statement).toContain('1000亿')
  })

  it('other key statements', () => {
    expect(fact('fact-cloud-server-annual-cost').statement).toContain('数亿')
    expect(fact('fact-cloud-server-annual-cost').statement).toContain('数十亿')
    expect(fact('fact-chatgpt-ios-top-three').statement).toContain('前三')
    expect(fact('fact-chatgpt-ios-top-three').statement).toContain('十个月')
    const data = fact('fact-tongyi-qianwen-data-sources').statement
    for (const s of ['知乎', '百度百科', '百度知道']) expect(data).toContain(s)
    expect(fact('fact-wechat-articles-sogou-only').statement).toContain('搜狗')
    expect(fact('fact-consensus-200-million-papers').value).toBe(200_000_000)
  })
})
