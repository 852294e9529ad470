// What the vendor briefing blocks need worded by the app's language (labels, enum names, dates),
// and the few node constructors they share. Passed in so the builders stay pure and testable.
import type { CitationAttrs, DocMark, DocNode } from '../briefing/doc-model'
import type { CapabilityRow, CellItem, RowKey } from './compare-types'

export interface BlockWording {
  /** an item as read: enum values named, dates formatted, a release worded */
  item(item: CellItem): string
  /** a partial date as read ("2023年12月") */
  date(d: string | null): string
  row(key: RowKey): string
  capability(row: CapabilityRow): string
  labels: {
    /** heading of a comparison, e.g. "厂商对比：百度、阿里云" (already filled) */
    compareTitle: string
    matrixTitle: string
    /** the top-left header cell */
    field: string
    /** an empty cell */
    none: string
    /** a matrix cell the column gives */
    has: string
    models: string
    applications: string
    figures: string
    policies: string
    openSource: string
    parameters: string
  }
}

export const text = (s: string, marks?: DocMark[]): DocNode => (marks ? { type: 'text', text: s, marks } : { type: 'text', text: s })
export const paragraph = (content: DocNode[]): DocNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' })
export const cite = (attrs: CitationAttrs): DocNode => ({ type: 'citation', attrs: { ...attrs } })
export const bullets = (items: DocNode[][]): DocNode => ({ type: 'bulletList', content: items.map((c) => ({ type: 'listItem', content: [paragraph(c)] })) })

const cellAttrs = () => ({ colspan: 1, rowspan: 1, colwidth: null })
export const cell = (type: 'tableHeader' | 'tableCell', blocks: DocNode[]): DocNode => ({ type, attrs: cellAttrs(), content: blocks.length ? blocks : [paragraph([])] })
export const table = (rows: DocNode[][]): DocNode => ({ type: 'table', content: rows.map((content) => ({ type: 'tableRow', content })) })
