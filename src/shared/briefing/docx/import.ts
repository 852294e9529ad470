// A .docx file → a new briefing: mammoth reads the Word file into simple XHTML (with a style map
// that recognises our own export's cover, contents, quotes and code), import-html.ts turns that
// into nodes. The input is untrusted: size and zip limits first, and no HTML survives as HTML.
import { unzipSync } from 'fflate'
import mammoth from 'mammoth'
import type { DocNode } from '../doc-model'
import { Converter, collectNotes, hasClass, parseHtml, textOf, type HNode } from './import-html'
import { STYLE_NAMES } from './styles'

export const MAX_DOCX_BYTES = 50 * 1024 * 1024
/** Declared uncompressed size of all parts: a zip bomb is refused before mammoth inflates it. */
export const MAX_DOCX_UNZIPPED = 400 * 1024 * 1024

export class DocxImportError extends Error {}

export interface DocxImport {
  doc: DocNode
  title: string
  messages: string[]
}

const COVER_FIELDS = ['label', 'serial', 'title', 'subtitle', 'unit', 'author', 'date'] as const
const cls = (name: string) => `pd-${name}`

const STYLE_MAP = [
  ...COVER_FIELDS.map((f) => {
    const name = STYLE_NAMES[`cover${f[0]!.toUpperCase()}${f.slice(1)}` as keyof typeof STYLE_NAMES]
    return `p[style-name='${name}'] => p.${cls(`cover-${f}`)}:fresh`
  }),
  `p[style-name='${STYLE_NAMES.tocTitle}'] => p.${cls('toc-title')}:fresh`,
  ...Array.from({ length: 9 }, (_, i) => `p[style-name='toc ${i + 1}'] => p.${cls('toc')}:fresh`),
  `p[style-name='${STYLE_NAMES.quote}'] => p.${cls('quote')}:fresh`,
  `p[style-name='${STYLE_NAMES.quoteSource}'] => p.${cls('quote-source')}:fresh`,
  `p[style-name='${STYLE_NAMES.code}'] => p.${cls('code')}:fresh`,
  `p[style-name='${STYLE_NAMES.reference}'] => p:fresh`,
  `p[style-name='${STYLE_NAMES.caption}'] => p:fresh`,
  `p[style-name='${STYLE_NAMES.blockquote}'] => blockquote > p:fresh`,
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  'u => u',
]

function checkSize(bytes: Uint8Array) {
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1)
    throw new DocxImportError(`文件过大（${mb} MB），DOCX 导入上限为 50 MB / the file is ${mb} MB; DOCX imports are limited to 50 MB`)
  }
  let total = 0
  try {
    // Reads only the zip directory: every entry is filtered out before it is inflated.
    unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize
        return false
      },
    })
  } catch {
    throw new DocxImportError('不是有效的 DOCX 文件 / not a valid DOCX file')
  }
  if (total > MAX_DOCX_UNZIPPED) {
    const mb = Math.round(total / 1024 / 1024)
    throw new DocxImportError(`DOCX 解压后过大（${mb} MB，上限 400 MB）/ the DOCX unpacks to ${mb} MB (limit 400 MB)`)
  }
}

