// The print renderer: stored document JSON → HTML. Escaping, the link and image allow-lists,
// citation numbers, the reference list, the contents and broken citations.
import { describe, expect, it } from 'vitest'
import type { DocNode } from '@shared/briefing/doc-model'
import { renderBriefingHtml, safeHref, safeImageSrc } from '@shared/briefing/render-html'

const sanitizeSvg = (svg: string) => svg.replace(/<script[\s\S]*?<\/script>/gi, '')
const render = (content: DocNode[], title?: string) => renderBriefingHtml({ type: 'doc', content }, { sanitizeSvg, title })
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const text = (t: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) })
const cite = (refId: string, title: string, extra: Record<string, unknown> = {}): DocNode => ({
  type: 'citation',
  attrs: { refKind: 'policy', refId, title, docNumber: null, date: '2017-07-08', detail: '国务院', broken: false, ...extra },
})
const heading = (level: number, t: string): DocNode => ({ type: 'heading', attrs: { level }, content: [text(t)] })

describe('renderBriefingHtml', () => {
  it('escapes text and attribute values', () => {
    const html = render([p(text('<script>alert(1)</script> & "引号"'))], '标题<b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;')
    expect(html).toContain('<h1 class="doc-title keep-next" data-block="title">标题&lt;b&gt;</h1>')
    expect(html).not.toContain('<script>')
    const fn = render([p(text('a'), { type: 'footnote', attrs: { text: '"><img src=x onerror=alert(1)>' } })])
    expect(fn).toContain('data-fn-text="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"')
    expect(fn).not.toContain('<img')
  })

  it('keeps only http(s) and in-app links', () => {
    const link = (href: string) => render([p(text('链接', [{ type: 'link', attrs: { href } }]))])
    expect(link('https://www.gov.cn/a?b=1&c=2')).toContain('<a href="https://www.gov.cn/a?b=1&amp;c=2" rel="noopener noreferrer">链接</a>')
    expect(link('#/policies/pol-1')).toContain('<a href="#/policies/pol-1">链接</a>')
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'http://a" onclick="x']) {
      const html = link(bad)
      expect(html, bad).not.toContain('<a')
      expect(html).toContain('链接')
    }
    expect(safeHref(' https://x.cn ')).toBe('https://x.cn')
  })

  it('keeps only raster data: images, in a figure', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    const html = render([{ type: 'image', attrs: { src: png, alt: '图<1>', title: '图一' } }])
    expect(html).toBe(`<figure class="image" data-block="0"><img src="${png}" alt="图&lt;1&gt;" title="图一"><figcaption>图一</figcaption></figure>`)
    expect(render([{ type: 'image', attrs: { src: 'https://evil.example/x.png' } }])).toBe('')
    expect(safeImageSrc('data:image/svg+xml;base64,PHN2Zz4=')).toBeNull()
    expect(safeImageSrc('data:image/png;base64,AAA" onerror="x')).toBeNull()
  })

  it('numbers citations by first appearance and lists them once at the end', () => {
    const html = render([
      p(text('甲'), cite('b', '政策乙'), text('乙'), cite('a', '政策甲'), text('丙'), cite('b', '政策乙')),
    ])
    expect([...html.matchAll(/<sup class="cite"[^>]*>\[(\d+)\]<\/sup>/g)].map((m) => m[1])).toEqual(['1', '2', '1'])
    expect(html).toContain('<h2 class="ref-title keep-next" data-block="1">参考文献</h2>')
    expect(html).toContain('<ol class="references" data-block="1"><li id="ref-1">《政策乙》，国务院，2017年7月8日。</li><li id="ref-2">《政策甲》，国务院，2017年7月8日。</li></ol>')
    expect(html.match(/参考文献/g)).toHaveLength(1)
  })

  it('puts the reference list where the referenceList node is, and not again at the end', () => {
    const html = render([p(cite('a', '政策甲')), { type: 'referenceList' }, p(text('附言'))])
    expect(html.indexOf('参考文献')).toBeLessThan(html.indexOf('附言'))
    expect(html.match(/参考文献/g)).toHaveLength(1)
    expect(render([{ type: 'referenceList' }])).toBe('')
  })

  it('marks a broken citation but still prints it', () => {
    const html = render([p(cite('gone', '已删除的政策', { broken: true }))])
    expect(html).toContain('<sup class="cite broken" data-ref="1" title="引用的记录已被删除：已删除的政策">[1]</sup>')
    expect(html).toContain('<li id="ref-1" class="broken" title="引用的记录已被删除">《已删除的政策》')
  })

  it('builds the contents from the headings, with a page slot each, and ids on the headings', () => {
    const html = render([{ type: 'toc' }, heading(1, '一、总体'), heading(4, '细目'), heading(2, '（一）算力')])
    expect(html).toContain('<div class="toc-title keep-next" data-block="0">目录</div>')
    expect(html).toContain('<li class="toc-l1"><span class="toc-text">一、总体</span><span class="toc-leader"></span><span class="toc-page" data-for="h-0"></span></li>')
    // level 4 is not in the contents but keeps its index, so ids match tocEntries
    expect(html).not.toContain('<span class="toc-text">细目')
    expect(html).toContain('<span class="toc-page" data-for="h-2">')
    expect(html).toContain('<h1 id="h-0" data-block="1">一、总体</h1>')
    expect(html).toContain('<h4 id="h-1" data-block="2">细目</h4>')
    expect(html).toContain('<h2 id="h-2" data-block="3">（一）算力</h2>')
  })

  it('numbers footnotes in order and carries their text for the paginator', () => {
    const html = render([p(text('甲'), { type: 'footnote', attrs: { text: '注一' } }), p({ type: 'footnote', attrs: { text: '注二' } })])
    expect(html).toContain('<sup class="fn-ref" data-fn="1" data-fn-text="注一">1</sup>')
    expect(html).toContain('<sup class="fn-ref" data-fn="2" data-fn-text="注二">2</sup>')
  })

  it('renders tables with the header row in thead', () => {
    const cell = (type: string, t: string): DocNode => ({ type, content: [p(text(t))] })
    const html = render([
      { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', '年份'), cell('tableHeader', '数量')] }, { type: 'tableRow', content: [cell('tableCell', '2023'), cell('tableCell', '12')] }] },
    ])
    expect(html).toBe('<table data-block="0"><thead><tr><th><p>年份</p></th><th><p>数量</p></th></tr></thead><tbody><tr><td><p>2023</p></td><td><p>12</p></td></tr></tbody></table>')
  })

  it('renders charts through the sanitizer, with a caption', () => {
    const html = render([{ type: 'chart', attrs: { chartKind: 'policiesPerYear', svg: '<svg><script>x()</script><rect/></svg>', caption: '图1 <年度>' } }])
    expect(html).toBe('<figure class="chart" data-block="0"><div class="chart-svg"><svg><rect/></svg></div><figcaption>图1 &lt;年度&gt;</figcaption></figure>')
  })

  it('renders the cover, page breaks, quote blocks, marks, lists and code', () => {
    const html = render([
      { type: 'cover', attrs: { title: '专题报告', subtitle: '', unit: '研究室', author: '', date: '2024年3月', serial: '第1期', label: '内部资料' } },
      { type: 'pageBreak' },
      { type: 'quoteBlock', attrs: { source: 'policy', policyId: 'p1', noteId: null, policyTitle: '新一代人工智能发展规划', text: '到2030年' } },
      p(text('粗', [{ type: 'bold' }]), text('斜', [{ type: 'italic' }]), { type: 'hardBreak' }, text('x', [{ type: 'superscript' }])),
      { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('三'))] }] },
      { type: 'codeBlock', content: [text('a < b')] },
    ], '不显示')
    expect(html).not.toContain('doc-title')
    expect(html).toContain('<section class="cover" data-block="0"><div class="cover-top"><span class="cover-serial">第1期</span><span class="cover-label">内部资料</span></div><div class="cover-main"><h1 class="cover-title">专题报告</h1></div><div class="cover-bottom"><p class="cover-unit">研究室</p><p class="cover-date">2024年3月</p></div></section>')
    expect(html).toContain('<div class="page-break" data-block="1"></div>')
    expect(html).toContain('<blockquote class="quote-block" data-block="2"><p>到2030年</p><p class="quote-source">——《新一代人工智能发展规划》</p></blockquote>')
    expect(html).toContain('<p data-block="3"><strong>粗</strong><em>斜</em><br><sup>x</sup></p>')
    expect(html).toContain('<ol data-block="4" start="3"><li><p>三</p></li></ol>')
    expect(html).toContain('<pre data-block="5"><code>a &lt; b</code></pre>')
    expect(render([p()])).toBe('<p data-block="0"><br></p>')
  })
})
