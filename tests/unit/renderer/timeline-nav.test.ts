// Keyboard navigation over the timeline (previous/next in a lane, neighbouring lanes, first and
// last), the windows the keyboard asks for, and the per-lane counts behind the binned view.
import { describe, expect, it } from 'vitest'
import { navigate, navIndex } from '../../../src/renderer/charts/timeline-nav'
import { centredOn, lanesShowing, zoomedAround } from '../../../src/renderer/charts/timeline-window'
import { binLanes, binUnit, planWindow, pointLimit, type ViewWindow } from '../../../src/renderer/charts/timeline-bins'

// Lane 0: t = 1, 5, 9 (stored out of order); lane 1 empty; lane 2: t = 4, 10; lane 3: t = 6.
const x = Float64Array.from([9, 1, 4, 5, 10, 6])
const lane = Uint32Array.from([0, 0, 2, 0, 2, 3])
const idx = navIndex({ size: x.length, x, lane }, 4)
const at = (i: number | null) => (i === null ? null : [lane[i], x[i]])

describe('timeline keyboard navigation', () => {
  it('moves to the previous and next point in time within the lane, stopping at its ends', () => {
    const first = navigate(idx, null, 'next')
    expect(at(first)).toEqual([0, 1])
    const second = navigate(idx, first, 'next')
    expect(at(second)).toEqual([0, 5])
    expect(at(navigate(idx, second, 'next'))).toEqual([0, 9])
    expect(at(navigate(idx, navigate(idx, second, 'next'), 'next'))).toEqual([0, 9])
    expect(at(navigate(idx, second, 'prev'))).toEqual([0, 1])
    expect(at(navigate(idx, first, 'prev'))).toEqual([0, 1])
  })

  it('goes to the neighbouring lane with points, to the point nearest in time', () => {
    const five = 3
    // Lane 1 is empty: down goes to lane 2, whose nearest point to t = 5 is t = 4.
    const down = navigate(idx, five, 'down')
    expect(at(down)).toEqual([2, 4])
    expect(at(navigate(idx, down, 'down'))).toEqual([3, 6])
    expect(at(navigate(idx, down, 'up'))).toEqual([0, 5])
    // No lane above the first: stay.
    expect(navigate(idx, five, 'up')).toBe(five)
    const last = navigate(idx, down, 'down')
    expect(navigate(idx, last, 'down')).toBe(last)
  })

  it('Home and End go to the first and last point of the lane', () => {
    expect(at(navigate(idx, 3, 'first'))).toEqual([0, 1])
    expect(at(navigate(idx, 3, 'last'))).toEqual([0, 9])
  })

  it('starts at the first point in view: the top visible lane with points, from the window start', () => {
    expect(at(navigate(idx, null, 'next', { lane: 1, from: 5 }))).toEqual([2, 10])
    expect(at(navigate(idx, null, 'down', { lane: 0, from: 2 }))).toEqual([0, 5])
    expect(navigate(navIndex({ size: 0, x: new Float64Array(), lane: new Uint32Array() }, 2), null, 'next')).toBeNull()
  })
})

describe('keyboard zoom and pan', () => {
  it('centres a window of the same length on a point, inside the axis', () => {
    expect(centredOn({ from: 0, to: 10 }, 50, 0, 100)).toEqual([45, 55])
    expect(centredOn({ from: 0, to: 10 }, 98, 0, 100)).toEqual([90, 100])
  })
  it('zooms around a point, keeping it where it is, within limits', () => {
    expect(zoomedAround({ from: 0, to: 100 }, 50, 0.5, 0, 100, 1)).toEqual([25, 75])
    expect(zoomedAround({ from: 0, to: 100 }, 20, 0.5, 0, 100, 1)).toEqual([10, 60])
    expect(zoomedAround({ from: 40, to: 60 }, 50, 10, 0, 100, 1)).toEqual([0, 100])
    expect(zoomedAround({ from: 49, to: 51 }, 50, 0.1, 0, 100, 1)).toEqual([49.5, 50.5])
  })
  it('scrolls the lanes as little as needed to show one', () => {
    expect(lanesShowing({ laneFrom: 0, laneTo: 9 }, 4, 40)).toEqual([0, 9])
    expect(lanesShowing({ laneFrom: 0, laneTo: 9 }, 12, 40)).toEqual([3, 12])
    expect(lanesShowing({ laneFrom: 20, laneTo: 29 }, 5, 40)).toEqual([5, 14])
  })
})

describe('per-lane bins', () => {
  // 400 points in lane 0 over 2019–2020, 5 in lane 1.
  const n = 405
  const pts = { size: n, x: new Float64Array(n), lane: new Uint32Array(n), month: new Int32Array(n) }
  for (let i = 0; i < n; i++) {
    const t = Date.UTC(2019, 0, 1) + (i % 400) * 1.8 * 86_400_000
    const d = new Date(t)
    pts.x[i] = t
    pts.lane[i] = i < 400 ? 0 : 1
    pts.month[i] = d.getUTCFullYear() * 12 + d.getUTCMonth()
  }
  const win: ViewWindow = { from: Date.UTC(2018, 0, 1), to: Date.UTC(2021, 11, 31), laneFrom: 0, laneTo: 1, width: 1000, height: 300 }

  it('bins only the crowded lanes, by month up to four years and by year past that', () => {
    expect(pointLimit(1000)).toBe(100)
    const plan = planWindow(pts, 2, win)
    expect([...plan.dense]).toEqual([1, 0])
    expect(plan.unit).toBe('month')
    expect(binUnit(5 * 365 * 86_400_000)).toBe('year')
    const bins = binLanes(pts, win, plan.dense, plan.unit)
    expect([...bins.lane].every((l) => l === 0)).toBe(true)
    expect([...bins.count].reduce((a, b) => a + b, 0)).toBe(400)
    expect(bins.from[0]).toBe(Date.UTC(2019, 0, 1))
    expect(bins.to[0]).toBe(Date.UTC(2019, 1, 1) - 1)
    expect(bins.max).toBe(Math.max(...bins.count))
    // A marker sits at its points' mean time: January 2019 holds days 0–30.6, mean about the 16th.
    expect(Math.abs(bins.at[0]! - Date.UTC(2019, 0, 16))).toBeLessThan(86_400_000)
    const years = binLanes(pts, win, plan.dense, 'year')
    expect([...years.count]).toEqual([203, 197])
  })

  it('a lane leaves the bins once the window holds few enough of its points', () => {
    const narrow = { ...win, from: Date.UTC(2019, 2, 1), to: Date.UTC(2019, 4, 1) }
    const plan = planWindow(pts, 2, narrow)
    expect(plan.counts[0]).toBeLessThanOrEqual(pointLimit(narrow.width))
    expect([...plan.dense]).toEqual([0, 0])
    // Lanes out of view count nothing.
    expect(planWindow(pts, 2, { ...win, laneFrom: 1, laneTo: 1 }).counts[0]).toBe(0)
  })
})
