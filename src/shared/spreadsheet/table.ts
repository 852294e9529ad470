// A sheet as rows of text with the header row found: the first of the top rows that names
// at least two known fields (a title row above the headers is common), else the first
// non-empty row. Row numbers are kept as the user sees them in Excel (header = its own row).
import { recogniseHeader } from './headers'

export interface SheetTable {
  headers: string[]
  rows: string[][]
  /** The 1-based row number of each data row in the file. */
  rowNumbers: number[]
  /** The 1-based row number of the header row. */
  headerRow: number
}

const MAX_COLUMNS = 16_384

function blank(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '')
}

export function tableFromGrid(grid: readonly string[][], gridRowNumbers?: readonly number[]): SheetTable {
  const numberOf = (i: number) => gridRowNumbers?.[i] ?? i + 1
  let head = -1
  for (let i = 0; i < Math.min(grid.length, 10); i++) {
    if (grid[i]!.filter((c) => recogniseHeader(c) !== null).length >= 2) {
      head = i
      break
    }
  }
  if (head < 0) head = grid.findIndex((r) => !blank(r))
  if (head < 0) return { headers: [], rows: [], rowNumbers: [], headerRow: 1 }
  const body = grid.slice(head + 1)
  let width = grid[head]!.length
  for (const r of body) width = Math.max(width, r.length)
  width = Math.min(width, MAX_COLUMNS)
  const headers = Array.from({ length: width }, (_, c) => (grid[head]![c] ?? '').trim())
  const rows: string[][] = []
  const rowNumbers: number[] = []
  body.forEach((r, i) => {
    if (blank(r)) return
    rows.push(Array.from({ length: width }, (_, c) => r[c] ?? ''))
    rowNumbers.push(numberOf(head + 1 + i))
  })
  return { headers, rows, rowNumbers, headerRow: numberOf(head) }
}
