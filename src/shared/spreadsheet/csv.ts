// CSV text (already decoded) into a sheet table with papaparse: quoted cells may span lines,
// a leading BOM is dropped. The delimiter (comma, tab, semicolon, bar) is the one the header
// line uses most; papaparse's own guess gives up on files with blank lines.
import Papa from 'papaparse'
import { tableFromGrid, type SheetTable } from './table'
import { SpreadsheetError } from './xlsx'

const DELIMITERS = [',', '\t', ';', '|'] as const

export function guessDelimiter(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''
  const bare = first.replace(/"[^"]*"/g, '')
  let best: string = ','
  let most = 0
  for (const d of DELIMITERS) {
    const n = bare.split(d).length - 1
    if (n > most) [best, most] = [d, n]
  }
  return best
}

export function parseCsv(text: string): SheetTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const res = Papa.parse<string[]>(body, { delimiter: guessDelimiter(body), header: false, skipEmptyLines: false, dynamicTyping: false })
  // An unclosed quote swallows the rest of the file into one cell: refuse, naming where it opens.
  const open = res.errors.find((e) => e.code === 'MissingQuotes')
  if (open) {
    const row = (open.row ?? 0) + 1
    throw new SpreadsheetError(`第 ${row} 行：引号未闭合，其后内容都会被并入一个单元格 / row ${row}: a quoted cell is never closed, so the rest of the file would fall into one cell`)
  }
  // Row numbers as a spreadsheet shows them: one row per record, quoted line breaks included.
  return tableFromGrid(res.data.filter((r) => Array.isArray(r)))
}
