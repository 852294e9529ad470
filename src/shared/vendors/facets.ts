// Facets for the vendor list: model category, origin, kind, region, open source and industry,
// plus a text query over names and aliases. Each facet's counts are taken with every *other*
// facet (and the query) applied, so a reader sees what choosing a value would leave.
import type { Model, PolicyEvent, Vendor } from '../model/records'
import { SCENARIOS } from '../model/records'

export const VENDOR_FACETS = ['category', 'origin', 'kind', 'region', 'openSource', 'industry'] as const
export type VendorFacet = (typeof VENDOR_FACETS)[number]
export type VendorSelection = Partial<Record<VendorFacet, string[]>>
export type VendorFacetCounts = Record<VendorFacet, Map<string, number>>
/** The value of a facet the records leave empty (no region, no models, no industry). */
export const NONE = '∅'
export const OPEN_VALUES = ['yes', 'no', NONE] as const

/** A vendor with its facet values and search text worked out once. */
export interface VendorEntry {
  vendor: Vendor
  models: Model[]
  values: Record<VendorFacet, string[]>
  /** Name and aliases, NFKC-folded and lowercased. */
  text: string
}

export const foldText = (s: string): string => s.normalize('NFKC').toLowerCase().trim()

const SCENARIO_SET: ReadonlySet<string> = new Set(SCENARIOS)
/** True for the SCENARIOS enum values; other industry values are free text from models. */
export const isScenario = (v: string): v is (typeof SCENARIOS)[number] => SCENARIO_SET.has(v)

/** yes: an open model (or an open-source release event); no: models, all closed; else unknown. */
function openSourceOf(models: readonly Model[], openByEvent: boolean): string {
  if (openByEvent || models.some((m) => m.openSource === true)) return 'yes'
  if (models.length && models.every((m) => m.openSource === false)) return 'no'
  return NONE
}

const orNone = (values: Iterable<string>): string[] => {
  const list = [...new Set(values)]
  return list.length ? list : [NONE]
}

export function vendorEntries(vendors: readonly Vendor[], models: readonly Model[], events: readonly PolicyEvent[] = []): VendorEntry[] {
  const byVendor = new Map<string, Model[]>()
  for (const m of models) if (m.vendorId) byVendor.set(m.vendorId, [...(byVendor.get(m.vendorId) ?? []), m])
  const openByEvent = new Set(events.filter((e) => e.kind === 'open_source' && e.vendorId).map((e) => e.vendorId!))
  return vendors.map((vendor) => {
    const own = byVendor.get(vendor.id) ?? []
    return {
      vendor,
      models: own,
      values: {
        category: orNone(own.map((m) => m.category)),
        origin: [vendor.origin],
        kind: [vendor.kind],
        region: [vendor.region?.trim() || NONE],
        openSource: [openSourceOf(own, openByEvent.has(vendor.id))],
        industry: orNone([...own.flatMap((m) => m.industries.map((i) => i.trim()).filter(Boolean)), ...vendor.applications.map((a) => a.scenario)]),
      },
      text: foldText([vendor.name, ...vendor.aliases].join('\n')),
    }
  })
}

const queryWords = (query: string): string[] => foldText(query).split(/\s+/).filter(Boolean)

/** Each query word (split on spaces) must occur in the name or an alias. */
export function matchesQuery(e: VendorEntry, query: string | readonly string[]): boolean {
  const words = typeof query === 'string' ? queryWords(query) : query
  return words.every((w) => e.text.includes(w))
}

function passes(e: VendorEntry, sel: VendorSelection, facet: VendorFacet): boolean {
  const wanted = sel[facet]
  return !wanted?.length || e.values[facet].some((v) => wanted.includes(v))
}

export function filterVendors(entries: readonly VendorEntry[], sel: VendorSelection, query = ''): VendorEntry[] {
  const words = queryWords(query)
  return entries.filter((e) => VENDOR_FACETS.every((f) => passes(e, sel, f)) && matchesQuery(e, words))
}

export function vendorFacetCounts(entries: readonly VendorEntry[], sel: VendorSelection, query = ''): VendorFacetCounts {
  const counts = Object.fromEntries(VENDOR_FACETS.map((f) => [f, new Map<string, number>()])) as VendorFacetCounts
  const words = queryWords(query)
  for (const e of entries) {
    if (!matchesQuery(e, words)) continue
    const failing = VENDOR_FACETS.filter((f) => !passes(e, sel, f))
    if (failing.length > 1) continue
    for (const facet of VENDOR_FACETS) {
      // A vendor failing one chosen facet still counts toward that facet's own values.
      if (failing.length === 1 && failing[0] !== facet) continue
      const m = counts[facet]
      for (const v of e.values[facet]) m.set(v, (m.get(v) ?? 0) + 1)
    }
  }
  return counts
}

export function toggleVendorFacet(sel: VendorSelection, facet: VendorFacet, value: string): VendorSelection {
  const current = sel[facet] ?? []
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...sel, [facet]: next }
}

export const hasSelection = (sel: VendorSelection, query = ''): boolean =>
  foldText(query) !== '' || VENDOR_FACETS.some((f) => sel[f]?.length)
