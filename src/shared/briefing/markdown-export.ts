// A briefing as GitHub-flavoured Markdown: what another editor, a wiki or a chat can take.
// Numbers come from citations.ts (citations [n] in order of first appearance, footnotes [^n]);
// our atoms become plain Markdown (cover → title block, chart → a caption line, page break →
// an HTML comment), so the file needs nothing beside it.
import { footnoteTexts, formatReference, referenceEntries, citationKey, tocEntries, type ReferenceEntry } from './citations'
import { walk, type DocNode } from './doc-model'
import { escapeInline, imageMarkdown, inlineMarkdown, type InlineContext } from './markdown-inline'
import { briefingMarkdownIt } from './markdown-parser'
import { tableGrid } from './table-grid'

export interface MarkdownExportOptions {
  lang?: 'zh' | 'en'
}

const WORDS = {
  zh: { references: '参考文献', contents: '目录', unit: '单位：', author: '作者：', date: '日期：', figure: '【图】', broken: '（记录已删除）' },
  en: { references: 'References', contents: 'Contents', unit: 'Unit: ', author: 'Author: ', date: 'Date: ', figure: 'Figure: ', broken: ' (record deleted)' },
}

export const PAGE_BREAK_MARKDOWN = '<!-- pagebreak -->'

interface Rendered {
  type: string
  md: string
}

