// Facet filters for the policy list: level, province, type, status as of a day, topic, year,
// issuer and "has notes". Counts for each facet are taken with every *other* facet applied,
// so a reader sees what choosing a value would leave.
import { parsePartialDate } from '../dates/partial-date'
import type { PolicyLite } from './lite'
import { provinceOf } from '../regions/gbt2260'
import { statusAsOf } from './status'

export const FACETS = ['level', 'province', 'docType', 'status', 'topic', 'year', 'issuer', 'hasNotes'] as const
export type Facet = (typeof FACETS)[number]
export type Selection = Partial<Record<Facet, string[]>>
export const UNKNOWN = '∅'

export interface FacetContext {
  /** The day statuses are computed for (ms). */
  asOf: number
  /** Ids of policies that have at least one note. */
  withNotes: ReadonlySet<string>
}

/** The values a policy has for a facet (several for topics and issuers). */
export function facetValues(p: PolicyLite, facet: Facet, ctx: FacetContext): string[] {
  switch (facet) {
    case 'level':
      return [p.level]
    case 'province':
      return [p.level === 'national' ? 'national' : (provinceOf(p.regionCode) ?? UNKNOWN)]
    case 'docType':
      return [p.docType ?? UNKNOWN]
    case 'status':
      return [statusAsOf(p, ctx.asOf)]
    case 'topic':
      return p.topics.length ? p.topics : [UNKNOWN]
    case 'year': {
      const d = parsePartialDate(p.issued)
      return [d ? String(d.year) : UNKNOWN]
    }
    case 'issuer':
      return p.issuers.length ? p.issuers : [UNKNOWN]
    case 'hasNotes':
      return [ctx.withNotes.has(p.id) ? 'yes' : 'no']
  }
}

function matches(p: PolicyLite, sel: Selection, ctx: FacetContext, skip?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet === skip) continue
    const wanted = sel[facet]
    if (!wanted || wanted.length === 0) continue
    const have = facetValues(p, facet, ctx)
    if (!have.some((v) => wanted.includes(v))) return false
  }
  return true
}

export function filterPolicies(rows: readonly PolicyLite[], sel: Selection, ctx: FacetContext): PolicyLite[] {
  return rows.filter((p) => matches(p, sel, ctx))
}

export type FacetCounts = Record<Facet, Map<string, number>>

export function facetCounts(rows: readonly PolicyLite[], sel: Selection, ctx: FacetContext): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FacetCounts
  const active = FACETS.filter((f) => sel[f]?.length)
  for (const p of rows) {
    // Which facets this row fails; it counts toward facet F if it passes all but F.
    const failing = active.filter((f) => !facetValues(p, f, ctx).some((v) => sel[f]!.includes(v)))
    if (failing.length > 1) continue
    for (const facet of FACETS) {
      if (failing.length === 1 && failing[0] !== facet) continue
      const m = counts[facet]
      for (const v of facetValues(p, facet, ctx)) m.set(v, (m.get(v) ?? 0) + 1)
    }
  }
  return counts
}

export function toggle(sel: Selection, facet: Facet, value: string): Selection {
  const current = sel[facet] ?? []
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...sel, [facet]: next }
}

/**
 * The same filter and counts over many rows, fast: every row's facet values are coded as
 * integers once (per set of rows and as-of day), so a facet change is a pass over typed arrays.
 * `filter` keeps the order of the rows it was built with.
 */
type Coded = Record<Facet, { names: string[]; offsets: Int32Array; values: Int32Array }>

/** Codes rows [from, to) into the growing per-facet arrays of `acc`. */
function codeRows(acc: { dicts: Record<Facet, Map<string, number>>; coded: Coded; k: Record<Facet, number> }, rows: readonly PolicyLite[], ctx: FacetContext, from: number, to: number): void {
  for (const facet of FACETS) {
    const dict = acc.dicts[facet]
    const c = acc.coded[facet]
    let k = acc.k[facet]
    for (let i = from; i < to; i++) {
      c.offsets[i] = k
      for (const v of facetValues(rows[i]!, facet, ctx)) {
        let code = dict.get(v)
        if (code === undefined) {
          code = c.names.length
          dict.set(v, code)
          c.names.push(v)
        }
        if (k === c.values.length) {
          const grown = new Int32Array(c.values.length * 2)
          grown.set(c.values)
          c.values = grown
        }
        c.values[k++] = code
      }
    }
    c.offsets[to] = k
    acc.k[facet] = k
  }
}

function startCoding(n: number) {
  const dicts = {} as Record<Facet, Map<string, number>>
  const coded = {} as Coded
  const k = {} as Record<Facet, number>
  for (const f of FACETS) {
    dicts[f] = new Map()
    coded[f] = { names: [], offsets: new Int32Array(n + 1), values: new Int32Array(n + 16) }
    k[f] = 0
  }
  return { dicts, coded, k }
}

