// DOCX import: our own export comes back with its structure (round trip), a Word file made
// elsewhere imports by its styles, and untrusted content stays text within the size limits.
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { zipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import { walk, type DocNode } from '@shared/briefing/doc-model'
import { docToDocx } from '@shared/briefing/docx/export'
import { DocxImportError, docxToDoc } from '@shared/briefing/docx/import'
import { PLAN, TINY_PNG, p, sampleDoc, txt } from './docx-fixture'

const all = (doc: DocNode, type: string) => {
  const out: DocNode[] = []
  walk(doc, (n) => {
    if (n.type === type) out.push(n)
  })
  return out
}
const text = (n: DocNode): string => (n.type === 'text' ? (n.text ?? '') : (n.content ?? []).map(text).join(''))

async function wordFile(children: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children }] })))
}

describe('DOCX round trip (export → import)', () => {
  test('keeps cover, headings, nested lists, table cells and spans, footnotes, quotes, image', async () => {
    const bytes = await docToDocx(sampleDoc(), { title: 't', print: { style: 'official', pageNumbers: 'dash', header: '' } })
    const { doc, title, messages } = await docxToDoc(bytes)
    expect(title).toBe('国内AI大模型产业发展深度分析')
    expect(messages).toEqual([])
    const top = (doc.content ?? []).map((n) => n.type)
    expect(top.slice(0, 3)).toEqual(['cover', 'toc', 'heading'])
    expect(doc.content![0]!.attrs).toEqual({ title: '国内AI大模型产业发展深度分析', subtitle: '专题报告', unit: '政策研究室', author: '分析组', date: '2024年3月', serial: '第 3 期', label: '内部资料 注意保存' })
    expect(all(doc, 'heading').map((h) => [h.attrs?.['level'], text(h)])).toEqual([
      [1, '第一章 扬帆起航：中国 AI 大模型产业发展背景'],
      [2, '1.1 中国 AI 大模型产业发展政策驱动力'],
      [2, '1.2 AI 大模型产业发展技术驱动力'],
      [1, '参考文献'],
    ])
    const bullet = all(doc, 'bulletList')[0]!
    expect(bullet.content!.map((item) => text(item.content![0]!))).toEqual(['北京着力推动大模型相关技术创新', '上海强调打造具备国际竞争力的大模型'])
    expect(bullet.content![0]!.content![1]!.type).toBe('orderedList')
    expect(text(bullet.content![0]!.content![1]!)).toBe('构建高效协同的大模型技术产业生态')
    const ordered = (doc.content ?? []).find((n) => n.type === 'orderedList')!
    expect(ordered.content!.map(text)).toEqual(['通用大模型', '行业大模型', '端侧大模型'])
    const table = all(doc, 'table')[0]!
    expect(table.content!.map((r) => r.content!.map((c) => [c.type === 'tableHeader' ? 'th' : 'td', text(c), c.attrs?.['colspan'], c.attrs?.['rowspan']]))).toEqual([
      [['th', '地区', 1, 1], ['th', '政策重点', 1, 1], ['th', '备注', 1, 1]],
      [['td', '北京', 1, 1], ['td', '技术创新与产业生态', 2, 1]],
      [['td', '深圳', 1, 2], ['td', '开源通用大模型', 1, 1], ['td', '芯片与算法', 1, 1]],
      [['td', '商用通用大模型', 1, 1], ['td', '重点企业', 1, 1]],
    ])
    expect(all(doc, 'footnote').map((f) => f.attrs?.['text'])).toEqual(['见国务院 2017 年发布的规划原文。', '满足隐私保护、数据安全等多方面要求。'])
    expect(all(doc, 'quoteBlock')[0]!.attrs).toMatchObject({ policyTitle: PLAN, text: '人工智能发展进入新阶段。' })
    expect(text(all(doc, 'blockquote')[0]!)).toBe('大模型持续健康发展，需要政策法规保驾护航。')
    expect(all(doc, 'image')[0]!.attrs).toMatchObject({ src: TINY_PNG, alt: '示意图' })
    expect(all(doc, 'codeBlock').map(text)).toEqual(['step 1\nstep 2'])
    const link = all(doc, 'text').find((t) => t.marks?.some((m) => m.type === 'link'))!
    expect(link).toEqual({ type: 'text', text: '链接', marks: [{ type: 'link', attrs: { href: 'https://www.gov.cn/' } }] })
  })

  test('markup typed into a paragraph comes back as the same characters, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)><script>alert("x")</script> &lt;b&gt; & "引号"'
    const bytes = await docToDocx({ type: 'doc', content: [p(txt(evil)), p(txt('加粗', [{ type: 'bold' }]))] }, { title: 't', print: { style: 'modern', pageNumbers: 'chinese', header: '' } })
    const { doc } = await docxToDoc(bytes)
    expect(doc.content![0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: evil }] })
    expect(all(doc, 'image')).toHaveLength(0)
    expect(doc.content![1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: '加粗', marks: [{ type: 'bold' }] }] })
  })
})

describe('DOCX from elsewhere', () => {
  test('a plain Word file: headings by style, http links kept, other links dropped, title from the first heading', async () => {
    const bytes = await wordFile([
      new Paragraph({ text: '政策速递', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '第五级标题', heading: HeadingLevel.HEADING_5 }),
      new Paragraph({
        children: [
          new TextRun('见'),
          new ExternalHyperlink({ link: 'https://www.gov.cn/zhengce/', children: [new TextRun('政府网站')] }),
          new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('脚本')] }),
          new ExternalHyperlink({ link: 'file:///etc/passwd', children: [new TextRun('文件')] }),
        ],
      }),
    ])
    const { doc, title } = await docxToDoc(bytes)
    expect(title).toBe('政策速递')
    expect(doc.content!.map((n) => [n.type, n.attrs?.['level'] ?? null, text(n)])).toEqual([
      ['heading', 1, '政策速递'],
      ['heading', 4, '第五级标题'],
      ['paragraph', null, '见政府网站脚本文件'],
    ])
    const marks = all(doc, 'text').flatMap((t) => t.marks ?? [])
    expect(marks).toEqual([{ type: 'link', attrs: { href: 'https://www.gov.cn/zhengce/' } }])
  })

  test('refuses a file over 50 MB naming its size, and a file that is not a DOCX', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1024 * 1024)
    await expect(docxToDoc(big)).rejects.toThrow(/51\.0 MB.*50 MB/)
    await expect(docxToDoc(new TextEncoder().encode('<html>not a zip</html>'))).rejects.toBeInstanceOf(DocxImportError)
  })

  test('refuses a zip whose parts declare more than the cap, before inflating them', async () => {
    // A zip bomb announces its size in the central directory: patch a small zip to declare 450 MB.
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') })
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    let patched = 0
    for (let i = 0; i + 4 <= zip.byteLength; i++) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 450 * 1024 * 1024, true)
        patched++
      }
    }
    expect(patched).toBe(1)
    await expect(docxToDoc(zip)).rejects.toThrow(/450 MB/)
  })
})