interface State {
  words: (typeof WORDS)['zh']
  inline: InlineContext
  refs: ReferenceEntry[]
  refsPlaced: boolean
  doc: DocNode
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

/**
 * Keeps a rendered line meaning what it says at the start of a Markdown line: leading and
 * trailing whitespace (which the parser trims) as character references, and list, heading,
 * quote and rule markers escaped.
 */
function guardLines(s: string, inline: InlineContext, markers = true): string {
  const ws = (ch: string | undefined) => ch !== undefined && inline.md.utils.isWhiteSpace(ch.codePointAt(0) ?? 0)
  const ref = (ch: string) => `&#${ch.codePointAt(0)};`
  return s
    .split('\n')
    .map((line) => {
      let out = line
      const chars = [...out]
      if (ws(chars[0])) out = ref(chars[0]!) + chars.slice(1).join('')
      if (markers) out = out.replace(/^[#>+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2')
      const tail = [...out]
      if (!out.endsWith('\\') && ws(tail.at(-1))) out = tail.slice(0, -1).join('') + ref(tail.at(-1)!)
      return out
    })
    .join('\n')
}

function paragraphLine(n: DocNode, st: State): string {
  return guardLines(inlineMarkdown(n.content ?? [], st.inline), st.inline)
}

function referencesBlock(st: State): string {
  st.refsPlaced = true
  if (!st.refs.length) return ''
  const lines = st.refs.map((e) => `${e.n}. ${escapeInline(formatReference(e))}${e.broken ? st.words.broken : ''}`)
  return `## ${st.words.references}\n\n${lines.join('\n')}`
}

function coverBlock(n: DocNode, st: State): string {
  const a = n.attrs ?? {}
  const w = st.words
  const lines = [
    str(a['subtitle']),
    str(a['serial']),
    str(a['unit']) && w.unit + str(a['unit']),
    str(a['author']) && w.author + str(a['author']),
    str(a['date']) && w.date + str(a['date']),
    str(a['label']),
  ].filter((l) => l.trim() !== '')
  const parts: string[] = []
  if (str(a['title']).trim()) parts.push(`# ${guardLines(escapeInline(str(a['title'])).replace(/#/g, '\\#'), st.inline, false)}`)
  if (lines.length) parts.push(lines.map((l) => guardLines(escapeInline(l), st.inline)).join('\\\n'))
  return parts.join('\n\n')
}

function tocBlock(st: State): string {
  const entries = tocEntries(st.doc)
  if (!entries.length) return ''
  const min = Math.min(...entries.map((e) => e.level))
  let depth = -1
  const lines = entries.map((e) => {
    depth = Math.min(depth + 1, e.level - min)
    return `${'  '.repeat(depth)}- ${guardLines(escapeInline(e.text), st.inline)}`
  })
  return `**${st.words.contents}**\n\n${lines.join('\n')}`
}

function tableBlock(n: DocNode, st: State): string {
  const grid = tableGrid(n)
  const width = Math.max(0, ...grid.map((r) => r.length))
  if (!width) return ''
  const cellCtx: InlineContext = { ...st.inline, inTable: true }
  const cell = (c: DocNode | null): string => {
    if (!c) return ''
    const text = (c.content ?? [])
      .map((b) => (b.type === 'paragraph' || b.type === 'heading' ? inlineMarkdown(b.content ?? [], cellCtx) : escapeInline(blockText(b))))
      .filter((s) => s !== '')
      .join(' ')
      .replace(/\\\n/g, ' ')
    return guardLines(text, cellCtx, false)
  }
  const row = (r: number) => `| ${Array.from({ length: width }, (_, i) => cell(grid[r]?.[i]?.origin ? grid[r]![i]!.cell : null)).join(' | ')} |`
  const lines = [row(0), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`]
  for (let r = 1; r < grid.length; r++) lines.push(row(r))
  return lines.join('\n')
}

function blockText(n: DocNode): string {
  let s = ''
  walk(n, (c) => {
    if (c.type === 'text') s += c.text ?? ''
  })
  return s
}

function codeBlock(n: DocNode): string {
  const body = blockText(n)
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((r) => r.length))
  const fence = '`'.repeat(longest + 1)
  const lang = str(n.attrs?.['language']).replace(/[\s`]/g, '')
  return `${fence}${lang}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${fence}`
}

const indent = (s: string, by: number) => s.split('\n').map((l, i) => (i === 0 || l === '' ? l : ' '.repeat(by) + l)).join('\n')

function listBlock(n: DocNode, st: State, alternate: boolean): string {
  const ordered = n.type === 'orderedList'
  const start = Number.isInteger(n.attrs?.['start']) ? (n.attrs!['start'] as number) : 1
  return (n.content ?? [])
    .map((item, i) => {
      const marker = ordered ? `${start + i}${alternate ? ')' : '.'} ` : alternate ? '* ' : '- '
      const inner = blocks(item.content ?? [], st)
      const body = inner.map((b, k) => (k === 0 ? '' : b.type.endsWith('List') ? '\n' : '\n\n') + b.md).join('')
      return body ? marker + indent(body, marker.length) : marker.trimEnd()
    })
    .join('\n')
}

function quoteLines(s: string): string {
  return s
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n')
}

function block(n: DocNode, st: State, alternate: boolean): string {
  switch (n.type) {
    case 'paragraph':
      return paragraphLine(n, st)
    case 'heading': {
      const level = Math.min(4, Math.max(1, Number(n.attrs?.['level']) || 1))
      // A trailing run of # would be read as the heading's closing sequence.
      const text = inlineMarkdown(n.content ?? [], { ...st.inline, inHeading: true })
      return `${'#'.repeat(level)} ${guardLines(text, st.inline, false)}`.trimEnd()
    }
    case 'bulletList':
    case 'orderedList':
      return listBlock(n, st, alternate)
    case 'blockquote':
      return quoteLines(blocks(n.content ?? [], st).map((b) => b.md).join('\n\n'))
    case 'codeBlock':
      return codeBlock(n)
    case 'horizontalRule':
      return '---'
    case 'table':
      return tableBlock(n, st)
    case 'image':
      return imageMarkdown(n)
    case 'referenceList':
      return st.refsPlaced ? '' : referencesBlock(st)
    case 'pageBreak':
      return PAGE_BREAK_MARKDOWN
    case 'chart':
      return guardLines(escapeInline(st.words.figure + str(n.attrs?.['caption'])), st.inline)
    case 'cover':
      return coverBlock(n, st)
    case 'toc':
      return tocBlock(st)
    case 'quoteBlock': {
      const body = str(n.attrs?.['text'])
        .split(/\r?\n/)
        .map((l) => guardLines(escapeInline(l), st.inline))
        .join('\n\n')
      const title = str(n.attrs?.['policyTitle']).trim()
      return quoteLines(title ? `${body}\n\n——${escapeInline(`《${title}》`)}` : body)
    }
    default:
      return ''
  }
}

function blocks(nodes: readonly DocNode[], st: State): Rendered[] {
  const out: Rendered[] = []
  let prevList: { type: string; alternate: boolean } | null = null
  for (const n of nodes) {
    // Two lists of one kind in a row would merge when read back: the second changes marker.
    const alternate: boolean = prevList !== null && prevList.type === n.type ? !prevList.alternate : false
    const md = block(n, st, alternate)
    prevList = n.type === 'bulletList' || n.type === 'orderedList' ? { type: n.type, alternate } : null
    if (md !== '') out.push({ type: n.type, md })
  }
  return out
}

export function docToMarkdown(doc: DocNode, opts: MarkdownExportOptions = {}): string {
  const refs = referenceEntries(doc)
  const numbers = new Map(refs.map((e) => [e.key, e.n]))
  const footnotes = new Map<DocNode, number>()
  walk(doc, (n) => {
    if (n.type === 'footnote') footnotes.set(n, footnotes.size + 1)
  })
  const st: State = {
    words: WORDS[opts.lang ?? 'zh'],
    refs,
    refsPlaced: false,
    doc,
    inline: {
      md: briefingMarkdownIt(),
      citationNumber: (n) => numbers.get(citationKey(n.attrs?.['refKind'] === 'vendor' ? 'vendor' : 'policy', String(n.attrs?.['refId'] ?? ''))) ?? 0,
      footnoteNumber: (n) => footnotes.get(n) ?? 0,
    },
  }
  const parts = blocks(doc.content ?? [], st).map((b) => b.md)
  if (!st.refsPlaced && refs.length) parts.push(referencesBlock(st))
  const notes = footnoteTexts(doc)
  if (notes.length) parts.push(notes.map((t, i) => `[^${i + 1}]: ${escapeInline(t)}`).join('\n'))
  return parts.join('\n\n') + '\n'
}
