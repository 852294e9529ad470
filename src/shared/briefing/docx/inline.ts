// Inline content of a briefing → docx runs: text with its marks, http(s) links as hyperlinks,
// citations as superscript [n], footnotes as real Word footnotes, hard breaks as line breaks.
import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, TextRun, type IRunOptions, type ParagraphChild } from 'docx'
import { citationKey } from '../citations'
import { nodeText, type DocMark, type DocNode } from '../doc-model'
import { font, type DocxStyle } from './styles'

export interface InlineContext {
  style: DocxStyle
  /** citation number by `kind:id`, from citations.ts */
  citations: Map<string, number>
}

type RunProps = Omit<IRunOptions, 'text' | 'children' | 'break'>

/** Only web links leave the document; anything else (javascript:, file:, app:) stays text. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  try {
    const url = new URL(href.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

function markProps(marks: DocMark[] | undefined, ctx: InlineContext): RunProps {
  const p: { -readonly [K in keyof RunProps]: RunProps[K] } = {}
  for (const m of marks ?? []) {
    if (m.type === 'bold') p.bold = true
    else if (m.type === 'italic') p.italics = true
    else if (m.type === 'underline') p.underline = {}
    else if (m.type === 'strike') p.strike = true
    else if (m.type === 'superscript') p.superScript = true
    else if (m.type === 'subscript') p.subScript = true
    else if (m.type === 'code') {
      p.font = font(ctx.style.mono)
      p.shading = { fill: 'F2F2F2' }
    }
  }
  return p
}

const linkOf = (n: DocNode) => safeHref(n.marks?.find((m) => m.type === 'link')?.attrs?.['href'])

function runsOf(n: DocNode, ctx: InlineContext, base: RunProps): ParagraphChild[] {
  switch (n.type) {
    case 'text': {
      const props = { ...base, ...markProps(n.marks, ctx) }
      return [new TextRun({ ...props, text: n.text ?? '', ...(linkOf(n) ? { style: 'Hyperlink' } : {}) })]
    }
    case 'hardBreak':
      return [new TextRun({ ...base, break: 1 })]
    case 'citation': {
      const a = n.attrs ?? {}
      const num = ctx.citations.get(citationKey(a['refKind'] === 'vendor' ? 'vendor' : 'policy', String(a['refId'] ?? '')))
      return [new TextRun({ ...base, text: `[${num ?? '?'}]`, superScript: true })]
    }
    case 'footnote': {
      const text = String(n.attrs?.['text'] ?? '')
      const note = new Paragraph({
        style: 'FootnoteText',
        spacing: { line: 240, lineRule: 'auto' },
        children: [new TextRun({ text, size: ctx.style.footnoteSize })],
      })
      return [new FootnoteReferenceRun({ children: [note] })]
    }
    default: {
      const text = nodeText(n)
      return text ? [new TextRun({ ...base, text })] : []
    }
  }
}

/**
 * The runs of a paragraph-like node. Neighbouring text with the same web link becomes one
 * hyperlink, so a link split by a bold word stays one link in Word.
 */
export function inlineRuns(nodes: DocNode[] | undefined, ctx: InlineContext, base: RunProps = {}): ParagraphChild[] {
  const out: ParagraphChild[] = []
  const list = nodes ?? []
  let i = 0
  while (i < list.length) {
    const n = list[i]!
    const href = n.type === 'text' ? linkOf(n) : null
    if (!href) {
      out.push(...runsOf(n, ctx, base))
      i++
      continue
    }
    const children: ParagraphChild[] = []
    while (i < list.length && list[i]!.type === 'text' && linkOf(list[i]!) === href) {
      children.push(...runsOf(list[i]!, ctx, base))
      i++
    }
    out.push(new ExternalHyperlink({ link: href, children }))
  }
  return out
}
