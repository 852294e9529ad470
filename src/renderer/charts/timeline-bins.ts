// Dense periods, aggregated: how many points each lane holds in the zoom window, which lanes
// are too crowded to draw point by point, and their counts by month or year. Typed arrays in,
// typed arrays out: no object per point, so it reruns on every zoom at 50,000 points.

export interface ViewWindow {
  /** Visible time span, in milliseconds. */
  from: number
  to: number
  /** Visible lanes, first and last (inclusive). */
  laneFrom: number
  laneTo: number
  /** The plot's size in pixels. */
  width: number
  height: number
}

export interface PointColumns {
  size: number
  x: Float64Array
  lane: Uint32Array
  month: Int32Array
}

const DAY = 86_400_000
/** Spans up to four years are binned by month, longer ones by year. */
export const MONTH_BINS_UP_TO = 4 * 365.25 * DAY
/** A lane is drawn point by point while its points are, on average, at least this far apart (px). */
export const POINT_SPACING = 10
/** With at most this many points in view, each is drawn with its title beside it. */
export const LABEL_LIMIT = 80
/** Otherwise, a lane with at most this many points in view still shows their titles. */
export const LANE_LABEL_LIMIT = 6

export type BinUnit = 'month' | 'year'

export function binUnit(span: number): BinUnit {
  return span <= MONTH_BINS_UP_TO ? 'month' : 'year'
}

export interface WindowPlan {
  /** 'labels': few points, each drawn and labelled; 'mixed': crowded lanes as bins, the rest as points. */
  mode: 'labels' | 'mixed'
  /** Points per lane inside the window (lanes outside the visible ones count 0). */
  counts: Uint32Array
  total: number
  /** 1 for a lane drawn as bins. */
  dense: Uint8Array
  /** 1 for a lane whose few points are drawn with their titles (all lanes in 'labels' mode). */
  labelled: Uint8Array
  unit: BinUnit
}

/** Most points a lane may show one by one in a plot this wide. */
export function pointLimit(width: number): number {
  return Math.max(12, Math.floor(width / POINT_SPACING))
}

export function planWindow(pts: PointColumns, laneCount: number, win: ViewWindow): WindowPlan {
  const counts = new Uint32Array(laneCount)
  let total = 0
  for (let i = 0; i < pts.size; i++) {
    const l = pts.lane[i]!
    const t = pts.x[i]!
    if (l < win.laneFrom || l > win.laneTo || t < win.from || t > win.to) continue
    counts[l]!++
    total++
  }
  const dense = new Uint8Array(laneCount)
  const labelled = new Uint8Array(laneCount)
  const mode = total <= LABEL_LIMIT ? 'labels' : 'mixed'
  const limit = pointLimit(win.width)
  for (let l = win.laneFrom; l <= win.laneTo && l < laneCount; l++) {
    if (mode === 'labels' || (counts[l]! > 0 && counts[l]! <= LANE_LABEL_LIMIT)) labelled[l] = 1
    else if (counts[l]! > limit) dense[l] = 1
  }
  return { mode, counts, total, dense, labelled, unit: binUnit(win.to - win.from) }
}

export interface LaneBins {
  size: number
  lane: Uint32Array
  /** The whole month or year of each bin, in milliseconds (end inclusive). */
  from: Float64Array
  to: Float64Array
  /** The mean time of each bin's points: where its marker goes (year-only dates sit on 1 January). */
  at: Float64Array
  count: Uint32Array
  /** The largest count, for sizing the markers. */
  max: number
  unit: BinUnit
}

const monthOf = (t: number) => {
  const d = new Date(t)
  return d.getUTCFullYear() * 12 + d.getUTCMonth()
}
const monthStart = (m: number) => Date.UTC(Math.floor(m / 12), m % 12, 1)

/**
 * Counts by month or year of the dense lanes' points, for every month or year the window
 * touches (a bin at the window's edge counts its whole period). Only non-empty bins are kept.
 */
export function binLanes(pts: PointColumns, win: ViewWindow, dense: Uint8Array, unit: BinUnit): LaneBins {
  const per = unit === 'year' ? 12 : 1
  const b0 = Math.floor(monthOf(win.from) / per)
  const b1 = Math.floor(monthOf(win.to) / per)
  const nb = b1 - b0 + 1
  const l0 = win.laneFrom
  const nl = Math.max(0, win.laneTo - l0 + 1)
  const grid = new Uint32Array(nl * nb)
  const sum = new Float64Array(nl * nb)
  for (let i = 0; i < pts.size; i++) {
    const l = pts.lane[i]!
    if (l < l0 || l >= l0 + nl || !dense[l]) continue
    const b = Math.floor(pts.month[i]! / per) - b0
    if (b < 0 || b >= nb) continue
    const c = (l - l0) * nb + b
    grid[c]!++
    sum[c]! += pts.x[i]!
  }
  let size = 0
  for (let c = 0; c < grid.length; c++) if (grid[c]) size++
  const out: LaneBins = { size, lane: new Uint32Array(size), from: new Float64Array(size), to: new Float64Array(size), at: new Float64Array(size), count: new Uint32Array(size), max: 0, unit }
  let k = 0
  for (let c = 0; c < grid.length; c++) {
    const n = grid[c]!
    if (!n) continue
    const b = (c % nb) + b0
    out.lane[k] = l0 + Math.floor(c / nb)
    out.from[k] = monthStart(b * per)
    out.to[k] = monthStart((b + 1) * per) - 1
    out.at[k] = sum[c]! / n
    out.count[k] = n
    if (n > out.max) out.max = n
    k++
  }
  return out
}
