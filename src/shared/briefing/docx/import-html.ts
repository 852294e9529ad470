// mammoth's XHTML → briefing nodes. The HTML is parsed as XML into a small tree and only known
// elements become nodes; every other tag contributes its text. Nothing is kept as HTML, so markup
// in a document's text stays text (untrusted input).
import { XMLParser } from 'fast-xml-parser'
import type { DocMark, DocNode } from '../doc-model'
import { safeHref } from './inline'
import { decodeDataUrl } from './image-data'

export interface HNode {
  tag: string
  attrs: Record<string, string>
  children: HNode[]
  /** for tag '#text' */
  text?: string
}

const MAX_DEPTH = 200
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  unpairedTags: ['br', 'img', 'hr'],
})

type Ordered = Record<string, unknown>

function toTree(items: unknown, depth: number): HNode[] {
  if (!Array.isArray(items)) return []
  const out: HNode[] = []
  for (const item of items as Ordered[]) {
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') continue
      if (key === '#text') {
        out.push({ tag: '#text', attrs: {}, children: [], text: String(value) })
        continue
      }
      const rawAttrs = (item[':@'] ?? {}) as Record<string, unknown>
      const attrs: Record<string, string> = {}
      for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = String(v)
      // Deeper than any real document: keep the words, drop the structure.
      const children = depth < MAX_DEPTH ? toTree(value, depth + 1) : [{ tag: '#text', attrs: {}, children: [], text: flatText(value) }]
      out.push({ tag: key.toLowerCase(), attrs, children })
    }
  }
  return out
}

function flatText(items: unknown): string {
  if (!Array.isArray(items)) return ''
  const one = (i: Ordered) => Object.entries(i).map(([k, v]) => (k === '#text' ? String(v) : k === ':@' ? '' : flatText(v)))
  return (items as Ordered[]).map((i) => one(i).join('')).join('')
}

export function parseHtml(html: string): HNode[] {
  return toTree(parser.parse(`<root>${html}</root>`), 0)[0]?.children ?? []
}

export function textOf(n: HNode): string {
  return n.tag === '#text' ? (n.text ?? '') : n.tag === 'br' ? '\n' : n.children.map(textOf).join('')
}

const hasClass = (n: HNode, c: string) => (n.attrs['class'] ?? '').split(/\s+/).includes(c)
const NOTE_ID = /^(footnote|endnote)-(\d+)$/
const NOTE_REF = /^#(footnote|endnote)-(\d+)$/

/** Footnote and endnote texts by id, and the top-level lists that held them (to drop). */
export function collectNotes(top: HNode[]): { notes: Map<string, string>; lists: Set<HNode> } {
  const notes = new Map<string, string>()
  const lists = new Set<HNode>()
  for (const n of top) {
    if (n.tag !== 'ol' || !n.children.length || !n.children.every((li) => li.tag === 'li' && NOTE_ID.test(li.attrs['id'] ?? ''))) continue
    lists.add(n)
    for (const li of n.children) {
      // Drop mammoth's "↑" link back to the reference.
      const isBackLink = (c: HNode) => c.tag === 'a' && /^#(footnote|endnote)-ref-/.test(c.attrs['href'] ?? '')
      const strip = (x: HNode): HNode => ({ ...x, children: x.children.filter((c) => !isBackLink(c)).map(strip) })
      const text = strip(li).children.map(textOf).join('\n').replace(/\s*↑\s*$/, '').trim()
      notes.set(li.attrs['id']!, text)
    }
  }
  return { notes, lists }
}

const MARK: Record<string, DocMark['type']> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
  sup: 'superscript',
  sub: 'subscript',
  code: 'code',
}

export class Converter {
  readonly messages: string[] = []
  constructor(private readonly notes: Map<string, string>) {}

  private noteRef(n: HNode): DocNode | null {
    const m = n.tag === 'a' ? NOTE_REF.exec(n.attrs['href'] ?? '') : null
    if (!m) return null
    return { type: 'footnote', attrs: { text: this.notes.get(`${m[1]}-${m[2]}`) ?? '' } }
  }

  /** Inline content; images are returned separately so the caller can lift them to blocks. */
  inline(nodes: HNode[], marks: DocMark[] = [], out: DocNode[] = []): DocNode[] {
    for (const n of nodes) {
      if (n.tag === '#text') {
        if (n.text) pushText(out, n.text, marks)
        continue
      }
      if (n.tag === 'br') {
        out.push({ type: 'hardBreak' })
        continue
      }
      if (n.tag === 'img') {
        out.push(this.image(n) ?? { type: 'text', text: n.attrs['alt'] ? `【图片】${n.attrs['alt']}` : '【图片】' })
        continue
      }
      const note = this.noteRef(n) ?? (n.tag === 'sup' && n.children.length === 1 ? this.noteRef(n.children[0]!) : null)
      if (note) {
        out.push(note)
        continue
      }
      if (n.tag === 'a') {
        const href = safeHref(n.attrs['href'])
        this.inline(n.children, href ? [...marks, { type: 'link', attrs: { href } }] : marks, out)
        continue
      }
      const mark = MARK[n.tag]
      this.inline(n.children, mark && !marks.some((m) => m.type === mark) ? [...marks, { type: mark }] : marks, out)
    }
    return out
  }

  image(n: HNode): DocNode | null {
    const src = n.attrs['src'] ?? ''
    if (!decodeDataUrl(src)) {
      this.messages.push(`图片未导入（仅支持 PNG/JPEG/GIF）/ image skipped (only PNG, JPEG, GIF): ${src.slice(0, 30)}`)
      return null
    }
    return { type: 'image', attrs: { src, alt: n.attrs['alt'] ?? null, title: null } }
  }

  /** A paragraph-like element: its inline content, with images lifted out as blocks of their own. */
  paragraphs(n: HNode, type: 'paragraph' | 'heading' = 'paragraph', attrs?: Record<string, unknown>): DocNode[] {
    const out: DocNode[] = []
    let run: DocNode[] = []
    const flush = (force = false) => {
      if (run.length || force) out.push({ type, ...(attrs ? { attrs } : {}), ...(run.length ? { content: run } : {}) })
      run = []
    }
    for (const node of this.inline(n.children)) {
      if (node.type === 'image') {
        flush()
        out.push(node)
      } else run.push(node)
    }
    flush(out.length === 0 && type === 'heading')
    return out
  }
}

function sameMarks(a: DocMark[] | undefined, b: DocMark[]): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b)
}

function pushText(out: DocNode[], text: string, marks: DocMark[]) {
  const last = out[out.length - 1]
  if (last?.type === 'text' && sameMarks(last.marks, marks)) last.text = (last.text ?? '') + text
  else out.push({ type: 'text', text, ...(marks.length ? { marks: [...marks] } : {}) })
}

export { hasClass }
