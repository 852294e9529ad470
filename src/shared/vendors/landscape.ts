// The landscape: model categories (rows) × industries and scenarios (columns), each cell the
// vendors with a model of that category used in that industry. A vendor whose models name no
// industry sits in the NONE column of its categories; one with no models in the NONE row.
import { MODEL_CATEGORIES, SCENARIOS, type Vendor } from '../model/records'
import { NONE, isScenario, type VendorEntry } from './facets'

export interface Landscape {
  rows: string[]
  columns: string[]
  /** Vendors of a cell, by name; empty when none. */
  cell: (row: string, column: string) => Vendor[]
}

const byName = (a: Vendor, b: Vendor) => a.name.localeCompare(b.name, 'zh-CN')

/** The (category, industry) pairs one vendor occupies. */
function pairs(e: VendorEntry): [string, string][] {
  const out: [string, string][] = []
  const categories = [...new Set(e.models.map((m) => m.category))]
  for (const m of e.models) for (const i of m.industries) if (i.trim()) out.push([m.category, i.trim()])
  for (const a of e.vendor.applications) {
    const model = a.modelId ? e.models.find((m) => m.id === a.modelId) : undefined
    for (const c of model ? [model.category] : categories.length ? categories : [NONE]) out.push([c, a.scenario])
  }
  for (const c of categories) if (!out.some(([k]) => k === c)) out.push([c, NONE])
  if (!out.length) out.push([NONE, NONE])
  return out
}

export function buildLandscape(entries: readonly VendorEntry[]): Landscape {
  const cells = new Map<string, Map<string, Vendor>>()
  const rows = new Set<string>()
  const columns = new Set<string>()
  for (const e of entries) {
    for (const [row, column] of pairs(e)) {
      rows.add(row)
      columns.add(column)
      const key = `${row}|${column}`
      const cell = cells.get(key) ?? new Map<string, Vendor>()
      cell.set(e.vendor.id, e.vendor)
      cells.set(key, cell)
    }
  }
  const free = [...columns].filter((c) => c !== NONE && !isScenario(c)).sort((a, b) => a.localeCompare(b, 'zh-CN'))
  return {
    rows: [...MODEL_CATEGORIES, NONE].filter((r) => rows.has(r)),
    columns: [...SCENARIOS.filter((s) => columns.has(s)), ...free, ...(columns.has(NONE) ? [NONE] : [])],
    cell: (row, column) => [...(cells.get(`${row}|${column}`)?.values() ?? [])].sort(byName),
  }
}