export class FacetTable {
  private readonly codes: Coded
  readonly size: number

  /** Codes every row at once; `FacetTable.build` does the same in slices, between frames. */
  constructor(
    private readonly rows: readonly PolicyLite[],
    ctx: FacetContext,
    coded?: Coded,
  ) {
    this.size = rows.length
    if (coded) this.codes = coded
    else {
      const acc = startCoding(rows.length)
      codeRows(acc, rows, ctx, 0, rows.length)
      this.codes = acc.coded
    }
  }

  /**
   * Builds the table in steps of `slice` rows, awaiting `pause()` whenever `budgetMs` of work
   * has passed, so the UI thread never blocks for long however slow the machine; resolves to
   * null when `cancelled()` turns true.
   */
  static async build(rows: readonly PolicyLite[], ctx: FacetContext, pause: () => Promise<void>, cancelled = () => false, slice = 500, budgetMs = 8): Promise<FacetTable | null> {
    const acc = startCoding(rows.length)
    await pause()
    if (cancelled()) return null
    let started = Date.now()
    for (let from = 0; from < rows.length; from += slice) {
      codeRows(acc, rows, ctx, from, Math.min(rows.length, from + slice))
      if (Date.now() - started >= budgetMs) {
        await pause()
        if (cancelled()) return null
        started = Date.now()
      }
    }
    if (rows.length === 0) codeRows(acc, rows, ctx, 0, 0)
    return new FacetTable(rows, ctx, acc.coded)
  }

  /** The chosen facets, each with its coded values and a lookup of wanted codes. */
  private wanted(sel: Selection): { facet: Facet; offsets: Int32Array; values: Int32Array; mask: Uint8Array }[] {
    const out: { facet: Facet; offsets: Int32Array; values: Int32Array; mask: Uint8Array }[] = []
    for (const facet of FACETS) {
      const chosen = sel[facet]
      if (!chosen?.length) continue
      const { names, offsets, values } = this.codes[facet]
      const mask = new Uint8Array(names.length)
      names.forEach((n, code) => (mask[code] = chosen.includes(n) ? 1 : 0))
      out.push({ facet, offsets, values, mask })
    }
    return out
  }

  /** Index in `wanted` of the first facet row i fails from `from` on, or -1. (Plain loops: this is the hot path.) */
  private static failsAt(i: number, wanted: { offsets: Int32Array; values: Int32Array; mask: Uint8Array }[], from: number): number {
    for (let j = from; j < wanted.length; j++) {
      const { offsets, values, mask } = wanted[j]!
      const end = offsets[i + 1]!
      let hit = false
      for (let k = offsets[i]!; k < end; k++) {
        if (mask[values[k]!]) {
          hit = true
          break
        }
      }
      if (!hit) return j
    }
    return -1
  }

  /** Rows that pass every chosen facet (and `only`, when given), in table order. */
  filter(sel: Selection, only?: (row: PolicyLite, i: number) => boolean): PolicyLite[] {
    const wanted = this.wanted(sel)
    const out: PolicyLite[] = []
    for (let i = 0; i < this.size; i++) {
      if (only && !only(this.rows[i]!, i)) continue
      if (FacetTable.failsAt(i, wanted, 0) === -1) out.push(this.rows[i]!)
    }
    return out
  }

  /** Counts per facet value with every other facet applied, like facetCounts. */
  counts(sel: Selection, only?: (row: PolicyLite, i: number) => boolean): FacetCounts {
    const wanted = this.wanted(sel)
    const all = FACETS.map((f) => this.codes[f])
    const tallies = all.map((c) => new Int32Array(c.names.length))
    const failIndex = FACETS.map(() => -1)
    wanted.forEach((w, j) => (failIndex[FACETS.indexOf(w.facet)] = j))
    for (let i = 0; i < this.size; i++) {
      if (only && !only(this.rows[i]!, i)) continue
      const first = FacetTable.failsAt(i, wanted, 0)
      if (first !== -1 && FacetTable.failsAt(i, wanted, first + 1) !== -1) continue
      for (let f = 0; f < all.length; f++) {
        // A row failing one chosen facet still counts toward that facet's values.
        if (first !== -1 && failIndex[f] !== first) continue
        const { offsets, values } = all[f]!
        const tally = tallies[f]!
        const end = offsets[i + 1]!
        for (let k = offsets[i]!; k < end; k++) tally[values[k]!]!++
      }
    }
    const out = {} as FacetCounts
    FACETS.forEach((facet, f) => {
      const m = new Map<string, number>()
      all[f]!.names.forEach((n, code) => tallies[f]![code]! && m.set(n, tallies[f]![code]!))
      out[facet] = m
    })
    return out
  }
}
