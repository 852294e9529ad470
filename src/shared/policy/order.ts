// The default order of policies: newest first by issue date, undated last, ties by id. The
// desk worker sends every row in this order; the renderer keeps it through patches by merging
// (mergeInOrder) rather than checking or sorting 100,000 rows on the UI thread.
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

/**
 * `sorted` (in the default order) without the rows whose ids are in `drop`, with `add` placed
 * where they belong: each added row is found by binary search, so the cost is one copy of the
 * list and a few comparisons per added row.
 */
export function mergeInOrder<T extends Dated>(sorted: readonly T[], add: readonly T[], drop: ReadonlySet<string>): T[] {
  const kept = drop.size ? sorted.filter((r) => !drop.has(r.id)) : sorted.slice()
  if (!add.length) return kept
  const out: T[] = []
  let from = 0
  for (const a of byIssuedDesc(add)) {
    const ka = partialDateSortKey(a.issued)
    let lo = from
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const m = kept[mid]!
      if (before(partialDateSortKey(m.issued), ka, m, a)) lo = mid + 1
      else hi = mid
    }
    for (let i = from; i < lo; i++) out.push(kept[i]!)
    out.push(a)
    from = lo
  }
  for (let i = from; i < kept.length; i++) out.push(kept[i]!)
  return out
}
