// The briefing document as stored: ProseMirror JSON whose node and mark names are fixed here.
// The editor (renderer), the print renderer, the converters (Markdown, HTML, DOCX) and the
// citation numbering all read this one contract, so a node added here is added everywhere.

export interface DocMark {
  type: MarkName
  attrs?: Record<string, unknown>
}

export interface DocNode {
  type: string
  attrs?: Record<string, unknown>
  content?: DocNode[]
  text?: string
  marks?: DocMark[]
}

/** Marks: StarterKit's, plus underline and link (both in StarterKit 3). */
export const MARKS = ['bold', 'italic', 'underline', 'strike', 'code', 'link', 'superscript', 'subscript'] as const
export type MarkName = (typeof MARKS)[number]

/**
 * Nodes. Standard ones keep Tiptap's names and attributes; ours are atoms whose attributes
 * carry everything needed to print them without the database.
 */
export const NODES = [
  // Tiptap StarterKit
  'doc', 'paragraph', 'text', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote',
  'codeBlock', 'horizontalRule', 'hardBreak',
  // @tiptap/extension-table and -image
  'table', 'tableRow', 'tableHeader', 'tableCell', 'image',
  // Policy Desk
  'citation', 'footnote', 'referenceList', 'pageBreak', 'chart', 'cover', 'toc', 'quoteBlock',
] as const
export type NodeName = (typeof NODES)[number]

export type CitationKind = 'policy' | 'vendor'

/**
 * `citation` (inline atom): a live reference to a record. The attributes hold the last known
 * copy of what is printed, so a deleted record still prints (marked broken, never dropped).
 * Numbers are not stored: they follow the order of first appearance (see citations.ts).
 */
export interface CitationAttrs {
  refKind: CitationKind
  refId: string
  title: string
  /** 发文字号 for a policy; null for a vendor or a policy without one */
  docNumber: string | null
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or null */
  date: string | null
  /** issuing bodies (policy) or headquarters/type line (vendor), for the reference list */
  detail: string | null
  /** true once the record was found deleted */
  broken: boolean
}

/** `footnote` (inline atom): the note's text is an attribute; numbered in document order. */
export interface FootnoteAttrs {
  text: string
}

/** `heading`: levels 1–4; `id` is a stable anchor for the outline and the table of contents. */
export interface HeadingAttrs {
  level: 1 | 2 | 3 | 4
  id?: string | null
}

export const CHART_KINDS = ['policiesPerYear', 'regionTopicHeatmap', 'policiesByLevel', 'topicsBar'] as const
export type ChartKind = (typeof CHART_KINDS)[number]

/**
 * `chart` (block atom): a chart from the app's data, kept as SVG so print is crisp.
 * A live chart is redrawn from the database on refresh; a frozen one keeps its SVG.
 */
export interface ChartAttrs {
  chartKind: ChartKind
  /** filters used to draw it (e.g. { fromYear: 2017, level: 'national' }) */
  params: Record<string, string | number | null>
  caption: string
  /** SVG markup as drawn (sanitized on display) */
  svg: string
  frozen: boolean
  /** when the data was read (ms since epoch) */
  drawnAt: number
}

/** `cover` (block atom): the title page block of a report or a brief. */
export interface CoverAttrs {
  title: string
  subtitle: string
  unit: string
  author: string
  /** as printed, e.g. 2024年3月 */
  date: string
  serial: string
  /** distribution or classification label, e.g. 内部资料 注意保存 */
  label: string
}

export const EMPTY_COVER: CoverAttrs = { title: '', subtitle: '', unit: '', author: '', date: '', serial: '', label: '' }

/** `quoteBlock` (block): a quoted passage of a policy or a note, with its link back. */
export interface QuoteBlockAttrs {
  source: 'policy' | 'note'
  policyId: string | null
  noteId: string | null
  /** the policy's title as quoted, printed under the passage */
  policyTitle: string
  text: string
}

/** `pageBreak`, `toc` and `referenceList` have no attributes: they are computed when printed. */

/** The page styles a briefing can print in. */
export const PRINT_STYLES = ['modern', 'official'] as const
export type PrintStyle = (typeof PRINT_STYLES)[number]

/** How pages are numbered: "第 X 页 / 共 Y 页" or "— X —". */
export const PAGE_NUMBERINGS = ['chinese', 'dash'] as const
export type PageNumbering = (typeof PAGE_NUMBERINGS)[number]

export interface PrintSettings {
  style: PrintStyle
  pageNumbers: PageNumbering
  /** running header text; empty for none */
  header: string
}

export const DEFAULT_PRINT: PrintSettings = { style: 'modern', pageNumbers: 'chinese', header: '' }

/** Walks every node depth-first, in document order. */
export function walk(node: DocNode, visit: (n: DocNode, parent: DocNode | null) => void, parent: DocNode | null = null): void {
  visit(node, parent)
  for (const child of node.content ?? []) walk(child, visit, node)
}

/** The plain text of a node (atoms contribute their printed text). */
export function nodeText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'citation') return String(node.attrs?.['title'] ?? '')
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(nodeText).join('')
}
