// The briefing document (stored JSON) as an HTML string for print and the HTML export: no
// Tiptap, no DOM. Every text and attribute is escaped here; links, images and chart SVG pass
// only through allow-lists (SVG through the caller's sanitizer, since sanitizing needs a DOM).
import { escapeHtml } from '../text/escape'
import { formatReference, footnoteTexts, referenceEntries, tocEntries, citationKey } from './citations'
import type { DocMark, DocNode } from './doc-model'

export interface RenderOptions {
  /** Cleans chart SVG (the renderer passes DOMPurify with the SVG profile). */
  sanitizeSvg: (svg: string) => string
  /** Printed as the document title when the document has no cover. */
  title?: string
}

/** Words printed in the document itself: the report is Chinese whatever the interface language. */
export const PRINT_LABELS = {
  toc: '目录',
  references: '参考文献',
  brokenCitation: '引用的记录已被删除',
} as const

const IMAGE_SRC = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/
const EXTERNAL_HREF = /^https?:\/\/[^\s<>"']+$/i
const INTERNAL_HREF = /^#\/[^\s<>"']*$/

/** An href we allow, or null: only http(s) (external) and `#/…` (a screen of the app). */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  const h = href.trim()
  return EXTERNAL_HREF.test(h) || INTERNAL_HREF.test(h) ? h : null
}

/** A data: URL of a raster image, or null. */
export function safeImageSrc(src: unknown): string | null {
  return typeof src === 'string' && IMAGE_SRC.test(src) ? src : null
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v))
const attr = (n: DocNode, key: string): string => str(n.attrs?.[key])

interface Ctx {
  opts: RenderOptions
  citeNumbers: Map<string, number>
  footnotes: string[]
  footnoteIndex: number
  headingIndex: number
  doc: DocNode
}

function wrapMark(html: string, mark: DocMark): string {
  switch (mark.type) {
    case 'bold': return `<strong>${html}</strong>`
    case 'italic': return `<em>${html}</em>`
    case 'underline': return `<u>${html}</u>`
    case 'strike': return `<s>${html}</s>`
    case 'code': return `<code>${html}</code>`
    case 'superscript': return `<sup>${html}</sup>`
    case 'subscript': return `<sub>${html}</sub>`
    case 'link': {
      const href = safeHref(mark.attrs?.['href'])
      if (!href) return html
      const ext = href.startsWith('#') ? '' : ' rel="noopener noreferrer"'
      return `<a href="${escapeHtml(href)}"${ext}>${html}</a>`
    }
    default: return html
  }
}

function inline(n: DocNode, ctx: Ctx): string {
  switch (n.type) {
    case 'text': {
      // marks apply innermost first: link outermost keeps one <a> per run
      const marks = [...(n.marks ?? [])].sort((a, b) => (a.type === 'link' ? 1 : 0) - (b.type === 'link' ? 1 : 0))
      return marks.reduce((html, m) => wrapMark(html, m), escapeHtml(n.text ?? ''))
    }
    case 'hardBreak': return '<br>'
    case 'citation': {
      const kind = attr(n, 'refKind') === 'vendor' ? 'vendor' : 'policy'
      const num = ctx.citeNumbers.get(citationKey(kind, attr(n, 'refId'))) ?? 0
      const broken = n.attrs?.['broken'] === true
      const title = broken ? `${PRINT_LABELS.brokenCitation}：${attr(n, 'title')}` : attr(n, 'title')
      return `<sup class="cite${broken ? ' broken' : ''}" data-ref="${num}" title="${escapeHtml(title)}">[${num}]</sup>`
    }
    case 'footnote': {
      const i = ++ctx.footnoteIndex
      const text = ctx.footnotes[i - 1] ?? attr(n, 'text')
      return `<sup class="fn-ref" data-fn="${i}" data-fn-text="${escapeHtml(text)}">${i}</sup>`
    }
    case 'image': return image(n, false)
    default: return (n.content ?? []).map((c) => inline(c, ctx)).join('')
  }
}

const inlines = (n: DocNode, ctx: Ctx): string => (n.content ?? []).map((c) => inline(c, ctx)).join('')

function image(n: DocNode, asBlock: boolean, block = ''): string {
  const src = safeImageSrc(n.attrs?.['src'])
  if (!src) return ''
  const alt = escapeHtml(attr(n, 'alt'))
  const title = attr(n, 'title')
  const img = `<img src="${src}" alt="${alt}"${title ? ` title="${escapeHtml(title)}"` : ''}>`
  if (!asBlock) return img
  return `<figure class="image"${block}>${img}${title ? `<figcaption>${escapeHtml(title)}</figcaption>` : ''}</figure>`
}

function cover(n: DocNode): string {
  const line = (cls: string, key: string, tag = 'p') => {
    const v = attr(n, key).trim()
    return v ? `<${tag} class="cover-${cls}">${escapeHtml(v)}</${tag}>` : ''
  }
  return (
    `<div class="cover-top">${line('serial', 'serial', 'span')}${line('label', 'label', 'span')}</div>` +
    `<div class="cover-main">${line('title', 'title', 'h1')}${line('subtitle', 'subtitle')}</div>` +
    `<div class="cover-bottom">${line('unit', 'unit')}${line('author', 'author')}${line('date', 'date')}</div>`
  )
}

function toc(ctx: Ctx, block: string): string {
  const items = tocEntries(ctx.doc)
    .map((e) => {
      const id = `h-${e.index}`
      return `<li class="toc-l${e.level}"><span class="toc-text">${escapeHtml(e.text)}</span><span class="toc-leader"></span><span class="toc-page" data-for="${id}"></span></li>`
    })
    .join('')
  return `<div class="toc-title keep-next"${block}>${PRINT_LABELS.toc}</div><ul class="toc"${block}>${items}</ul>`
}

