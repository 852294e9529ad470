// Markdown (a file the user picked) as a new briefing document. Untrusted: markdown-it runs with
// raw HTML off, so tags stay text and never become nodes; links keep only http(s) and in-app
// addresses (others keep their text); images only inline data or http(s).
// Footnotes (`[^n]` with `[^n]: text` lines) become footnote atoms; `<!-- pagebreak -->` a page break.
import type { Token } from 'markdown-it'
import type { DocMark, DocNode } from './doc-model'
import { briefingMarkdownIt, safeImageSrc, safeLinkHref } from './markdown-parser'
import { headingId } from './templates/nodes'

// Private-use characters stand in for footnote references and page breaks while markdown-it
// parses; any already in the file are removed first so they cannot be forged.
const REF_OPEN = '\uE000'
const REF_CLOSE = '\uE001'
const PAGE_BREAK = '\uE002'
const PLACEHOLDER_RE = /\uE000(\d+)\uE001/g

interface Prepared {
  source: string
  /** footnote text by reference index */
  notes: { label: string; text: string }[]
}

/** Lifts footnote definitions and page-break comments out of the text, outside code fences. */
function prepare(md: string, parseText: (s: string) => string): Prepared {
  const lines = md.replace(/[\uE000-\uE002]/g, '').replace(/\r\n?/g, '\n').split('\n')
  const defs = new Map<string, string>()
  const kept: string[] = []
  let fence: string | null = null
  const inFence: boolean[] = []
  for (const line of lines) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence) {
      kept.push(line)
      inFence.push(true)
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = null
      continue
    }
    if (f) {
      fence = f[1]!
      kept.push(line)
      inFence.push(true)
      continue
    }
    const def = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$/.exec(line)
    if (def) {
      defs.set(def[1]!, parseText(def[2]!.trim()))
      continue
    }
    if (/^ {0,3}<!--\s*pagebreak\s*-->\s*$/i.test(line)) {
      kept.push('', PAGE_BREAK, '')
      inFence.push(false, false, false)
      continue
    }
    kept.push(line)
    inFence.push(false)
  }
  const notes: Prepared['notes'] = []
  const source = kept
    .map((line, i) =>
      inFence[i]
        ? line
        : line.replace(/(^|[^\\])\[\^([^\]\s]+)\]/g, (all, before: string, label: string) => {
            const text = defs.get(label)
            if (text === undefined) return all
            notes.push({ label, text })
            return `${before}${REF_OPEN}${notes.length - 1}${REF_CLOSE}`
          }),
    )
    .join('\n')
  return { source, notes }
}

const isCjk = (ch: string | undefined) => ch !== undefined && /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch)

function sameMarks(a: DocMark[] | undefined, b: DocMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? [])
}

/** Inline tokens as nodes; images come out as block image nodes for the caller to lift. */
function inlineNodes(tokens: Token[], notes: Prepared['notes']): DocNode[] {
  const out: DocNode[] = []
  const marks: (DocMark | null)[] = []
  const push = (text: string, own?: DocMark[]) => {
    if (!text) return
    // emphasis nested in emphasis (*a *b* c*) opens the same mark twice: a node takes each once
    const m = own ?? marks.filter((x, i): x is DocMark => x !== null && marks.findIndex((y) => y?.type === x.type) === i)
    const last = out.at(-1)
    if (last?.type === 'text' && sameMarks(last.marks, m.length ? m : undefined)) last.text += text
    else out.push(m.length ? { type: 'text', text, marks: m.map((x) => ({ ...x })) } : { type: 'text', text })
  }
  const pushText = (text: string) => {
    let at = 0
    for (const hit of text.matchAll(PLACEHOLDER_RE)) {
      push(text.slice(at, hit.index))
      out.push({ type: 'footnote', attrs: { text: notes[Number(hit[1])]?.text ?? '' } })
      at = hit.index + hit[0].length
    }
    push(text.slice(at))
  }
  const restore = (s: string) => restoreRefs(s, notes)
  tokens.forEach((t, i) => {
    switch (t.type) {
      case 'text':
        pushText(t.content)
        break
      case 'code_inline':
        push(restore(t.content), [{ type: 'code' }])
        break
      case 'softbreak': {
        // A line break inside a paragraph is a space, except between Chinese characters.
        const before = [...(out.at(-1)?.text ?? '')].at(-1)
        const after = tokens[i + 1]?.content?.[0]
        push(isCjk(before) && isCjk(after) ? '' : ' ')
        break
      }
      case 'hardbreak':
        out.push({ type: 'hardBreak' })
        break
      case 'strong_open':
        marks.push({ type: 'bold' })
        break
      case 'em_open':
        marks.push({ type: 'italic' })
        break
      case 's_open':
        marks.push({ type: 'strike' })
        break
      case 'link_open': {
        const href = safeLinkHref(String(t.attrGet('href') ?? ''))
        marks.push(href ? { type: 'link', attrs: { href } } : null)
        break
      }
      case 'strong_close':
      case 'em_close':
      case 's_close':
      case 'link_close':
        marks.pop()
        break
      case 'image': {
        const src = safeImageSrc(String(t.attrGet('src') ?? ''))
        const alt = restore(t.children ? plainOf(t.children) : t.content)
        if (src) out.push({ type: 'image', attrs: { src, alt: alt || null, title: t.attrGet('title') ? String(t.attrGet('title')) : null } })
        else pushText(alt)
        break
      }
      default:
        // html_inline cannot occur (html is off); anything unknown keeps its text.
        if (t.content) pushText(t.content)
    }
  })
  return out
}

