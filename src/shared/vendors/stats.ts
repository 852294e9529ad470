// Counts behind the vendor charts: models per category, releases per year (open models apart
// from the rest, and industry events), and the dated list of open-source releases.
import { comparePartialDates, parsePartialDate } from '../dates/partial-date'
import { MODEL_CATEGORIES, type Model, type PolicyEvent, type Vendor } from '../model/records'

export function modelsPerCategory(models: readonly Model[]): { category: string; count: number }[] {
  return MODEL_CATEGORIES.map((category) => ({ category, count: models.filter((m) => m.category === category).length })).filter((c) => c.count > 0)
}

export interface ReleasesPerYear {
  years: number[]
  openModels: number[]
  otherModels: number[]
  events: number[]
  /** Models with no release date, left off the axis. */
  undatedModels: number
}

/** Every year from the first to the last dated model or event, gaps included. */
export function releasesPerYear(models: readonly Model[], events: readonly PolicyEvent[]): ReleasesPerYear {
  const open = new Map<number, number>()
  const other = new Map<number, number>()
  const evts = new Map<number, number>()
  const bump = (m: Map<number, number>, y: number) => m.set(y, (m.get(y) ?? 0) + 1)
  let undatedModels = 0
  for (const m of models) {
    const d = parsePartialDate(m.released)
    if (!d) undatedModels++
    else bump(m.openSource === true ? open : other, d.year)
  }
  for (const e of events) {
    const d = parsePartialDate(e.date)
    if (d) bump(evts, d.year)
  }
  const all = [...open.keys(), ...other.keys(), ...evts.keys()]
  const years = all.length ? Array.from({ length: Math.max(...all) - Math.min(...all) + 1 }, (_, i) => Math.min(...all) + i) : []
  return {
    years,
    openModels: years.map((y) => open.get(y) ?? 0),
    otherModels: years.map((y) => other.get(y) ?? 0),
    events: years.map((y) => evts.get(y) ?? 0),
    undatedModels,
  }
}

export interface OpenSourceRelease {
  id: string
  date: string
  title: string
  vendor: { id: string; name: string } | null
  models: { id: string; name: string }[]
}

/** The open-source release events, oldest first, with their vendor and model names. */
export function openSourceReleases(events: readonly PolicyEvent[], vendorById: ReadonlyMap<string, Vendor>, modelById: ReadonlyMap<string, Model>): OpenSourceRelease[] {
  return events
    .filter((e) => e.kind === 'open_source')
    .sort((a, b) => comparePartialDates(a.date, b.date) || a.title.localeCompare(b.title, 'zh-CN'))
    .map((e) => {
      const v = e.vendorId ? vendorById.get(e.vendorId) : undefined
      return {
        id: e.id,
        date: e.date,
        title: e.title,
        vendor: v ? { id: v.id, name: v.name } : null,
        models: e.modelIds.map((id) => ({ id, name: modelById.get(id)?.name ?? id })),
      }
    })
}
