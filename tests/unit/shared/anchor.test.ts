// Anchored quotes: found at their old place, followed when the text around them moves,
// told apart from duplicates by their context, and lost (null) when the passage is gone.
// fast-check is not installed, so the property checks below draw from a seeded PRNG (the bench's
// mulberry32), and a failing case can be reproduced from its seed.
import { describe, expect, it } from 'vitest'
import { makeAnchor, resolveAnchor } from '@shared/notes/anchor'
import { locateQuote } from '@shared/notes/policy-quotes'
import { quoteAnchorSchema } from '@shared/model/user-data'
import { mulberry32 } from '../../../bench/generate'

const TEXT = '国务院2017年发布的人工智能发展规划。报告在介绍我国重视人工智能顶层设计、出台多项支持政策时首先列举该规划。'

function anchorOf(text: string, passage: string, from = 0) {
  const start = text.indexOf(passage, from)
  if (start < 0) throw new Error(`no ${passage}`)
  const a = makeAnchor(text, start, start + passage.length, 'summary')
  if (!a) throw new Error('no anchor')
  return a
}

describe('makeAnchor', () => {
  it('keeps the passage, up to 32 characters of context each side, and its position', () => {
    const a = anchorOf(TEXT, '顶层设计')
    expect(a).toMatchObject({ field: 'summary', exact: '顶层设计', start: TEXT.indexOf('顶层设计') })
    expect(a.end - a.start).toBe(4)
    expect(a.prefix).toBe(TEXT.slice(a.start - 32, a.start))
    expect(a.suffix).toBe(TEXT.slice(a.end, a.end + 32))
    expect(a).not.toHaveProperty('index')
    expect(quoteAnchorSchema.parse(a)).toEqual(a)
  })

  it('trims whitespace at the edges, swaps reversed ends, and refuses a blank selection', () => {
    const text = 'ab  重点内容 \n cd'
    const a = makeAnchor(text, 11, 2, 'fullText')!
    expect(a.exact).toBe('重点内容')
    expect(text.slice(a.start, a.end)).toBe('重点内容')
    expect(makeAnchor(text, 2, 4, 'summary')).toBeNull()
    expect(makeAnchor(text, 3, 3, 'summary')).toBeNull()
  })

  it('carries the key measure index, and only for key measures', () => {
    expect(makeAnchor('甲乙丙', 0, 2, 'keyMeasures', 3)).toMatchObject({ index: 3, exact: '甲乙' })
    expect(() => quoteAnchorSchema.parse({ ...makeAnchor('甲乙丙', 0, 2, 'summary')!, index: 1 })).toThrow(/index/)
  })

  it('never splits a character outside the basic plane', () => {
    const text = '前文𠀋字后文'
    const a = makeAnchor(text, 3, 5, 'summary')!
    expect(a.exact).toBe('𠀋字')
    expect(a.start).toBe(2)
  })
})

describe('quote schema', () => {
  it('explains what is wrong in both languages', () => {
    const bad = quoteAnchorSchema.safeParse({ field: 'title', exact: '', prefix: '', suffix: '', start: 5, end: 2 })
    expect(bad.success).toBe(false)
    const messages = bad.error!.issues.map((i) => i.message).join('\n')
    expect(messages).toMatch(/引文字段/)
    expect(messages).toMatch(/quoted passage must not be empty/)
  })
})

describe('resolveAnchor', () => {
  it('finds the passage at its old position', () => {
    const a = anchorOf(TEXT, '人工智能发展规划')
    expect(resolveAnchor(TEXT, a)).toEqual({ start: a.start, end: a.end })
  })

  it('follows the passage when text is added before it', () => {
    const a = anchorOf(TEXT, '顶层设计')
    const shifted = '【修订】新增的一段导语。' + TEXT
    const r = resolveAnchor(shifted, a)!
    expect(shifted.slice(r.start, r.end)).toBe('顶层设计')
    expect(r.start).toBe(a.start + '【修订】新增的一段导语。'.length)
  })

  it('tells duplicates apart by their prefix and suffix', () => {
    const text = '第一条：支持人工智能发展。第二条：规范人工智能应用。第三条：人工智能人才培养。'
    const second = anchorOf(text, '人工智能', text.indexOf('规范'))
    expect(second.start).toBe(text.indexOf('规范') + 2)
    // text moves, so the old position now holds another character: context decides
    const moved = '前言。' + text
    const r = resolveAnchor(moved, second)!
    expect(moved.slice(r.start - 2, r.end + 2)).toBe('规范人工智能应用')
    // the earlier duplicate removed: still the same passage
    const fewer = text.replace('支持人工智能发展。', '')
    const r2 = resolveAnchor(fewer, second)!
    expect(fewer.slice(r2.start - 2, r2.end + 2)).toBe('规范人工智能应用')
  })

  it('prefers the old position when the context is just as good', () => {
    const text = 'xx AB yy AB zz'
    const a = makeAnchor(text, 3, 5, 'summary')!
    const edited = 'xx AB yy AB zz'.replace('xx', 'qq').replace('zz', 'ww')
    expect(resolveAnchor(edited, a)).toEqual({ start: 3, end: 5 })
  })

  it('returns null when the passage is gone', () => {
    const a = anchorOf(TEXT, '顶层设计')
    expect(resolveAnchor(TEXT.replace('顶层设计', '整体布局'), a)).toBeNull()
    expect(resolveAnchor('', a)).toBeNull()
    expect(resolveAnchor(TEXT, { ...a, exact: '' })).toBeNull()
  })

  it('handles CJK mixed with Latin, digits, full-width punctuation and emoji', () => {
    const text = '《生成式AI服务管理暂行办法》（2023年7月）🚀 要求provider对训练数据来源合法性负责；GPU算力≥100 PFLOPS。'
    const a = anchorOf(text, 'provider对训练数据')
    const edited = text.replace('🚀', '🚀🚀 新增说明：') + '附：English note.'
    const r = resolveAnchor(edited, a)!
    expect(edited.slice(r.start, r.end)).toBe('provider对训练数据')
    const b = anchorOf(text, '🚀 要求')
    const r2 = resolveAnchor('导语' + text, b)!
    expect(('导语' + text).slice(r2.start, r2.end)).toBe('🚀 要求')
  })
})

