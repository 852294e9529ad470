// Inline content (text with marks, citations, footnotes) as CommonMark. The care is in the
// emphasis delimiters: CommonMark only honours `**` next to punctuation when the other side is
// a space or punctuation too, which Chinese text rarely has, so whitespace and punctuation at
// the edge of a bold or italic run move outside it; anything still unparsable loses its
// emphasis rather than printing stray asterisks.
import type { MarkdownIt, Token } from 'markdown-it'
import type { DocNode } from './doc-model'
import { safeImageSrc, safeLinkHref } from './markdown-parser'

type Em = 'strike' | 'bold' | 'italic'
const EM_ORDER: readonly Em[] = ['strike', 'bold', 'italic']
const DELIM: Record<Em, string> = { strike: '~~', bold: '**', italic: '*' }

interface Piece {
  kind: 'text' | 'code' | 'raw'
  text: string
  em: Em[]
}
interface LinkUnit {
  kind: 'link'
  href: string
  em: Em[]
  items: Piece[]
}
type Unit = Piece | LinkUnit

export interface InlineContext {
  md: MarkdownIt
  citationNumber: (n: DocNode) => number
  footnoteNumber: (n: DocNode) => number
  /** inside a GFM table cell, where `|` must be escaped even in code */
  inTable?: boolean
  /** in a heading, where a trailing `#` would be read as the closing sequence */
  inHeading?: boolean
}

/** Backslash-escapes the characters that would start Markdown syntax inside a line. */
export function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<>~|&]/g, '\\$&').replace(/\r?\n/g, ' ')
}

/** A URL as a link destination: `<…>` when it has spaces or parentheses. */
export function linkDestination(href: string): string {
  const clean = href.replace(/[<>|]/g, (c) => encodeURIComponent(c))
  return /[\s()]/.test(clean) ? `<${clean}>` : clean
}

function codeSpan(text: string, inTable: boolean): string {
  const body = text.replace(/\r?\n/g, ' ')
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length))
  const fence = '`'.repeat(longest + 1)
  // CommonMark strips one space from each end when both are there: pad so only ours go.
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') ? ' ' : ''
  const span = `${fence}${pad}${body}${pad}${fence}`
  return inTable ? span.replace(/\|/g, '\\|') : span
}

function pieces(content: readonly DocNode[], ctx: InlineContext): (Piece & { href: string | null })[] {
  const out: (Piece & { href: string | null })[] = []
  for (const n of content) {
    const marks = n.marks ?? []
    const em = EM_ORDER.filter((e) => marks.some((m) => m.type === e))
    const link = marks.find((m) => m.type === 'link')
    const href = link ? safeLinkHref(typeof link.attrs?.['href'] === 'string' ? link.attrs['href'] : null) : null
    if (n.type === 'text') {
      const code = marks.some((m) => m.type === 'code')
      // Tiptap's code mark excludes the others; a stray bold on code would not survive anyway.
      const parts = (n.text ?? '').split('\n')
      parts.forEach((part, i) => {
        if (i > 0) out.push({ kind: 'raw', text: '\\\n', em: [], href: null })
        const last = out.at(-1)
        // Two code spans in a row would run their backticks together: one span holds both.
        if (part && code && i === 0 && last?.kind === 'code' && last.href === href) last.text += part
        else if (part) out.push(code ? { kind: 'code', text: part, em: [], href } : { kind: 'text', text: part, em, href })
      })
    } else if (n.type === 'hardBreak') out.push({ kind: 'raw', text: '\\\n', em: [], href: null })
    else if (n.type === 'citation') out.push({ kind: 'raw', text: `[${ctx.citationNumber(n)}]`, em, href: null })
    else if (n.type === 'footnote') out.push({ kind: 'raw', text: `[^${ctx.footnoteNumber(n)}]`, em: [], href: null })
    else if (n.type === 'image') out.push({ kind: 'raw', text: imageMarkdown(n), em: [], href: null })
  }
  return out
}

/** `![alt](src)` for a kept source, otherwise the alt text alone. */
export function imageMarkdown(n: DocNode): string {
  const alt = typeof n.attrs?.['alt'] === 'string' ? n.attrs['alt'] : ''
  const src = safeImageSrc(typeof n.attrs?.['src'] === 'string' ? n.attrs['src'] : null)
  return src ? `![${escapeInline(alt)}](${linkDestination(src)})` : escapeInline(alt)
}

const isWs = (ch: string | null, md: MarkdownIt) => ch !== null && md.utils.isWhiteSpace(ch.codePointAt(0) ?? 0)
const isPunct = (ch: string | null, md: MarkdownIt) => ch !== null && md.utils.isPunctChar(ch)
const isWord = (ch: string | null, md: MarkdownIt) => ch !== null && !isWs(ch, md) && !isPunct(ch, md)

function firstChar(u: Unit): string | null {
  if (u.kind === 'link') return '['
  if (u.kind === 'code') return '`'
  return [...u.text][0] ?? null
}
function lastChar(u: Unit): string | null {
  if (u.kind === 'link') return ')'
  if (u.kind === 'code') return '`'
  return [...u.text].at(-1) ?? null
}

