import { describe, expect, test } from 'vitest'
import { referenceEntries, tocEntries } from '@shared/briefing/citations'
import { nodeText, walk, type DocNode } from '@shared/briefing/doc-model'
import { BUILT_IN_TEMPLATES, briefingFromUserTemplate, builtInTemplate, serialLine, userTemplateFromBriefing } from '@shared/briefing/templates'
import { validateDoc } from '@shared/briefing/validate-doc'

const ctx = { date: '2024年3月5日', unit: '政策研究室', author: '王明', serial: '12' }
const headings = (d: DocNode) => {
  const out: { level: number; text: string; id: unknown }[] = []
  walk(d, (n) => {
    if (n.type === 'heading') out.push({ level: Number(n.attrs?.['level']), text: nodeText(n), id: n.attrs?.['id'] })
  })
  return out
}
const top = (d: DocNode) => (d.content ?? []).map((n) => n.type)

describe('built-in templates', () => {
  test('there are the four, with Chinese and English names', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual(['daily-brief', 'policy-alert', 'vendor-profile', 'topic-report'])
    for (const t of BUILT_IN_TEMPLATES) {
      expect(t.name.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(t.name.en).toMatch(/[a-z]/)
      expect(t.description.zh.length).toBeGreaterThan(5)
    }
  })

  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s validates against the document contract', (_, t) => {
    expect(validateDoc(t.build(ctx))).toEqual([])
  })

  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s: cover from the context, a prompt under every heading, references last', (_, t) => {
    const d = t.build(ctx)
    const cover = d.content![0]!
    expect(cover.type).toBe('cover')
    expect(cover.attrs).toMatchObject({ unit: '政策研究室', author: '王明', date: '2024年3月5日', serial: '第 12 期' })
    expect(top(d).at(-1)).toBe('referenceList')
    const blocks = d.content!
    blocks.forEach((b, i) => {
      if (b.type !== 'heading') return
      const next = blocks[i + 1]!
      // The prompt says what to write; it is an instruction in brackets, not a claim.
      expect(next.type).toBe('paragraph')
      expect(nodeText(next)).toMatch(/^（.+。）$/)
    })
    expect(referenceEntries(d)).toEqual([])
  })

  test('every build has fresh, unique heading ids', () => {
    const t = builtInTemplate('topic-report')!
    const a = headings(t.build(ctx)).map((h) => h.id)
    const b = headings(t.build(ctx)).map((h) => h.id)
    expect(new Set(a).size).toBe(a.length)
    expect(a.every((id) => typeof id === 'string' && /^h-[0-9a-f]{12}$/.test(id as string))).toBe(true)
    expect(a.filter((id) => b.includes(id))).toEqual([])
  })

  test('daily brief: masthead and its five sections in order', () => {
    const d = builtInTemplate('daily-brief')!.build(ctx)
    expect(d.content![0]!.attrs).toMatchObject({ title: '每日政策简报', label: '内部资料' })
    expect(headings(d).map((h) => h.text)).toEqual(['一、今日要点', '二、国家层面', '三、地方动态', '四、产业动向', '五、研判与建议'])
  })

  test('policy alert prints in the official style with dash page numbers', () => {
    const t = builtInTemplate('policy-alert')!
    expect(t.print).toEqual({ style: 'official', pageNumbers: 'dash', header: '' })
    expect(headings(t.build(ctx)).map((h) => h.text)).toEqual(['一、发文要点', '二、主要内容', '三、影响分析', '四、应对建议'])
  })

  test('vendor profile sections', () => {
    expect(headings(builtInTemplate('vendor-profile')!.build(ctx)).map((h) => h.text)).toEqual(['一、基本情况', '二、主要模型', '三、应用与案例', '四、相关政策', '五、研判'])
  })

  test('topic report is shaped like the seed report: cover, contents, page break, chapters of numbered sections', () => {
    const d = builtInTemplate('topic-report')!.build(ctx)
    expect(top(d).slice(0, 4)).toEqual(['cover', 'toc', 'pageBreak', 'heading'])
    const hs = headings(d)
    const chapters = hs.filter((h) => h.level === 1 && h.text.startsWith('第'))
    expect(chapters.map((h) => h.text.slice(0, 3))).toEqual(['第一章', '第二章', '第三章', '第四章'])
    // The chapter titles of the seed report (structure, not findings).
    expect(chapters.map((h) => h.text)).toEqual([
      '第一章 扬帆起航：中国 AI 大模型产业发展背景',
      '第二章 百舸争流：中国 AI 大模型产业现状及典型案例',
      '第三章 大浪淘沙：中国 AI 大模型产业发展所面临的挑战',
      '第四章 天阔云高：中国 AI 大模型产业趋势展望',
    ])
    // Sections are numbered within their chapter, as in the seed (1.1, 1.2 … under 第一章).
    let chapter = 0
    for (const h of hs) {
      if (h.level === 1) chapter = chapters.some((c) => c.text === h.text) ? chapter + 1 : chapter
      else expect(h.text).toMatch(new RegExp(`^${chapter}\\.\\d `))
    }
    expect(hs.map((h) => h.text)).toEqual(expect.arrayContaining(['前言', '核心观点', '结语']))
    expect(tocEntries(d).length).toBe(hs.length)
  })

  test('a serial already written out is kept; an empty one stays empty', () => {
    expect(serialLine('第 3 期')).toBe('第 3 期')
    expect(serialLine(' 7 ')).toBe('第 7 期')
    expect(serialLine('')).toBe('')
  })
})