function references(ctx: Ctx, block: string): string {
  const items = referenceEntries(ctx.doc)
    .map((e) => `<li id="ref-${e.n}"${e.broken ? ` class="broken" title="${PRINT_LABELS.brokenCitation}"` : ''}>${escapeHtml(formatReference(e))}</li>`)
    .join('')
  if (!items) return ''
  return `<h2 class="ref-title keep-next"${block}>${PRINT_LABELS.references}</h2><ol class="references"${block}>${items}</ol>`
}

function quoteBlock(n: DocNode, ctx: Ctx, block: string): string {
  const text = attr(n, 'text')
  const body = text
    ? text.split(/\n+/).filter((s) => s.trim()).map((s) => `<p>${escapeHtml(s)}</p>`).join('')
    : (n.content ?? []).map((c) => blockHtml(c, ctx, '')).join('')
  const title = attr(n, 'policyTitle').trim()
  const source = title ? `<p class="quote-source">——《${escapeHtml(title)}》</p>` : ''
  return `<blockquote class="quote-block"${block}>${body}${source}</blockquote>`
}

function table(n: DocNode, ctx: Ctx, block: string): string {
  const rows = n.content ?? []
  const cell = (c: DocNode): string => {
    const tag = c.type === 'tableHeader' ? 'th' : 'td'
    const span = (k: string, name: string) => {
      const v = Number(c.attrs?.[k] ?? 1)
      return Number.isInteger(v) && v > 1 ? ` ${name}="${v}"` : ''
    }
    return `<${tag}${span('colspan', 'colspan')}${span('rowspan', 'rowspan')}>${(c.content ?? []).map((x) => blockHtml(x, ctx, '')).join('')}</${tag}>`
  }
  const row = (r: DocNode) => `<tr>${(r.content ?? []).map(cell).join('')}</tr>`
  const first = rows[0]
  const headed = first !== undefined && (first.content ?? []).length > 0 && (first.content ?? []).every((c) => c.type === 'tableHeader')
  const head = headed && first ? `<thead>${row(first)}</thead>` : ''
  const body = (headed ? rows.slice(1) : rows).map(row).join('')
  return `<table${block}>${head}<tbody>${body}</tbody></table>`
}

function chart(n: DocNode, ctx: Ctx, block: string): string {
  const svg = ctx.opts.sanitizeSvg(attr(n, 'svg'))
  const caption = attr(n, 'caption').trim()
  return `<figure class="chart"${block}><div class="chart-svg">${svg}</div>${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`
}

function blockHtml(n: DocNode, ctx: Ctx, block: string): string {
  const kids = () => (n.content ?? []).map((c) => blockHtml(c, ctx, '')).join('')
  switch (n.type) {
    case 'paragraph': {
      const html = inlines(n, ctx)
      return `<p${block}>${html || '<br>'}</p>`
    }
    case 'heading': {
      const level = Math.min(4, Math.max(1, Number(n.attrs?.['level'] ?? 1) || 1))
      const id = `h-${ctx.headingIndex++}`
      return `<h${level} id="${id}"${block}>${inlines(n, ctx)}</h${level}>`
    }
    case 'bulletList': return `<ul${block}>${kids()}</ul>`
    case 'orderedList': {
      const start = Number(n.attrs?.['start'] ?? 1)
      return `<ol${block}${Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}>${kids()}</ol>`
    }
    case 'listItem': return `<li>${kids()}</li>`
    case 'blockquote': return `<blockquote${block}>${kids()}</blockquote>`
    case 'codeBlock': return `<pre${block}><code>${escapeHtml((n.content ?? []).map((c) => c.text ?? '').join(''))}</code></pre>`
    case 'horizontalRule': return `<hr${block}>`
    case 'table': return table(n, ctx, block)
    case 'image': return image(n, true, block)
    case 'chart': return chart(n, ctx, block)
    case 'cover': return `<section class="cover"${block}>${cover(n)}</section>`
    case 'toc': return toc(ctx, block)
    case 'referenceList': return references(ctx, block)
    case 'pageBreak': return `<div class="page-break"${block}></div>`
    case 'quoteBlock': return quoteBlock(n, ctx, block)
    case 'text': case 'hardBreak': case 'citation': case 'footnote': return inline(n, ctx)
    // unknown nodes keep their content (and the heading count stays in step with tocEntries)
    default: return n.content ? `<div${block}>${kids()}</div>` : ''
  }
}

/** The document as HTML: one element (or two, for toc and references) per top-level block. */
export function renderBriefingHtml(doc: DocNode, opts: RenderOptions): string {
  const ctx: Ctx = { opts, citeNumbers: new Map(referenceEntries(doc).map((e) => [e.key, e.n])), footnotes: footnoteTexts(doc), footnoteIndex: 0, headingIndex: 0, doc }
  const blocks = doc.content ?? []
  const out: string[] = []
  const hasCover = blocks.some((b) => b.type === 'cover')
  if (!hasCover && opts.title?.trim()) out.push(`<h1 class="doc-title keep-next" data-block="title">${escapeHtml(opts.title.trim())}</h1>`)
  blocks.forEach((b, i) => out.push(blockHtml(b, ctx, ` data-block="${i}"`)))
  if (ctx.citeNumbers.size > 0 && !blocks.some((b) => b.type === 'referenceList')) {
    out.push(references(ctx, ` data-block="${blocks.length}"`))
  }
  return out.join('')
}