class Blocks extends Converter {
  blocks(nodes: HNode[]): DocNode[] {
    const out: DocNode[] = []
    let tocSeen = false
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!
      if (n.tag === 'p' && COVER_FIELDS.some((f) => hasClass(n, cls(`cover-${f}`)))) {
        const attrs: Record<string, string> = Object.fromEntries(COVER_FIELDS.map((f) => [f, '']))
        while (i < nodes.length) {
          const field = COVER_FIELDS.find((f) => hasClass(nodes[i]!, cls(`cover-${f}`)))
          if (!field || attrs[field]) break
          attrs[field] = textOf(nodes[i]!).trim()
          i++
        }
        i--
        out.push({ type: 'cover', attrs })
      } else if (n.tag === 'p' && (hasClass(n, cls('toc')) || hasClass(n, cls('toc-title')))) {
        // Word's contents are generated; one toc block regenerates them from our headings.
        if (!tocSeen) out.push({ type: 'toc' })
        tocSeen = true
      } else if (n.tag === 'p' && hasClass(n, cls('quote'))) {
        const lines: string[] = []
        while (i < nodes.length && nodes[i]!.tag === 'p' && hasClass(nodes[i]!, cls('quote'))) lines.push(textOf(nodes[i++]!).trim())
        const source = nodes[i]?.tag === 'p' && hasClass(nodes[i]!, cls('quote-source')) ? textOf(nodes[i]!).trim() : null
        if (source === null) i--
        const policyTitle = source ? source.replace(/^——\s*《?/, '').replace(/》\s*$/, '') : ''
        out.push({ type: 'quoteBlock', attrs: { source: 'policy', policyId: null, noteId: null, policyTitle, text: lines.join('\n') } })
      } else if (n.tag === 'p' && hasClass(n, cls('code'))) {
        out.push({ type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: textOf(n) }] })
      } else out.push(...this.block(n))
    }
    return out
  }

  block(n: HNode): DocNode[] {
    const heading = /^h([1-6])$/.exec(n.tag)
    if (heading) return this.paragraphs(n, 'heading', { level: Math.min(4, Number(heading[1])), id: null })
    switch (n.tag) {
      case 'p':
        return this.paragraphs(n)
      case 'ul':
      case 'ol':
        return [this.list(n)]
      case 'table':
        return [this.table(n)]
      case 'blockquote':
        return [{ type: 'blockquote', content: withParagraph(this.blocks(n.children)) }]
      case 'img': {
        const img = this.image(n)
        return img ? [img] : []
      }
      case 'hr':
        return [{ type: 'horizontalRule' }]
      case '#text':
        return n.text?.trim() ? [{ type: 'paragraph', content: [{ type: 'text', text: n.text }] }] : []
      default:
        // Unknown wrappers: their blocks if they hold any, else their inline content as a paragraph.
        return n.children.some((c) => BLOCK_TAGS.has(c.tag)) ? this.blocks(n.children) : this.paragraphs(n)
    }
  }

  list(n: HNode): DocNode {
    const items = n.children.filter((c) => c.tag === 'li').map((li) => {
      const content: DocNode[] = []
      let inline: HNode[] = []
      const flush = () => {
        if (inline.length) content.push(...this.paragraphs({ tag: 'p', attrs: {}, children: inline }))
        inline = []
      }
      for (const c of li.children) {
        if (BLOCK_TAGS.has(c.tag)) {
          flush()
          content.push(...this.block(c))
        } else inline.push(c)
      }
      flush()
      return { type: 'listItem', content: withParagraph(content) }
    })
    return n.tag === 'ol' ? { type: 'orderedList', attrs: { start: 1 }, content: items } : { type: 'bulletList', content: items }
  }

  table(n: HNode): DocNode {
    const rows: HNode[] = []
    const gather = (x: HNode) => x.children.forEach((c) => (c.tag === 'tr' ? rows.push(c) : ['thead', 'tbody', 'tfoot'].includes(c.tag) ? gather(c) : undefined))
    gather(n)
    const span = (v: string | undefined) => Math.min(63, Math.max(1, Number(v) || 1))
    return {
      type: 'table',
      content: rows.map((tr) => ({
        type: 'tableRow',
        content: tr.children
          .filter((c) => c.tag === 'td' || c.tag === 'th')
          .map((c) => ({
            type: c.tag === 'th' ? 'tableHeader' : 'tableCell',
            attrs: { colspan: span(c.attrs['colspan']), rowspan: span(c.attrs['rowspan']), colwidth: null },
            content: withParagraph(
              c.children.some((x) => BLOCK_TAGS.has(x.tag)) ? this.blocks(c.children) : this.paragraphs(c),
            ),
          })),
      })),
    }
  }
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'hr', 'div'])

/** ProseMirror's list items, cells and quotes must start with (or contain) a paragraph. */
function withParagraph(content: DocNode[]): DocNode[] {
  return content[0]?.type === 'paragraph' ? content : [{ type: 'paragraph' }, ...content]
}

export async function docxToDoc(bytes: Uint8Array): Promise<DocxImport> {
  checkSize(bytes)
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build; JSZip takes either.
  const input = { arrayBuffer, buffer: bytes }
  let result: { value: string; messages: { type: string; message: string }[] }
  try {
    result = await mammoth.convertToHtml(input, { styleMap: STYLE_MAP, includeDefaultStyleMap: true })
  } catch (e) {
    throw new DocxImportError(`无法读取 DOCX / cannot read the DOCX: ${e instanceof Error ? e.message : String(e)}`)
  }
  const top = parseHtml(result.value)
  const { notes, lists } = collectNotes(top)
  const conv = new Blocks(notes)
  const content = conv.blocks(top.filter((n) => !lists.has(n)))
  const cover = content.find((n) => n.type === 'cover')
  const heading = content.find((n) => n.type === 'heading')
  const title = String(cover?.attrs?.['title'] ?? '') || (heading ? (heading.content ?? []).map((c) => c.text ?? '').join('').trim() : '')
  const messages = [...new Set([...result.messages.map((m) => m.message), ...conv.messages])].slice(0, 50)
  return { doc: { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] }, title, messages }
}
