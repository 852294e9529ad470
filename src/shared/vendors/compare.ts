// Side-by-side rows for 2–4 vendors (profile, models, open source, scenarios, milestones, linked
// policies, figures) or 2–4 models (their own fields), and the capability matrix beside them.
// Pure: the screen and the briefing word the items (see compare-types.ts).
import { comparePartialDates } from '../dates/partial-date'
import { DEPLOYMENTS, MODEL_CATEGORIES, SCENARIOS, type Model, type PolicyEvent, type Vendor, type VendorFigure } from '../model/records'
import { capabilityMatrix } from './capability-matrix'
import { applicationsFor, gather, modelsOf, type Gathered } from './gather'
import { MAX_COMPARED, MODEL_ROWS, VENDOR_ROWS, type Answer, type CellItem, type CompareData, type CompareKind, type CompareRow, type Comparison, type ItemGroup, type RowKey } from './compare-types'

/** The records behind `ids` that exist, each once, at most four, in the order given. */
export function pickCompared(kind: CompareKind, ids: readonly string[], data: CompareData): string[] {
  const known = new Set((kind === 'vendors' ? data.vendors : data.models).map((x) => x.id))
  return [...new Set(ids)].filter((id) => known.has(id)).slice(0, MAX_COMPARED)
}

export function compare(kind: CompareKind, ids: readonly string[], data: CompareData): Comparison {
  const picked = pickCompared(kind, ids, data)
  const vendorById = new Map(data.vendors.map((v) => [v.id, v]))
  const modelById = new Map(data.models.map((m) => [m.id, m]))
  if (kind === 'vendors') {
    const vendors = picked.map((id) => vendorById.get(id)!)
    return {
      kind,
      columns: vendors.map((v) => ({ id: v.id, name: v.name, vendor: v })),
      rows: VENDOR_ROWS.map((key) => ({ key, cells: vendors.map((v) => vendorCell(key, v, data)) })),
      matrix: capabilityMatrix(vendors.map((v) => ({ vendor: v, models: modelsOf(v.id, data.models), modelId: null })), modelById),
    }
  }
  const models = picked.map((id) => modelById.get(id)!)
  const vendorOf = (m: Model) => (m.vendorId ? (vendorById.get(m.vendorId) ?? null) : null)
  return {
    kind,
    columns: models.map((m) => ({ id: m.id, name: m.name, vendor: vendorOf(m) })),
    rows: MODEL_ROWS.map((key) => ({ key, cells: models.map((m) => modelCell(key, m, vendorOf(m), data.events)) })),
    matrix: capabilityMatrix(models.map((m) => ({ vendor: vendorOf(m), models: [m], modelId: m.id })), modelById),
  }
}

const one = (text: string | null, group?: ItemGroup): CellItem[] => (text === null ? [] : [group ? { text, group } : { text }])
const listed = (g: readonly Gathered[], group?: ItemGroup): CellItem[] => g.map(({ value, by }) => (group ? { text: value, group, by } : { text: value, by }))
const names = (m: Model) => m.name

function vendorCell(key: RowKey, v: Vendor, data: CompareData): CellItem[] {
  const models = modelsOf(v.id, data.models)
  switch (key) {
    case 'kind': return one(v.kind, 'vendorKind')
    case 'origin': return one(v.origin, 'origin')
    case 'region': return one(v.region)
    case 'models': return models.map((m) => ({ text: m.name, ref: { kind: 'model', id: m.id } }))
    case 'categories': return listed(gather(models, (m) => [m.category], names, MODEL_CATEGORIES), 'category')
    case 'modalities': return listed(gather(models, (m) => m.modalities, names))
    case 'openSource': {
      const open = models.filter((m) => m.openSource === true)
      if (open.length) return open.map((m) => ({ text: m.name, ref: { kind: 'model', id: m.id } }))
      return one(models.some((m) => m.openSource === false) ? 'no' : 'unknown', 'answer')
    }
    case 'deployment': return listed(gather(models, (m) => m.deployment, names, DEPLOYMENTS), 'deployment')
    case 'licences': return listed(gather(models, (m) => (m.licence ? [m.licence] : []), names))
    case 'scenarios': return scenarioItems(v, null, models)
    case 'milestones': return milestoneItems(models, data.events.filter((e) => e.vendorId === v.id || e.modelIds.some((id) => models.some((m) => m.id === id))))
    case 'policies': {
      const titles = new Map(data.policies.map((p) => [p.id, p.title]))
      return v.policyLinks.map((l) => ({ text: titles.get(l.policyId) ?? l.policyId, ref: { kind: 'policy', id: l.policyId } }))
    }
    case 'figures': return v.figures.map((f) => ({ text: figureText(f), date: f.date }))
    default: return []
  }
}

