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