describe('locateQuote in a policy', () => {
  const policy = { summary: TEXT, keyMeasures: ['建设算力基础设施', '开放公共数据', '培育人工智能人才'], fullText: null }
  it('finds a key measure that moved in the list, and nothing in a missing full text', () => {
    const a = makeAnchor(policy.keyMeasures[1]!, 2, 6, 'keyMeasures', 1)!
    expect(locateQuote(policy, a)).toEqual({ field: 'keyMeasures', index: 1, start: 2, end: 6 })
    const reordered = { ...policy, keyMeasures: ['新增措施', ...policy.keyMeasures] }
    expect(locateQuote(reordered, a)).toEqual({ field: 'keyMeasures', index: 2, start: 2, end: 6 })
    expect(locateQuote({ ...policy, keyMeasures: ['建设算力基础设施'] }, a)).toBeNull()
    const ft = makeAnchor('全文内容', 0, 2, 'fullText')!
    expect(locateQuote(policy, ft)).toBeNull()
    expect(locateQuote({ ...policy, fullText: '前言。全文内容' }, ft)).toEqual({ field: 'fullText', start: 3, end: 5 })
  })
})

const ALPHABET = [...'人工智能政策数据算力模型发展规划，。、ab1 \n🚀']
function randomText(rand: () => number, n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)]
  return s
}

describe('anchor properties (seeded, 300 cases each)', () => {
  it('an anchor made on a text resolves to itself on that text', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = mulberry32(seed)
      const text = randomText(rand, 5 + Math.floor(rand() * 200))
      const i = Math.floor(rand() * text.length)
      const j = Math.floor(rand() * text.length)
      const a = makeAnchor(text, i, j, 'fullText')
      if (!a) continue
      expect(text.slice(a.start, a.end), `seed ${seed}`).toBe(a.exact)
      expect(quoteAnchorSchema.safeParse(a).success, `seed ${seed}`).toBe(true)
      expect(resolveAnchor(text, a), `seed ${seed}`).toEqual({ start: a.start, end: a.end })
    }
  })

  it('text inserted before or after the passage never loses it, and it is found at the shifted place', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = mulberry32(seed * 7919)
      const text = randomText(rand, 40 + Math.floor(rand() * 200))
      const a = makeAnchor(text, 10 + Math.floor(rand() * 10), 25 + Math.floor(rand() * 10), 'fullText')
      if (!a) continue
      const head = randomText(rand, Math.floor(rand() * 50))
      const tail = randomText(rand, Math.floor(rand() * 50))
      const edited = head + text + tail
      const r = resolveAnchor(edited, a)
      expect(r, `seed ${seed}`).not.toBeNull()
      expect(edited.slice(r!.start, r!.end), `seed ${seed}`).toBe(a.exact)
      // unique passages are found exactly where they moved to
      if (edited.indexOf(a.exact) === edited.lastIndexOf(a.exact)) expect(r!.start, `seed ${seed}`).toBe(a.start + head.length)
    }
  })

  it('a passage that no longer occurs resolves to null', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = mulberry32(seed * 104729)
      const text = randomText(rand, 30 + Math.floor(rand() * 100))
      const a = makeAnchor(text, 5, 5 + 3 + Math.floor(rand() * 20), 'summary')
      if (!a) continue
      const without = text.split(a.exact).join('§')
      const r = resolveAnchor(without, a)
      if (without.includes(a.exact)) continue // the join made a new occurrence
      expect(r, `seed ${seed}`).toBeNull()
    }
  })
})
