// A table node as a grid of cells, spans expanded: what validation checks for shape and what
// Markdown (which has no spans) prints. A spanned position points at the cell that covers it.
import type { DocNode } from './doc-model'

export interface GridCell {
  cell: DocNode
  /** true at the cell's own top-left position, false where its span covers */
  origin: boolean
}

const span = (n: DocNode, key: 'colspan' | 'rowspan'): number => {
  const v = n.attrs?.[key]
  return typeof v === 'number' && Number.isInteger(v) && v > 1 ? v : 1
}

/** Rows of the grid; a row is as long as its cells and the spans reaching into it make it. */
export function tableGrid(table: DocNode): (GridCell | null)[][] {
  const rows = (table.content ?? []).filter((r) => r.type === 'tableRow')
  const grid: (GridCell | null)[][] = rows.map(() => [])
  rows.forEach((row, r) => {
    const line = grid[r]!
    let c = 0
    for (const cell of row.content ?? []) {
      while (line[c]) c++
      const cs = span(cell, 'colspan')
      const rs = span(cell, 'rowspan')
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cs; dc++) grid[r + dr]![c + dc] = { cell, origin: dr === 0 && dc === 0 }
      }
      c += cs
    }
  })
  // Holes (a row shorter than a span above it) stay null so callers can see them.
  return grid.map((line) => Array.from({ length: line.length }, (_, i) => line[i] ?? null))
}
