// A comparison as briefing blocks: a heading, a table of the comparison rows with each compared
// vendor (or a model's vendor) cited live in the header, then the capability matrix as a table.
import { policyCitation, vendorCitation, type CitablePolicy } from '../briefing/citation-attrs'
import type { DocNode } from '../briefing/doc-model'
import { heading } from '../briefing/templates/nodes'
import { isEmptyRow } from './compare'
import type { CellItem, Comparison } from './compare-types'
import { cell, cite, paragraph, table, text, type BlockWording } from './block-wording'

const BOLD = [{ type: 'bold' as const }]

export function comparisonBlocks(c: Comparison, w: BlockWording, policies: ReadonlyMap<string, CitablePolicy>): DocNode[] {
  const head = [
    cell('tableHeader', [paragraph([text(w.labels.field)])]),
    ...c.columns.map((col) => cell('tableHeader', [paragraph([text(col.name), ...(col.vendor ? [cite(vendorCitation(col.vendor))] : [])])])),
  ]
  const body = c.rows.filter((r) => !isEmptyRow(r)).map((r) => [
    cell('tableCell', [paragraph([text(w.row(r.key), BOLD)])]),
    ...r.cells.map((items) => cell('tableCell', cellBlocks(items, w, policies))),
  ])
  const matrix = c.matrix.map((r) => [
    cell('tableCell', [paragraph([text(w.capability(r), BOLD)])]),
    ...r.cells.map((by) => cell('tableCell', [paragraph([text(by.length ? `${w.labels.has} ${by.join('、')}` : w.labels.none)])])),
  ])
  const matrixHead = [cell('tableHeader', [paragraph([text(w.labels.field)])]), ...c.columns.map((col) => cell('tableHeader', [paragraph([text(col.name)])]))]
  return [heading(1, w.labels.compareTitle), table([head, ...body]), heading(2, w.labels.matrixTitle), table([matrixHead, ...matrix])]
}

/** Dated items and policies one to a line (policies cited); the rest joined on one line. */
function cellBlocks(items: readonly CellItem[], w: BlockWording, policies: ReadonlyMap<string, CitablePolicy>): DocNode[] {
  if (!items.length) return [paragraph([text(w.labels.none)])]
  const lined = items.some((i) => i.date || i.ref?.kind === 'policy')
  if (!lined) return [paragraph([text(items.map((i) => w.item(i)).join('、'))])]
  return items.map((i) => {
    const p = i.ref?.kind === 'policy' ? policies.get(i.ref.id) : undefined
    const when = i.date ? `${w.date(i.date)} ` : ''
    return paragraph([text(`${when}${w.item(i)}`), ...(p ? [cite(policyCitation(p))] : [])])
  })
}