function modelCell(key: RowKey, m: Model, vendor: Vendor | null, events: readonly PolicyEvent[]): CellItem[] {
  switch (key) {
    case 'vendor': return vendor ? [{ text: vendor.name, ref: { kind: 'vendor', id: vendor.id } }] : []
    case 'category': return one(m.category, 'category')
    case 'modalities': return m.modalities.map((text) => ({ text }))
    case 'parameters': return one(m.parameters)
    case 'openSource': return one(answer(m.openSource), 'answer')
    case 'licence': return one(m.licence)
    case 'deployment': return m.deployment.map((text) => ({ text, group: 'deployment' }))
    case 'languages': return m.languages.map((text) => ({ text }))
    case 'released': return one(m.released, 'date')
    case 'industries': return m.industries.map((text) => ({ text }))
    case 'scenarios': return scenarioItems(vendor, m.id, [m])
    case 'milestones': return milestoneItems([m], events.filter((e) => e.modelIds.includes(m.id)), false)
    default: return []
  }
}

const answer = (v: boolean | null): Answer => (v === null ? 'unknown' : v ? 'yes' : 'no')

/** "超过1亿 用户" style: the qualifier, the number and its unit after the label. */
export function figureText(f: Pick<VendorFigure, 'label' | 'qualifier' | 'value' | 'unit'>): string {
  return `${f.label}：${f.qualifier ?? ''}${f.value}${f.unit}`
}

/** Application scenarios (enum, credited to application titles), then the models' industries. */
function scenarioItems(vendor: Vendor | null, modelId: string | null, models: readonly Model[]): CellItem[] {
  const apps = applicationsFor(vendor, modelId)
  return [...listed(gather(apps, (a) => [a.scenario], (a) => a.title, SCENARIOS), 'scenario'), ...listed(gather(models, (m) => m.industries, names))]
}

/**
 * Events, model milestones and releases, oldest first; each step once: a milestone an event of
 * the model already tells (same date) is left out, and so is a release a milestone or an event tells.
 */
function milestoneItems(models: readonly Model[], events: readonly PolicyEvent[], releases = true): CellItem[] {
  const items: CellItem[] = events.map((e) => ({ text: e.title, date: e.date, ref: { kind: 'event', id: e.id } }))
  for (const m of models) {
    const eventDates = new Set(events.filter((e) => e.modelIds.includes(m.id)).map((e) => e.date))
    for (const ms of m.milestones) if (!eventDates.has(ms.date)) items.push({ text: ms.title, date: ms.date, by: [m.name] })
    const told = eventDates.has(m.released ?? '') || m.milestones.some((ms) => ms.date === m.released)
    if (releases && m.released && !told) items.push({ text: m.name, date: m.released, released: true, ref: { kind: 'model', id: m.id } })
  }
  return items.sort((a, b) => comparePartialDates(a.date ?? null, b.date ?? null))
}

/** Rows where every cell is empty say nothing; the screen may fold them away. */
export const isEmptyRow = (row: CompareRow) => row.cells.every((c) => c.length === 0)
