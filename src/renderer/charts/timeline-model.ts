// The timeline's points in typed arrays: one entry per policy per lane, per industry event and
// per model release, with its time, lane, colour category and flags. Building it is one pass
// over the records; a point becomes an object (title, dates, summary) only when it is shown.
import { parsePartialDate, type PartialDate } from '@shared/dates/partial-date'
import type { Model, PolicyEvent } from '@shared/model/records'
import type { PolicyLite } from '@shared/policy/lite'
import { partialDateEnd, statusAsOf, type AsOfStatus } from '@shared/policy/status'
import { policyLanes, type GroupBy, type LaneInfo, type LaneNames } from './timeline-lanes'

export interface TimelineRecords {
  policies: readonly PolicyLite[]
  events?: readonly PolicyEvent[]
  models?: readonly Model[]
}

export type ColorBy = 'level' | 'topic' | 'status' | 'docType'

export const KIND_POLICY = 0
export const KIND_EVENT = 1
export const KIND_MODEL = 2
export const FLAG_DIMMED = 1
export const FLAG_APPROXIMATE = 2
/** The colour category of points that have none (events, model releases). */
export const NO_CATEGORY = 255

/** A vendor's model releases on one date, drawn as one point. */
export interface Release {
  modelIds: string[]
  vendorId: string | null
  names: string[]
  date: string
  /** The industry event that announced them, if there is one; else the first model's summary. */
  detail: string
}

export interface TimelineModel {
  lanes: LaneInfo[]
  size: number
  x: Float64Array
  lane: Uint32Array
  kind: Uint8Array
  /** Index into policies, events or releases, by kind. */
  ref: Uint32Array
  cat: Uint8Array
  flags: Uint8Array
  /** Months since year 0 (year × 12 + month − 1), for binning by month or year. */
  month: Int32Array
  /** Colour category keys, in first-seen order; `cat` indexes them. */
  categories: string[]
  /** Earliest and latest point, or null when nothing is dated. */
  extent: [number, number] | null
  policies: readonly PolicyLite[]
  events: readonly PolicyEvent[]
  releases: Release[]
}

export interface ModelOptions {
  groupBy: GroupBy
  colorBy: ColorBy
  asOf: number | null
  names: LaneNames & { vendors: string; eventsCn: string; eventsGlobal: string }
}

const IN_FORCE: ReadonlySet<AsOfStatus> = new Set(['issued', 'in_force', 'amended'])

export function categoryOf(p: PolicyLite, by: ColorBy, asOf: number): string {
  if (by === 'level') return p.level
  if (by === 'topic') return p.topics[0] ?? '∅'
  if (by === 'docType') return p.docType ?? '∅'
  return statusAsOf(p, asOf)
}

const utc = (d: PartialDate) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1)
const months = (d: PartialDate) => d.year * 12 + (d.month ?? 1) - 1

/** Model releases grouped by vendor and date; events that announced them are folded in. */
function vendorItems(events: readonly PolicyEvent[], models: readonly Model[]): { releases: Release[]; vendorEvents: number[]; otherEvents: number[] } {
  const byKey = new Map<string, Release>()
  const releaseOf = new Map<string, Release>()
  for (const m of models) {
    if (!m.released || !parsePartialDate(m.released)) continue
    const key = `${m.vendorId ?? ''}|${m.released}`
    let r = byKey.get(key)
    if (!r) byKey.set(key, (r = { modelIds: [], vendorId: m.vendorId, names: [], date: m.released, detail: m.summary }))
    r.modelIds.push(m.id)
    r.names.push(m.name)
    releaseOf.set(m.id, r)
  }
  const vendorEvents: number[] = []
  const otherEvents: number[] = []
  events.forEach((e, i) => {
    const announced = e.modelIds.map((id) => releaseOf.get(id)).find((r) => r && r.date === e.date)
    if (announced) announced.detail = e.summary ? `${e.title}：${e.summary}` : e.title
    else if (e.vendorId) vendorEvents.push(i)
    else otherEvents.push(i)
  })
  return { releases: [...byKey.values()], vendorEvents, otherEvents }
}