describe('user templates', () => {
  const cite = { type: 'citation', attrs: { refKind: 'policy', refId: 'p1', title: '新一代人工智能发展规划', docNumber: '国发〔2017〕35号', date: '2017-07-08', detail: '国务院', broken: false } }
  const source = (): DocNode => {
    const d = builtInTemplate('daily-brief')!.build(ctx)
    d.content!.splice(2, 0, { type: 'paragraph', content: [{ type: 'text', text: '依据' }, cite] })
    return d
  }

  test('saving copies the document and print settings', () => {
    const d = source()
    const print = { style: 'official' as const, pageNumbers: 'dash' as const, header: '快报' }
    const t = userTemplateFromBriefing(d, print, '  我的简报  ', 1000)
    expect(t).toMatchObject({ name: '我的简报', print, createdAt: 1000 })
    expect(t.id).toMatch(/^tpl-/)
    ;(d.content![0]!.attrs as Record<string, unknown>)['title'] = 'changed'
    print.header = 'changed'
    expect((t.doc as unknown as DocNode).content![0]!.attrs!['title']).toBe('每日政策简报')
    expect(t.print.header).toBe('快报')
    expect(userTemplateFromBriefing(d, print).name).toBe('changed')
  })

  test('applying keeps citations, regenerates heading ids and takes the new date', () => {
    const t = userTemplateFromBriefing(source(), { style: 'modern', pageNumbers: 'chinese', header: '' })
    const a = briefingFromUserTemplate(t, { date: '2025年1月2日' })
    const b = briefingFromUserTemplate(t, { date: '2025年1月3日' })
    expect(validateDoc(a.doc)).toEqual([])
    expect(referenceEntries(a.doc).map((e) => [e.refId, e.title, e.docNumber])).toEqual([['p1', '新一代人工智能发展规划', '国发〔2017〕35号']])
    expect(a.doc.content![0]!.attrs).toMatchObject({ date: '2025年1月2日', title: '每日政策简报', unit: '政策研究室' })
    expect(b.doc.content![0]!.attrs!['date']).toBe('2025年1月3日')
    const saved = headings(t.doc as unknown as DocNode)
    const ha = headings(a.doc)
    const hb = headings(b.doc)
    expect(ha.map((h) => h.text)).toEqual(saved.map((h) => h.text))
    for (let i = 0; i < ha.length; i++) {
      expect(ha[i]!.id).not.toBe(saved[i]!.id)
      expect(ha[i]!.id).not.toBe(hb[i]!.id)
    }
    // The saved template is untouched by applying it.
    expect((t.doc as unknown as DocNode).content![0]!.attrs!['date']).toBe('2024年3月5日')
  })
})
