// Small helpers the comparison and the capability matrix share: distinct values over a set of
// models with the models that give each, a vendor's models, and an application's giver.
import type { Application, Model, Vendor } from '../model/records'

export interface Gathered {
  value: string
  by: string[]
}

/** Distinct values, each with the names that give it; in `order` when given, else first seen. */
export function gather<T>(items: readonly T[], values: (x: T) => readonly string[], name: (x: T) => string, order?: readonly string[]): Gathered[] {
  const found = new Map<string, string[]>()
  for (const x of items) {
    for (const v of values(x)) {
      const by = found.get(v) ?? []
      if (!by.includes(name(x))) by.push(name(x))
      found.set(v, by)
    }
  }
  const out = [...found].map(([value, by]) => ({ value, by }))
  if (order) out.sort((a, b) => rank(order, a.value) - rank(order, b.value))
  return out
}

const rank = (order: readonly string[], v: string) => {
  const i = order.indexOf(v)
  return i < 0 ? order.length : i
}

export const modelsOf = (vendorId: string, models: readonly Model[]): Model[] => models.filter((m) => m.vendorId === vendorId)

/** An application is credited to its model when it names one the records hold, else to its own title. */
export function applicationGiver(a: Application, models: ReadonlyMap<string, Model>): string {
  const m = a.modelId ? models.get(a.modelId) : undefined
  return m ? m.name : a.title
}

/** The applications of a vendor (all of them) or of one model (those naming it). */
export function applicationsFor(vendor: Vendor | null, modelId: string | null): Application[] {
  if (!vendor) return []
  return modelId ? vendor.applications.filter((a) => a.modelId === modelId) : vendor.applications
}