export function buildTimelineModel(records: TimelineRecords, opts: ModelOptions): TimelineModel {
  const policies = records.policies
  const events = records.events ?? []
  const { releases, vendorEvents, otherEvents } = vendorItems(events, records.models ?? [])
  const assigned = policyLanes(policies, opts.groupBy, opts.names)
  const lanes = [...assigned.lanes]
  const vendorLane = releases.length + vendorEvents.length ? lanes.push({ name: opts.names.vendors, nested: false, kind: 'vendor' }) - 1 : -1
  const scopeLane = { cn: -1, global: -1 }
  for (const scope of ['cn', 'global'] as const) {
    if (otherEvents.some((i) => events[i]!.scope === scope)) {
      scopeLane[scope] = lanes.push({ name: scope === 'cn' ? opts.names.eventsCn : opts.names.eventsGlobal, nested: false, kind: 'events' }) - 1
    }
  }

  const capacity = assigned.members.length + events.length + releases.length
  const x = new Float64Array(capacity)
  const lane = new Uint32Array(capacity)
  const kind = new Uint8Array(capacity)
  const ref = new Uint32Array(capacity)
  const cat = new Uint8Array(capacity).fill(NO_CATEGORY)
  const flags = new Uint8Array(capacity)
  const month = new Int32Array(capacity)
  const categories: string[] = []
  const catIndex = new Map<string, number>()
  const day = opts.asOf ?? Date.now()
  let n = 0
  let lo = Infinity
  let hi = -Infinity
  const put = (d: PartialDate, l: number, k: number, r: number, c: number, f: number) => {
    const t = utc(d)
    x[n] = t
    lane[n] = l
    kind[n] = k
    ref[n] = r
    cat[n] = c
    flags[n] = f
    month[n] = months(d)
    if (t < lo) lo = t
    if (t > hi) hi = t
    n++
  }

  for (let i = 0; i < policies.length; i++) {
    const p = policies[i]!
    const d = parsePartialDate(p.issued)
    if (!d) continue
    const key = categoryOf(p, opts.colorBy, day)
    let c = catIndex.get(key)
    if (c === undefined) {
      c = Math.min(categories.push(key) - 1, NO_CATEGORY - 1)
      catIndex.set(key, c)
    }
    let f = d.precision === 'year-or-later' ? FLAG_APPROXIMATE : 0
    if (opts.asOf !== null && !IN_FORCE.has(statusAsOf(p, opts.asOf))) f |= FLAG_DIMMED
    for (let j = assigned.start[i]!; j < assigned.start[i + 1]!; j++) put(d, assigned.members[j]!, KIND_POLICY, i, c, f)
  }
  const later = (t: number) => (opts.asOf !== null && t > opts.asOf ? FLAG_DIMMED : 0)
  const putEvent = (i: number, l: number) => {
    const d = parsePartialDate(events[i]!.date)
    if (d && l >= 0) put(d, l, KIND_EVENT, i, NO_CATEGORY, later(utc(d)))
  }
  for (const i of vendorEvents) putEvent(i, vendorLane)
  for (const i of otherEvents) putEvent(i, scopeLane[events[i]!.scope])
  releases.forEach((r, i) => {
    const d = parsePartialDate(r.date)!
    put(d, vendorLane, KIND_MODEL, i, NO_CATEGORY, later(utc(d)))
  })

  return {
    lanes,
    size: n,
    x: x.subarray(0, n),
    lane: lane.subarray(0, n),
    kind: kind.subarray(0, n),
    ref: ref.subarray(0, n),
    cat: cat.subarray(0, n),
    flags: flags.subarray(0, n),
    month: month.subarray(0, n),
    categories,
    extent: n ? [lo, hi] : null,
    policies,
    events,
    releases,
  }
}

export type DateField = 'issued' | 'published' | 'effective' | 'expires' | 'validity' | 'commentPeriod'

export interface PointLabels {
  fmtDate: (s: string | null) => string
  /** The name of a date field in tooltips (施行日期, 征求意见期…). */
  field?: (f: DateField) => string
}

