// DOCX export: the file is read back by mammoth (text and structure, in order) and unzipped to
// check what Word, WPS and LibreOffice rely on: A4, margins, the official grid, header rows,
// footnotes, the odd/even "— X —" footers and the Chinese page count.
import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'
import { describe, expect, test } from 'vitest'
import type { DocNode, PrintSettings } from '@shared/briefing/doc-model'
import { layoutDocument } from 'docx/layout'
import { buildDocx, docToDocx } from '@shared/briefing/docx/export'
import { CHART_PNG, PLAN, SCENES, TINY_PNG, cite, h, li, p, sampleDoc, txt } from './docx-fixture'

const print = (style: PrintSettings['style'], pageNumbers: PrintSettings['pageNumbers'], header = ''): PrintSettings => ({ style, pageNumbers, header })

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes)
  return Object.fromEntries(Object.entries(files).filter(([n]) => /\.(xml|rels)$/.test(n)).map(([n, d]) => [n, strFromU8(d)]))
}

const buffer = (bytes: Uint8Array) => ({ buffer: Buffer.from(bytes) })

/** Asserts the strings occur in this order in the text. */
function expectInOrder(text: string, items: string[]) {
  let at = 0
  for (const item of items) {
    const i = text.indexOf(item, at)
    expect(i, `"${item}" after offset ${at}`).toBeGreaterThanOrEqual(0)
    at = i + item.length
  }
}

