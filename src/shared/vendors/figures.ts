// Figures as a Chinese reader writes them: 1万 枚, 300万 个, 70亿 参数, with the source's
// qualifier (超过, 约) in front. And a vendor's dated milestones, from events and models.
import { comparePartialDates } from '../dates/partial-date'
import type { Model, PolicyEvent, VendorFigure } from '../model/records'

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, '')
}

export function figureNumber(value: number): string {
  const abs = Math.abs(value)
  if (abs >= 1e8) return `${trim(value / 1e8)}亿`
  if (abs >= 1e4) return `${trim(value / 1e4)}万`
  return trim(value)
}

export function formatFigure(f: Pick<VendorFigure, 'value' | 'unit' | 'qualifier'>): string {
  return `${f.qualifier ?? ''}${figureNumber(f.value)} ${f.unit}`
}

export interface VendorMilestone {
  date: string
  title: string
  modelId: string | null
  kind: 'event' | 'release' | 'milestone'
}

/** Events of the vendor, its models' releases and their milestones: oldest first, each once. */
export function vendorMilestones(vendorId: string, models: readonly Model[], events: readonly PolicyEvent[]): VendorMilestone[] {
  const own = models.filter((m) => m.vendorId === vendorId)
  const out: VendorMilestone[] = events.filter((e) => e.vendorId === vendorId).map((e) => ({ date: e.date, title: e.title, modelId: e.modelIds[0] ?? null, kind: 'event' }))
  for (const m of own) {
    // each step once: an event of the model tells its milestone of the same date, and a
    // milestone or an event tells its release
    const eventDates = new Set(events.filter((e) => e.modelIds.includes(m.id)).map((e) => e.date))
    const told = eventDates.has(m.released ?? '') || m.milestones.some((s) => s.date === m.released)
    if (m.released && !told) out.push({ date: m.released, title: m.name, modelId: m.id, kind: 'release' })
    for (const s of m.milestones) if (!eventDates.has(s.date)) out.push({ date: s.date, title: `${m.name}：${s.title}`, modelId: m.id, kind: 'milestone' })
  }
  const seen = new Set<string>()
  return out
    .filter((x) => (seen.has(`${x.date}|${x.title}`) ? false : (seen.add(`${x.date}|${x.title}`), true)))
    .sort((a, b) => comparePartialDates(a.date, b.date) || a.title.localeCompare(b.title, 'zh-CN'))
}