export interface TimelinePoint {
  /** [time, lane], as drawn. */
  value: [number, number]
  /** Its index in the model. */
  index: number
  id: string
  kind: 'policy' | 'event' | 'model'
  name: string
  /** Shown beside the marker: an alias or a shortened title. */
  short: string
  date: string
  detail: string
  approximate: boolean
  /** Where a click on a vendor event or model release leads. */
  vendorId: string | null
  /** Further dates of a policy, for its tooltip. */
  dates: { label: string; value: string }[]
}

const shorten = (s: string, n = 14) => (s.length > n ? s.slice(0, n - 1) + '…' : s)

/** One point as an object, for tooltips, labels, clicks and the screen reader. */
export function pointAt(model: TimelineModel, i: number, labels: PointLabels): TimelinePoint {
  const base = { value: [model.x[i]!, model.lane[i]!] as [number, number], index: i, approximate: (model.flags[i]! & FLAG_APPROXIMATE) !== 0 }
  const r = model.ref[i]!
  const k = model.kind[i]!
  if (k === KIND_POLICY) {
    const p = model.policies[r]!
    const field = labels.field ?? ((f: DateField) => f)
    const dates: TimelinePoint['dates'] = []
    for (const f of ['published', 'effective', 'expires'] as const) if (p[f] && p[f] !== p.issued) dates.push({ label: field(f), value: labels.fmtDate(p[f]) })
    for (const f of ['validity', 'commentPeriod'] as const) {
      const span = p[f]
      if (span) dates.push({ label: field(f), value: `${labels.fmtDate(span.from)} — ${labels.fmtDate(span.to)}` })
    }
    return {
      ...base,
      id: p.id,
      kind: 'policy',
      name: p.title,
      // An alias that only names the place (北京) says less than the title.
      short: p.aliases.find((a) => !p.regionName.includes(a)) ?? shorten(p.title),
      date: labels.fmtDate(p.issued),
      detail: p.gist,
      vendorId: null,
      dates,
    }
  }
  if (k === KIND_EVENT) {
    const e = model.events[r]!
    return { ...base, id: e.id, kind: 'event', name: e.title, short: shorten(e.title), date: labels.fmtDate(e.date), detail: e.summary, vendorId: e.vendorId, dates: [] }
  }
  const rel = model.releases[r]!
  const name = rel.names.join('、')
  return { ...base, id: rel.modelIds[0]!, kind: 'model', name, short: shorten(name, 18), date: labels.fmtDate(rel.date), detail: rel.detail, vendorId: rel.vendorId, dates: [] }
}

/** Validity and comment periods of a policy point, as [start, end] in milliseconds. */
export function policySpans(model: TimelineModel, i: number): { kind: 'validity' | 'commentPeriod'; from: number; to: number }[] {
  if (model.kind[i] !== KIND_POLICY) return []
  const p = model.policies[model.ref[i]!]!
  const out: { kind: 'validity' | 'commentPeriod'; from: number; to: number }[] = []
  for (const kind of ['validity', 'commentPeriod'] as const) {
    const span = p[kind]
    const from = span ? parsePartialDate(span.from) : null
    const to = span ? parsePartialDate(span.to) : null
    if (!from || !to) continue
    // "2025 or later" ends, at the earliest, with 2025.
    const end = partialDateEnd(to.precision === 'year-or-later' ? String(to.year) : span!.to)!
    out.push({ kind, from: utc(from), to: end })
  }
  return out
}

/** Ids of the policies issued in [from, to], each once (a joint issuance sits in several lanes), newest first. */
export function policiesInSpan(model: TimelineModel, from: number, to: number): string[] {
  const seen = new Uint8Array(model.policies.length)
  const hits: number[] = []
  for (let i = 0; i < model.size; i++) {
    if (model.kind[i] !== KIND_POLICY || model.x[i]! < from || model.x[i]! > to) continue
    const r = model.ref[i]!
    if (seen[r]) continue
    seen[r] = 1
    hits.push(i)
  }
  hits.sort((a, b) => model.x[b]! - model.x[a]!)
  return hits.map((i) => model.policies[model.ref[i]!]!.id)
}
