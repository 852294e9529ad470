// The default order of policies: newest first by issue date, undated last, ties by id. The
// desk worker sends rows in this order, so the renderer usually only checks it.
import { partialDateSortKey } from '../dates/partial-date'

type Dated = { id: string; issued: string | null }

function before(ka: number, kb: number, a: Dated, b: Dated): boolean {
  return ka > kb || (ka === kb && a.id < b.id)
}

/** The rows themselves when already in order (one pass), else a sorted copy. */
export function byIssuedDesc<T extends Dated>(rows: readonly T[]): readonly T[] {
  const key = new Float64Array(rows.length)
  rows.forEach((p, i) => (key[i] = partialDateSortKey(p.issued)))
  let sorted = true
  for (let i = 1; i < rows.length && sorted; i++) sorted = before(key[i - 1]!, key[i]!, rows[i - 1]!, rows[i]!)
  if (sorted) return rows
  const order = Array.from(rows.keys()).sort((a, b) => key[b]! - key[a]! || (rows[a]!.id < rows[b]!.id ? -1 : 1))
  return order.map((i) => rows[i]!)
}