/** One step of moving delimiters off whitespace and punctuation; false when nothing moved. */
function fixOneEdge(units: Unit[], md: MarkdownIt): boolean {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!
    // `~~` and `*` meeting at one edge next to a letter cannot both be read (the outer one
    // touches punctuation on its inner side): strikethrough gives way there.
    if (u.em.includes('strike') && u.em.length > 1) {
      const prev = units[i - 1]
      const next = units[i + 1]
      const opening = u.em.filter((e) => !prev?.em.includes(e))
      const closing = u.em.filter((e) => !next?.em.includes(e))
      const clash = (set: Em[], outer: string | null) => set.includes('strike') && set.length > 1 && isWord(outer, md)
      if (clash(opening, prev ? lastChar(prev) : null) || clash(closing, next ? firstChar(next) : null)) {
        units[i] = { ...u, em: u.em.filter((e) => e !== 'strike') }
        return true
      }
    }
    for (const m of u.em) {
      const prev = units[i - 1]
      const next = units[i + 1]
      const opens = !prev || !prev.em.includes(m)
      const closes = !next || !next.em.includes(m)
      const badStart = opens && (isWs(firstChar(u), md) || (isPunct(firstChar(u), md) && isWord(prev ? lastChar(prev) : null, md)))
      const badEnd = closes && (isWs(lastChar(u), md) || (isPunct(lastChar(u), md) && isWord(next ? firstChar(next) : null, md)))
      if (!badStart && !badEnd) continue
      const without = u.em.filter((e) => e !== m)
      if (u.kind === 'text' && [...u.text].length > 1) {
        const chars = [...u.text]
        const edge = badStart ? chars.shift()! : chars.pop()!
        const cut: Piece = { kind: 'text', text: edge, em: without }
        const rest: Piece = { ...u, text: chars.join('') }
        units.splice(i, 1, ...(badStart ? [cut, rest] : [rest, cut]))
      } else if (u.kind === 'link') {
        units[i] = { ...u, em: without, items: u.items.map((p) => ({ ...p, em: [...p.em, m] })) }
      } else {
        units[i] = { ...u, em: without }
      }
      return true
    }
  }
  return false
}

function emit(units: Unit[], ctx: InlineContext, withEm: boolean): string {
  const list = units.map((u) => (withEm ? u : { ...u, em: [] }))
  if (withEm) while (fixOneEdge(list, ctx.md));
  const extent = (from: number, m: Em) => {
    let k = from
    while (k < list.length && list[k]!.em.includes(m)) k++
    return k - from
  }
  let out = ''
  const stack: Em[] = []
  list.forEach((u, i) => {
    let keep = 0
    while (keep < stack.length && u.em.includes(stack[keep]!)) keep++
    while (stack.length > keep) out += DELIM[stack.pop()!]
    const open = u.em.filter((m) => !stack.includes(m)).sort((a, b) => extent(i, b) - extent(i, a) || EM_ORDER.indexOf(a) - EM_ORDER.indexOf(b))
    for (const m of open) {
      out += DELIM[m]
      stack.push(m)
    }
    if (u.kind === 'link') out += `[${emit(u.items, ctx, withEm)}](${linkDestination(u.href)})`
    else if (u.kind === 'code') out += codeSpan(u.text, ctx.inTable === true)
    else if (u.kind === 'raw') out += u.text
    else {
      // `!` right before a link would make it an image.
      const text = escapeInline(u.text).replace(/!$/, '\\!')
      out += ctx.inHeading ? text.replace(/#/g, '\\#') : text
    }
  })
  while (stack.length) out += DELIM[stack.pop()!]
  return out
}

function plainText(md: MarkdownIt, source: string): string {
  const collect = (tokens: Token[]): string =>
    tokens
      .map((t) => (t.children ? collect(t.children) : t.type === 'text' || t.type === 'code_inline' ? t.content : t.type.endsWith('break') ? '\n' : ''))
      .join('')
  return collect(md.parseInline(source, {}))
}

/** The inline content of a paragraph, heading or cell as one Markdown line (hard breaks split it). */
export function inlineMarkdown(content: readonly DocNode[], ctx: InlineContext): string {
  const units: Unit[] = []
  for (const p of pieces(content, ctx)) {
    const last = units.at(-1)
    if (p.href && last?.kind === 'link' && last.href === p.href) last.items.push({ kind: p.kind, text: p.text, em: p.em })
    else if (p.href) units.push({ kind: 'link', href: p.href, em: [], items: [{ kind: p.kind, text: p.text, em: p.em }] })
    else units.push({ kind: p.kind, text: p.text, em: p.em })
  }
  // Emphasis shared by every piece of a link is written around the link, the rest inside it.
  for (const u of units) {
    if (u.kind !== 'link') continue
    u.em = EM_ORDER.filter((m) => u.items.every((p) => p.em.includes(m)))
    u.items = u.items.map((p) => ({ ...p, em: p.em.filter((m) => !u.em.includes(m)) }))
  }
  const hasEm = units.some((u) => u.em.length || (u.kind === 'link' && u.items.some((p) => p.em.length)))
  const plain = emit(units, ctx, false)
  if (!hasEm) return plain
  const rich = emit(units, ctx, true)
  return plainText(ctx.md, rich) === plainText(ctx.md, plain) ? rich : plain
}