/** Code keeps `[^n]` as written: the stand-ins go back to the original text. */
function restoreRefs(s: string, notes: Prepared['notes']): string {
  return s.replace(PLACEHOLDER_RE, (_, i: string) => `[^${notes[Number(i)]?.label ?? ''}]`)
}

function plainOf(tokens: Token[]): string {
  return tokens.map((t) => (t.children ? plainOf(t.children) : t.type === 'text' || t.type === 'code_inline' ? t.content : '')).join('')
}

/** A paragraph's inline nodes as blocks: images lifted out, the page-break stand-in replaced. */
function paragraphBlocks(inline: DocNode[]): DocNode[] {
  if (inline.length === 1 && inline[0]!.type === 'text' && inline[0]!.text?.trim() === PAGE_BREAK && !inline[0]!.marks) return [{ type: 'pageBreak' }]
  const out: DocNode[] = []
  let run: DocNode[] = []
  const flush = () => {
    const meaningful = run.some((n) => n.type !== 'hardBreak' && !(n.type === 'text' && !n.text?.trim()))
    if (meaningful) out.push({ type: 'paragraph', content: run })
    run = []
  }
  for (const n of inline) {
    if (n.type === 'image') {
      flush()
      out.push(n)
    } else run.push(n)
  }
  if (run.length || !out.length) {
    if (!out.length) out.push(run.length ? { type: 'paragraph', content: run } : { type: 'paragraph' })
    else flush()
  }
  return out
}

const cellAttrs = () => ({ colspan: 1, rowspan: 1, colwidth: null })

export function markdownToDoc(md: string): DocNode {
  const parser = briefingMarkdownIt()
  const prepared = prepare(md, (s) => plainOf(parser.parseInline(s, {})))
  const tokens = parser.parse(prepared.source, {})
  const root: DocNode = { type: 'doc', content: [] }
  const stack: DocNode[] = [root]
  const top = () => stack.at(-1)!
  const append = (...nodes: DocNode[]) => (top().content ??= []).push(...nodes)
  const open = (node: DocNode) => {
    append(node)
    stack.push(node)
  }
  const close = () => {
    const n = stack.pop()!
    if (n.type === 'listItem' && n.content?.[0]?.type !== 'paragraph') n.content = [{ type: 'paragraph' }, ...(n.content ?? [])]
    if ((n.type === 'tableCell' || n.type === 'tableHeader' || n.type === 'blockquote') && !n.content?.length) n.content = [{ type: 'paragraph' }]
    if ((n.type === 'paragraph' || n.type === 'heading') && !n.content?.length) delete n.content
  }
  for (const t of tokens) {
    switch (t.type) {
      case 'heading_open':
        open({ type: 'heading', attrs: { level: Math.min(4, Number(t.tag.slice(1)) || 1), id: headingId() }, content: [] })
        break
      case 'paragraph_open':
        stack.push({ type: 'paragraph', content: [] })
        break
      case 'paragraph_close': {
        const p = stack.pop()!
        append(...paragraphBlocks(p.content ?? []))
        break
      }
      case 'bullet_list_open':
        open({ type: 'bulletList', content: [] })
        break
      case 'ordered_list_open':
        open({ type: 'orderedList', attrs: { start: Number(t.attrGet('start') ?? 1) || 1 }, content: [] })
        break
      case 'list_item_open':
        open({ type: 'listItem', content: [] })
        break
      case 'blockquote_open':
        open({ type: 'blockquote', content: [] })
        break
      case 'table_open':
        open({ type: 'table', content: [] })
        break
      case 'tr_open':
        open({ type: 'tableRow', content: [] })
        break
      case 'th_open':
        open({ type: 'tableHeader', attrs: cellAttrs(), content: [] })
        break
      case 'td_open':
        open({ type: 'tableCell', attrs: cellAttrs(), content: [] })
        break
      case 'heading_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
      case 'table_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
        close()
        break
      case 'fence':
      case 'code_block': {
        const text = restoreRefs(t.content, prepared.notes).replace(/\n$/, '')
        const language = t.info.trim().split(/\s+/)[0] || null
        append(text ? { type: 'codeBlock', attrs: { language }, content: [{ type: 'text', text }] } : { type: 'codeBlock', attrs: { language } })
        break
      }
      case 'hr':
        append({ type: 'horizontalRule' })
        break
      case 'inline': {
        const nodes = inlineNodes(t.children ?? [], prepared.notes)
        const here = top()
        if (here.type === 'tableCell' || here.type === 'tableHeader') append(...paragraphBlocks(nodes))
        else if (here.type === 'heading') append(...nodes.filter((n) => n.type !== 'image'))
        else append(...nodes)
        break
      }
      default:
        // thead/tbody carry no node; html_block cannot occur with html off.
        break
    }
  }
  if (!root.content?.length) root.content = [{ type: 'paragraph' }]
  return root
}
