// The timeline's zoom window: read back from the chart in data units (the time span and the
// lanes in view), and the windows the keyboard asks for (pan to a point, zoom around it).
// Shared by the chart component and the benchmark page.
import type { EChartsType } from 'echarts/core'
import type { ViewWindow } from './timeline-bins'
import type { Grid } from './timeline-option'

export function readWindow(chart: EChartsType, laneCount: number, grid: Grid): ViewWindow {
  const width = chart.getWidth()
  const height = chart.getHeight()
  const from = chart.convertFromPixel({ xAxisIndex: 0 }, grid.left)
  const to = chart.convertFromPixel({ xAxisIndex: 0 }, width - grid.right)
  // The lane axis runs top to bottom; a pixel just inside each edge names the lanes shown there.
  const top = chart.convertFromPixel({ yAxisIndex: 0 }, grid.top + 2)
  const bottom = chart.convertFromPixel({ yAxisIndex: 0 }, height - grid.bottom - 2)
  const lane = (v: number, fallback: number) => (Number.isFinite(v) ? Math.min(laneCount - 1, Math.max(0, Math.round(v))) : fallback)
  const a = lane(top, 0)
  const b = lane(bottom, laneCount - 1)
  return {
    from: Math.min(from, to),
    to: Math.max(from, to),
    laneFrom: Math.min(a, b),
    laneTo: Math.max(a, b),
    width: width - grid.left - grid.right,
    height: height - grid.top - grid.bottom,
  }
}

/** A span of the same length with `t` in its middle, kept inside [min, max]. */
export function centredOn(win: { from: number; to: number }, t: number, min: number, max: number): [number, number] {
  const span = Math.min(win.to - win.from, max - min)
  const from = Math.min(Math.max(min, t - span / 2), max - span)
  return [from, from + span]
}

/** The window zoomed by `factor` (< 1 zooms in) around `t`, no shorter than `minSpan`, inside [min, max]. */
export function zoomedAround(win: { from: number; to: number }, t: number, factor: number, min: number, max: number, minSpan: number): [number, number] {
  const span = Math.min(max - min, Math.max(minSpan, (win.to - win.from) * factor))
  // Keep t where it is on screen, proportionally.
  const share = win.to > win.from ? Math.min(1, Math.max(0, (t - win.from) / (win.to - win.from))) : 0.5
  const from = Math.min(Math.max(min, t - span * share), max - span)
  return [from, from + span]
}

/** The first lane of a screenful of `size` lanes that shows `lane`, moving as little as possible. */
export function lanesShowing(win: { laneFrom: number; laneTo: number }, lane: number, laneCount: number): [number, number] {
  const size = win.laneTo - win.laneFrom + 1
  if (lane >= win.laneFrom && lane <= win.laneTo) return [win.laneFrom, win.laneTo]
  const first = lane < win.laneFrom ? lane : Math.min(laneCount - size, lane - size + 1)
  return [Math.max(0, first), Math.max(0, first) + size - 1]
}