describe('DOCX export read back by mammoth', () => {
  test('the text comes back in document order: cover, contents, headings, lists, table, references', async () => {
    const bytes = await docToDocx(sampleDoc(), { title: '专题报告', print: print('modern', 'chinese') })
    const { value } = await mammoth.extractRawText(buffer(bytes))
    expectInOrder(value, [
      '第 3 期', '内部资料 注意保存', '国内AI大模型产业发展深度分析', '专题报告', '政策研究室', '分析组', '2024年3月',
      '目录', '第一章 扬帆起航', '1.1 中国 AI 大模型产业发展政策驱动力',
      '第一章 扬帆起航：中国 AI 大模型产业发展背景', '1.1 中国 AI 大模型产业发展政策驱动力',
      '国务院于 2017 年发布[1]', '科技部等六部门也于 2022 年印发[2]对规划进行落实',
      '北京着力推动大模型相关技术创新', '构建高效协同的大模型技术产业生态', '上海强调打造具备国际竞争力的大模型',
      '通用大模型', '行业大模型', '端侧大模型',
      '地区', '政策重点', '备注', '北京', '技术创新与产业生态', '深圳', '开源通用大模型', '芯片与算法', '商用通用大模型', '重点企业',
      '1.2 AI 大模型产业发展技术驱动力', '人工智能发展进入新阶段。', `——《${PLAN}》`, '大模型持续健康发展',
      '【图】图 1 各年政策数量', 'step 1', 'step 2',
      '参考文献', `[1]\t《${PLAN}》，国发〔2017〕35号，国务院，2017年7月8日。`, `[2]\t《${SCENES}》，科技部等六部门，2022年。`,
    ])
  })

  test('structure: heading levels, nested lists, header cells, spans, links, footnotes, image', async () => {
    const bytes = await docToDocx(sampleDoc(), { title: 't', print: print('official', 'dash') })
    const { value: html } = await mammoth.convertToHtml(buffer(bytes))
    expect(html).toMatch(/<h1>(<a id="[^"]+"><\/a>)?第一章 扬帆起航/)
    expect(html).toMatch(/<h2>(<a id="[^"]+"><\/a>)?1\.1 中国 AI/)
    expect(html).toContain('<ul><li>北京着力推动大模型相关技术创新<ol><li>构建高效协同的大模型技术产业生态</li></ol></li><li>上海强调')
    expect(html).toContain('<ol><li>通用大模型</li><li>行业大模型</li><li>端侧大模型</li></ol>')
    expect(html).toMatch(/<thead><tr><th><p><strong>地区<\/strong><\/p><\/th>/)
    expect(html).toContain('<td colspan="2"><p>技术创新与产业生态</p></td>')
    expect(html).toContain('<td rowspan="2"><p>深圳</p></td>')
    expect(html).toContain('<a href="https://www.gov.cn/">链接</a>')
    expect(html).not.toContain('javascript:')
    expect(html).toMatch(/<li id="footnote-1"><p>见国务院 2017 年发布的规划原文。/)
    expect(html).toMatch(/<li id="footnote-2"><p>满足隐私保护、数据安全等多方面要求。/)
    expect(html).toContain(`<img alt="示意图" src="${TINY_PNG}" />`)
  })
})

describe('DOCX export: the XML Word reads', () => {
  test('official style: A4, GB/T 9704 margins, 22-line grid, 仿宋 16 pt, exact 28.95 pt lines', async () => {
    const x = parts(await docToDocx(sampleDoc(), { title: 't', print: print('official', 'dash', '政策观察') }))
    const doc = x['word/document.xml']!
    const sects = doc.match(/<w:sectPr>.*?<\/w:sectPr>/g) ?? []
    expect(sects).toHaveLength(2) // the cover's section, then the body's
    for (const s of sects) {
      expect(s).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
      expect(s).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
      expect(s).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"/>')
    }
    expect(sects[0]).not.toContain('footerReference')
    expect(sects[1]).toContain('<w:pgNumType w:start="1"/>')
    const styles = x['word/styles.xml']!
    const defaults = styles.match(/<w:docDefaults>.*<\/w:docDefaults>/)![0]
    expect(defaults).toContain('w:eastAsia="仿宋"')
    expect(defaults).toContain('<w:sz w:val="32"/>')
    expect(defaults).toContain('<w:spacing w:line="579" w:lineRule="exact"/>')
    expect(styles).toMatch(/w:styleId="CoverTitle".*?w:eastAsia="方正小标宋简体".*?<w:sz w:val="44"\/>/)
    expect(styles).toMatch(/w:styleId="Heading1".*?w:eastAsia="黑体".*?<w:sz w:val="32"\/>.*?<\/w:style>/)
    expect(styles).toMatch(/w:styleId="Heading2"[^]*?w:eastAsia="楷体"[^]*?<\/w:style>/)
  })

  test('official page holds 22 lines of 28 characters (laid out as Word does by docx/layout)', async () => {
    const file = await buildDocx({ type: 'doc', content: [p(txt('人工智能'.repeat(200)))] }, { title: 't', print: print('official', 'dash') })
    const page = layoutDocument(file, { guess: true }).pages[0]!
    const block = page.body[0]!
    expect(block.type).toBe('paragraph')
    const lines = block.type === 'paragraph' ? block.lines : []
    expect(lines).toHaveLength(22)
    expect([...lines[0]!.text]).toHaveLength(26) // two characters of first-line indent
    expect(lines.slice(1).every((l) => [...l.text].length === 28)).toBe(true)
    expect(lines[1]!.y - lines[0]!.y).toBeCloseTo((579 / 1440) * 96, 3) // 28.95 pt
    expect(lines[0]!.y).toBeCloseTo((2098 / 1440) * 96, 3) // 37 mm from the top
  })

  test('official dash numbering: odd pages right, even pages left, "— PAGE —", header on both', async () => {
    const x = parts(await docToDocx(sampleDoc(), { title: 't', print: print('official', 'dash', '政策观察') }))
    expect(x['word/settings.xml']).toContain('<w:evenAndOddHeaders/>')
    expect(x['word/settings.xml']).toContain('<w:updateFields/>')
    const doc = x['word/document.xml']!
    const ref = (type: string) => new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"/>`).exec(doc)![1]
    const rels = x['word/_rels/document.xml.rels']!
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!.slice(1).find(Boolean)!
    const odd = x[`word/${target(ref('default')!)}`]!
    const even = x[`word/${target(ref('even')!)}`]!
    const numberText = (xml: string) => (xml.match(/<w:t[^>]*>[^<]*<\/w:t>|<w:instrText[^>]*>[^<]*<\/w:instrText>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')
    expect(numberText(odd)).toBe('— PAGE —')
    expect(numberText(even)).toBe('— PAGE —')
    expect(odd).toContain('<w:jc w:val="right"/>')
    expect(even).toContain('<w:jc w:val="left"/>')
    expect(odd).toContain('<w:sz w:val="28"/>') // 4号
    const headers = Object.entries(x).filter(([n]) => /^word\/header\d+\.xml$/.test(n))
    expect(headers.length).toBe(2)
    for (const [, xml] of headers) expect(xml).toContain('政策观察')
  })

  test('modern style: its own margins, one centred "第 X 页 / 共 Y 页" footer counting the body section', async () => {
    const x = parts(await docToDocx(sampleDoc(), { title: 't', print: print('modern', 'chinese') }))
    const doc = x['word/document.xml']!
    expect(doc).toMatch(/<w:pgMar w:top="1417" w:right="1247" w:bottom="1247" w:left="1247"/)
    expect(doc).not.toContain('docGrid w:type="linesAndChars"')
    expect(x['word/settings.xml']).not.toContain('<w:evenAndOddHeaders/>')
    const footers = Object.entries(x).filter(([n]) => /^word\/footer\d+\.xml$/.test(n))
    expect(footers).toHaveLength(1)
    const text = (footers[0]![1].match(/<w:t[^>]*>[^<]*<\/w:t>|<w:instrText[^>]*>[^<]*<\/w:instrText>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')
    expect(text).toBe('第 PAGE 页 / 共 SECTIONPAGES 页')
    expect(footers[0]![1]).toContain('<w:jc w:val="center"/>')
    expect(Object.keys(x).some((n) => n.startsWith('word/header'))).toBe(false)
    const styles = x['word/styles.xml']!
    expect(styles.match(/<w:docDefaults>.*<\/w:docDefaults>/)![0]).toMatch(/w:eastAsia="宋体".*<w:sz w:val="24"\/>/)
  })

  test('table header rows repeat, footnotes are real Word footnotes, the TOC is a field', async () => {
    const x = parts(await docToDocx(sampleDoc(), { title: 't', print: print('modern', 'dash') }))
    const doc = x['word/document.xml']!
    const rows = doc.match(/<w:tr>.*?<\/w:tr>/g) ?? []
    expect(rows).toHaveLength(4)
    expect(rows[0]).toContain('<w:tblHeader/>')
    expect(rows.slice(1).some((r) => r.includes('tblHeader'))).toBe(false)
    expect(rows[3]).toContain('<w:vMerge w:val="continue"/>')
    expect(doc.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(2)
    expect(x['word/footnotes.xml']).toContain('见国务院 2017 年发布的规划原文。')
    expect(x['word/footnotes.xml']).toContain('满足隐私保护、数据安全等多方面要求。')
    expect(doc).toMatch(/<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/)
    expect(doc).toContain('<w:br w:type="page"/>')
  })

  test('charts: rasterised to a PNG at the text width with a caption, else a 【图】 line', async () => {
    const png = Uint8Array.from(atob(CHART_PNG.split(',')[1]!), (c) => c.charCodeAt(0))
    const asked: [number, number][] = []
    const rasterize = async (svg: string, w: number, hgt: number) => {
      expect(svg).toContain('<svg')
      asked.push([w, hgt])
      return png
    }
    const bytes = await docToDocx(sampleDoc(), { title: 't', print: print('modern', 'chinese'), rasterize })
    expect(asked).toEqual([[627, 314]]) // 166 mm of text width at 96 dpi, 600×300 aspect kept
    const files = unzipSync(bytes)
    expect(Object.keys(files).filter((n) => n.startsWith('word/media/'))).toHaveLength(2)
    const { value } = await mammoth.extractRawText(buffer(bytes))
    expect(value).toContain('图 1 各年政策数量')
    expect(value).not.toContain('【图】')
    const messages: string[] = []
    const plain = await mammoth.extractRawText(buffer(await docToDocx(sampleDoc(), { title: 't', print: print('modern', 'chinese'), messages })))
    expect(plain.value).toContain('【图】图 1 各年政策数量')
    expect(messages.join()).toContain('图 1 各年政策数量')
  })

  test('citations without a reference list block still get 参考文献 at the end; each ordered list restarts', async () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        h(1, '一、总体情况'),
        p(txt('规划'), cite('a', PLAN), txt('与意见'), cite('b', SCENES), txt('，再引'), cite('a', PLAN)),
        { type: 'orderedList', attrs: { start: 1 }, content: [li(p(txt('甲'))), li(p(txt('乙')))] },
        p(txt('间隔')),
        { type: 'orderedList', attrs: { start: 3 }, content: [li(p(txt('丙')))] },
      ],
    }
    const bytes = await docToDocx(doc, { title: 't', print: print('modern', 'chinese') })
    const { value } = await mammoth.extractRawText(buffer(bytes))
    expectInOrder(value, ['规划[1]与意见[2]，再引[1]', '参考文献', `[1]\t《${PLAN}》。`, `[2]\t《${SCENES}》。`])
    const x = parts(bytes)
    const numIds = [...x['word/document.xml']!.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1])
    expect(numIds[0]).toBe(numIds[1])
    expect(numIds[2]).not.toBe(numIds[0])
    expect(x['word/numbering.xml']).toMatch(/<w:start w:val="3"\/>/)
  })
})
