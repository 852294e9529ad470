// The capability matrix: one row per capability found in the compared records (each model
// category, modality, deployment, scenario and industry, and open source), one column per
// compared vendor or model, each cell naming the models or applications that give it.
import { DEPLOYMENTS, MODEL_CATEGORIES, SCENARIOS, type Model, type Vendor } from '../model/records'
import { applicationGiver, applicationsFor } from './gather'
import { CAPABILITY_GROUPS, type CapabilityGroup, type CapabilityRow } from './compare-types'

/** One compared column: a vendor with all its models, or one model (modelId) with its vendor. */
export interface CapabilitySubject {
  vendor: Vendor | null
  models: readonly Model[]
  modelId: string | null
}

interface Hit {
  group: CapabilityGroup
  value: string
  by: string
}

const ORDER: Partial<Record<CapabilityGroup, readonly string[]>> = { category: MODEL_CATEGORIES, deployment: DEPLOYMENTS, scenario: SCENARIOS }

function hits(s: CapabilitySubject, modelById: ReadonlyMap<string, Model>): Hit[] {
  const out: Hit[] = []
  for (const m of s.models) {
    const by = m.name
    out.push({ group: 'category', value: m.category, by })
    for (const value of m.modalities) out.push({ group: 'modality', value, by })
    if (m.openSource === true) out.push({ group: 'openSource', value: 'open', by })
    for (const value of m.deployment) out.push({ group: 'deployment', value, by })
    for (const value of m.industries) out.push({ group: 'industry', value, by })
  }
  for (const a of applicationsFor(s.vendor, s.modelId)) out.push({ group: 'scenario', value: a.scenario, by: applicationGiver(a, modelById) })
  return out
}

export function capabilityMatrix(subjects: readonly CapabilitySubject[], modelById: ReadonlyMap<string, Model>): CapabilityRow[] {
  const rows = new Map<string, CapabilityRow>()
  // Open source is always asked, so a matrix where no one opens a model still says so.
  rows.set('openSource\u0000open', { group: 'openSource', value: 'open', cells: subjects.map(() => []) })
  subjects.forEach((s, col) => {
    for (const h of hits(s, modelById)) {
      const key = `${h.group}\u0000${h.value}`
      const row = rows.get(key) ?? { group: h.group, value: h.value, cells: subjects.map(() => []) }
      const cell = row.cells[col]!
      if (!cell.includes(h.by)) cell.push(h.by)
      rows.set(key, row)
    }
  })
  const groupRank = (g: CapabilityGroup) => CAPABILITY_GROUPS.indexOf(g)
  const valueRank = (r: CapabilityRow) => {
    const order = ORDER[r.group]
    return order ? order.indexOf(r.value) : 0
  }
  // Stable sort: free-text values (modalities, industries) keep the order they were first met.
  return [...rows.values()].sort((a, b) => groupRank(a.group) - groupRank(b.group) || valueRank(a) - valueRank(b))
}
