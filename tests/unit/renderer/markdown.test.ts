// Note Markdown: what an analyst writes (headings, lists, emphasis, links, code, quotes) comes
// through; raw HTML, script links and images do not. Node has no DOM, so DOMPurify is checked
// in the browser (tests/e2e/notes-quotes.e2e.ts); here the Markdown stage must already be safe
// on its own, and the full pipeline must fail closed (escaped text) where DOMPurify cannot run.
import { describe, expect, it } from 'vitest'
import { markdownToHtml, renderMarkdown, safeHref } from '../../../src/renderer/notes/markdown'

const ATTACKS = [
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '<script>alert(1)</script>',
  '[x](JAVASCRIPT:alert(1))',
  '[x](  javascript:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](vbscript:msgbox(1))',
  '[x](file:///etc/passwd)',
  '![x](https://example.com/a.png)',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://example.com"></iframe>',
  '<svg onload=alert(1)>',
  '[x](https://example.com" onclick="alert(1))',
  'javascript:alert(1)',
]

describe('note Markdown', () => {
  it('renders headings, lists, emphasis, links, code and block quotes', () => {
    const html = markdownToHtml(
      ['# 标题', '## 小标题', '', '**重点** 与 *强调*', '', '- 第一项', '- 第二项', '', '1. 甲', '2. 乙', '', '`code`', '', '```', 'block', '```', '', '> 引文', '', '[国务院](https://www.gov.cn/zhengce/)', '', '见 https://www.miit.gov.cn 公告'].join('\n'),
    )
    expect(html).toContain('<h1>标题</h1>')
    expect(html).toContain('<h2>小标题</h2>')
    expect(html).toContain('<strong>重点</strong>')
    expect(html).toContain('<em>强调</em>')
    expect(html).toMatch(/<ul>\s*<li>第一项<\/li>\s*<li>第二项<\/li>\s*<\/ul>/)
    expect(html).toMatch(/<ol>\s*<li>甲<\/li>/)
    expect(html).toContain('<code>code</code>')
    expect(html).toContain('<pre><code>block\n</code></pre>')
    expect(html).toMatch(/<blockquote>\s*<p>引文<\/p>\s*<\/blockquote>/)
    expect(html).toContain('<a href="https://www.gov.cn/zhengce/">国务院</a>')
    expect(html).toContain('<a href="https://www.miit.gov.cn">https://www.miit.gov.cn</a>')
  })

  // Text is escaped (a literal "<" becomes &lt;), so every "<" left in the output opens a real tag.
  const tags = (html: string) => html.match(/<[a-z][^>]*>/gi) ?? []

  it.each(ATTACKS)('leaves no live HTML from %s', (attack) => {
    const html = markdownToHtml(`前文 ${attack} 后文`)
    for (const tag of tags(html)) {
      expect(tag).toMatch(/^<(p|a|br)\b/)
      expect(tag).not.toMatch(/\son\w+\s*=/i)
      if (tag.startsWith('<a')) expect(tag).toMatch(/^<a href="https?:\/\/[^"\s]+">$/)
    }
  })

  it('keeps raw HTML as visible text', () => {
    expect(markdownToHtml('<script>alert(1)</script>')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('accepts only absolute http(s) links', () => {
    expect(safeHref('https://www.gov.cn/a?b=1')).toBe('https://www.gov.cn/a?b=1')
    expect(safeHref(' http://example.com ')).toBe('http://example.com/')
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/relative', '#top', 'mailto:a@b.c', '', null]) {
      expect(safeHref(bad), String(bad)).toBeNull()
    }
  })

  it('fails closed without a DOM: escaped text, never unsanitised HTML', () => {
    const html = renderMarkdown('**重点** <img src=x onerror=alert(1)>')
    expect(html).not.toMatch(/<img/i)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
