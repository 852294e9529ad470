// Block nodes of a briefing → docx paragraphs and tables. Headings use Word's Heading 1–4 styles
// (navigation pane and TOC), lists use real numbering definitions, quotes and code use named
// styles so the importer can recognise them; the reference list is derived from citations.ts.
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  PageBreak,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type IRunOptions,
} from 'docx'
import { formatReference, type ReferenceEntry } from '../citations'
import type { DocNode } from '../doc-model'
import { coverBlocks } from './cover'
import { chartBlocks, imageBlock, type FigureContext } from './figures'
import { inlineRuns, type InlineContext } from './inline'
import { BULLET_REF, STYLE_IDS, firstLineIndent, ordinalRef } from './styles'
import { tableBlock } from './table'
import type { PrintStyle } from '../doc-model'

export interface BlockContext extends InlineContext, FigureContext {
  printStyle: PrintStyle
  references: ReferenceEntry[]
  /** a fresh numbering instance per list, so each ordered list restarts at its start */
  nextInstance: () => number
}

/** Where a block sits: inside quotes (left indent and bar), a table cell, a header cell. */
interface Frame {
  indent: number
  quote: boolean
  cell: boolean
  run: Omit<IRunOptions, 'text' | 'children' | 'break'>
}

const TOP: Frame = { indent: 0, quote: false, cell: false, run: {} }
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const
const quoteBar = { left: { style: BorderStyle.SINGLE, size: 18, color: 'A6A6A6', space: 8 } }
const ALIGN: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
}

export const REFERENCES_TITLE = '参考文献'

function paragraph(n: DocNode, ctx: BlockContext, f: Frame): Paragraph {
  const align = ALIGN[String(n.attrs?.['textAlign'] ?? '')]
  return new Paragraph({
    children: inlineRuns(n.content, ctx, f.run),
    alignment: align ?? (f.cell ? AlignmentType.LEFT : AlignmentType.JUSTIFIED),
    indent: { left: f.indent, firstLine: f.cell || align === AlignmentType.CENTER ? 0 : firstLineIndent(ctx.style) },
    ...(f.quote ? { style: STYLE_IDS.blockquote, border: quoteBar } : {}),
  })
}

function listBlocks(n: DocNode, ctx: BlockContext, level: number, f: Frame): FileChild[] {
  const ordered = n.type === 'orderedList'
  const start = Math.max(1, Math.floor(Number(n.attrs?.['start'] ?? 1)) || 1)
  const reference = ordered ? ordinalRef(start) : BULLET_REF
  const instance = ctx.nextInstance()
  const lvl = Math.min(level, 8)
  const step = ctx.style.charTw
  const out: FileChild[] = []
  for (const item of n.content ?? []) {
    let first = true
    for (const child of item.content ?? []) {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        out.push(...listBlocks(child, ctx, level + 1, f))
      } else if (child.type === 'paragraph' && first) {
        out.push(new Paragraph({ children: inlineRuns(child.content, ctx, f.run), numbering: { reference, level: lvl, instance } }))
        first = false
      } else if (child.type === 'paragraph') {
        // A second paragraph of the same item lines up with the item's text, unnumbered.
        out.push(new Paragraph({ children: inlineRuns(child.content, ctx, f.run), indent: { left: step * (lvl + 1) + step / 2 } }))
      } else {
        out.push(...blockToDocx(child, ctx, f))
        first = false
      }
    }
  }
  return out
}

function referenceBlocks(ctx: BlockContext): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(REFERENCES_TITLE)] }),
    ...ctx.references.map((e) => new Paragraph({ style: STYLE_IDS.reference, children: [new TextRun(`[${e.n}]\t${formatReference(e)}`)] })),
  ]
}

function quoteBlock(n: DocNode, ctx: BlockContext, f: Frame): Paragraph[] {
  const text = String(n.attrs?.['text'] ?? '')
  const title = String(n.attrs?.['policyTitle'] ?? '')
  const lines = text.split(/\n+/).filter((l) => l.trim())
  const indent = { left: f.indent + ctx.style.charTw * 2, firstLine: firstLineIndent(ctx.style) }
  const out = lines.map((l) => new Paragraph({ style: STYLE_IDS.quote, indent, children: [new TextRun(l)] }))
  if (title) out.push(new Paragraph({ style: STYLE_IDS.quoteSource, children: [new TextRun(`——《${title}》`)] }))
  return out
}

export function blockToDocx(n: DocNode, ctx: BlockContext, f: Frame = TOP): FileChild[] {
  switch (n.type) {
    case 'paragraph':
      return [paragraph(n, ctx, f)]
    case 'heading': {
      const level = Math.min(4, Math.max(1, Number(n.attrs?.['level'] ?? 1) || 1))
      return [new Paragraph({ heading: HEADINGS[level - 1], children: inlineRuns(n.content, ctx, f.run) })]
    }
    case 'bulletList':
    case 'orderedList':
      return listBlocks(n, ctx, 0, f)
    case 'blockquote':
      return blocksToDocx(n.content ?? [], ctx, { ...f, quote: true, indent: f.indent + ctx.style.charTw * 2 })
    case 'codeBlock': {
      const lines = (n.content ?? []).map((c) => c.text ?? '').join('').split('\n')
      const children = lines.map((t, i) => new TextRun({ text: t, ...(i ? { break: 1 } : {}) }))
      return [new Paragraph({ style: STYLE_IDS.code, indent: { left: f.indent }, children })]
    }
    case 'horizontalRule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } }, children: [] })]
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })]
    case 'table':
      return [
        tableBlock(n, ctx.box.widthTw - f.indent, (content, header) =>
          blocksToDocx(content, ctx, { ...f, cell: true, indent: 0, run: header ? { ...f.run, bold: true } : f.run }),
        ),
      ]
    case 'image':
      return [imageBlock(n, ctx)]
    case 'chart':
      return chartBlocks(n, ctx)
    case 'cover':
      // A cover inside the document (the first one has a section of its own) gets its own page.
      return [new Paragraph({ children: [new PageBreak()] }), ...coverBlocks(n, ctx.printStyle), new Paragraph({ children: [new PageBreak()] })]
    case 'toc':
      return [
        new Paragraph({ style: STYLE_IDS.tocTitle, children: [new TextRun('目录')] }),
        new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-3' }),
      ]
    case 'referenceList':
      return ctx.references.length ? referenceBlocks(ctx) : []
    case 'quoteBlock':
      return quoteBlock(n, ctx, f)
    default: {
      // Unknown blocks keep their words: better a plain paragraph than a silent loss.
      if (n.content?.some((c) => c.type === 'paragraph' || c.type === 'heading')) return blocksToDocx(n.content, ctx, f)
      return n.content?.length || n.text ? [paragraph({ type: 'paragraph', content: n.content ?? [{ type: 'text', text: n.text ?? '' }] }, ctx, f)] : []
    }
  }
}

export function blocksToDocx(nodes: DocNode[], ctx: BlockContext, f: Frame = TOP): FileChild[] {
  return nodes.flatMap((n) => blockToDocx(n, ctx, f))
}

/** The reference list appended when the text cites records but has no referenceList block. */
export function trailingReferences(doc: DocNode, ctx: BlockContext): FileChild[] {
  const hasList = (doc.content ?? []).some(function has(n: DocNode): boolean {
    return n.type === 'referenceList' || (n.content ?? []).some(has)
  })
  return !hasList && ctx.references.length ? referenceBlocks(ctx) : []
}
