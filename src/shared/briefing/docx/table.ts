// Tiptap tables → Word tables: the grid is worked out with row and column spans (cells covered by
// a row span are absent in ProseMirror, docx inserts the continuation cells), leading header rows
// repeat on every page, column widths follow the editor's colwidth where it has one.
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx'
import type { DocNode } from '../doc-model'

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }

const span = (n: DocNode, key: 'colspan' | 'rowspan') => {
  const v = Number(n.attrs?.[key] ?? 1)
  return Number.isInteger(v) && v > 1 ? Math.min(v, 63) : 1
}

/** Column count and per-column pixel widths from the cells' spans and colwidth attributes. */
export function tableGrid(rows: DocNode[]): { columns: number; widths: (number | null)[]; startColumn: Map<DocNode, number> } {
  const pending: number[] = [] // rows still covered at each column by a row span from above
  const widths: (number | null)[] = []
  const startColumn = new Map<DocNode, number>()
  let columns = 0
  for (const row of rows) {
    let col = 0
    for (const cell of row.content ?? []) {
      while ((pending[col] ?? 0) > 0) col++
      const cs = span(cell, 'colspan')
      const rs = span(cell, 'rowspan')
      startColumn.set(cell, col)
      const cw = Array.isArray(cell.attrs?.['colwidth']) ? (cell.attrs['colwidth'] as unknown[]) : []
      for (let k = 0; k < cs; k++) {
        pending[col + k] = rs
        const w = Number(cw[k])
        if (widths[col + k] == null && Number.isFinite(w) && w > 0) widths[col + k] = w
      }
      col += cs
    }
    columns = Math.max(columns, col, pending.length)
    for (let c = 0; c < pending.length; c++) if ((pending[c] ?? 0) > 0) pending[c]!--
  }
  const count = Math.max(1, columns)
  return { columns: count, widths: Array.from({ length: count }, (_, i) => widths[i] ?? null), startColumn }
}

/** Column widths in twips that fill the text width, sharing it out where the editor gave none. */
export function columnWidths(grid: ReturnType<typeof tableGrid>, totalTw: number): number[] {
  const known = grid.widths.filter((w): w is number => w != null)
  const fallback = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1
  const px = grid.widths.map((w) => w ?? fallback)
  const sum = px.reduce((a, b) => a + b, 0)
  return px.map((w) => Math.max(200, Math.floor((w / sum) * totalTw)))
}

export type CellBlocks = (content: DocNode[], header: boolean) => FileChild[]

export function tableBlock(n: DocNode, widthTw: number, cellBlocks: CellBlocks): Table {
  const rows = (n.content ?? []).filter((r) => r.type === 'tableRow' && (r.content?.length ?? 0) > 0)
  const grid = tableGrid(rows)
  const widths = columnWidths(grid, widthTw)
  // Only the leading rows made of header cells repeat: Word's tblHeader works on the top rows.
  let headerRows = 0
  while (headerRows < rows.length && (rows[headerRows]!.content ?? []).every((c) => c.type === 'tableHeader')) headerRows++
  const trs = rows.map((row, ri) => {
    const cells = (row.content ?? []).map((cell) => {
      const header = cell.type === 'tableHeader'
      const cs = span(cell, 'colspan')
      const col = grid.startColumn.get(cell) ?? 0
      const width = widths.slice(col, col + cs).reduce((a, b) => a + b, 0) || widths[0]!
      const blocks = cellBlocks(cell.content ?? [], header).filter((b): b is Paragraph | Table => b instanceof Paragraph || b instanceof Table)
      return new TableCell({
        children: blocks.length ? blocks : [new Paragraph({ children: [] })],
        columnSpan: cs > 1 ? cs : undefined,
        rowSpan: span(cell, 'rowspan') > 1 ? span(cell, 'rowspan') : undefined,
        width: { size: width, type: WidthType.DXA },
        ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
      })
    })
    const isHeader = ri < headerRows
    return new TableRow({ children: cells, tableHeader: isHeader || undefined, cantSplit: isHeader || undefined })
  })
  return new Table({
    rows: trs,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
  })
}
