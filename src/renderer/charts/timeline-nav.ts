// Keyboard navigation over the timeline's points: ←/→ to the previous or next point in time
// within a lane, ↑/↓ to the nearest point in time of the neighbouring lane (empty lanes are
// skipped), Home/End to a lane's first or last point. Pure: point indices in, index out.

export interface NavColumns {
  size: number
  x: Float64Array
  lane: Uint32Array
}

export interface NavIndex {
  /** Each lane's point indices, by time. */
  byLane: Uint32Array[]
  /** Where each point sits in its lane's list. */
  pos: Uint32Array
  x: Float64Array
  lane: Uint32Array
}

export type NavMove = 'prev' | 'next' | 'up' | 'down' | 'first' | 'last'

export function navIndex(pts: NavColumns, laneCount: number): NavIndex {
  const counts = new Uint32Array(laneCount)
  for (let i = 0; i < pts.size; i++) counts[pts.lane[i]!]!++
  const byLane = Array.from(counts, (n) => new Uint32Array(n))
  const fill = new Uint32Array(laneCount)
  for (let i = 0; i < pts.size; i++) {
    const l = pts.lane[i]!
    byLane[l]![fill[l]!++] = i
  }
  const pos = new Uint32Array(pts.size)
  for (const list of byLane) {
    list.sort((a, b) => pts.x[a]! - pts.x[b]! || a - b)
    list.forEach((p, k) => (pos[p] = k))
  }
  return { byLane, pos, x: pts.x, lane: pts.lane }
}

/** The index in `list` of the point nearest in time to t (the earlier one on a tie). */
function nearest(list: Uint32Array, x: Float64Array, t: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (x[list[mid]!]! < t) lo = mid + 1
    else hi = mid
  }
  if (lo === list.length) return lo - 1
  if (lo > 0 && t - x[list[lo - 1]!]! <= x[list[lo]!]! - t) return lo - 1
  return lo
}

/** The first non-empty lane from `lane` on, stepping by `step`; -1 when there is none. */
function laneWithPoints(idx: NavIndex, lane: number, step: 1 | -1): number {
  for (let l = lane; l >= 0 && l < idx.byLane.length; l += step) if (idx.byLane[l]!.length) return l
  return -1
}

/**
 * Where a key press moves the focus. With nothing focused yet, any move lands on the first
 * point at or after `start.from` in the first non-empty lane from `start.lane` down.
 */
export function navigate(idx: NavIndex, current: number | null, move: NavMove, start: { lane: number; from: number } = { lane: 0, from: -Infinity }): number | null {
  if (current === null) {
    const l = laneWithPoints(idx, start.lane, 1)
    const lane = l >= 0 ? l : laneWithPoints(idx, start.lane, -1)
    if (lane < 0) return null
    const list = idx.byLane[lane]!
    const k = list.findIndex((p) => idx.x[p]! >= start.from)
    return list[k >= 0 ? k : list.length - 1]!
  }
  const lane = idx.lane[current]!
  const list = idx.byLane[lane]!
  const k = idx.pos[current]!
  switch (move) {
    case 'prev':
      return list[Math.max(0, k - 1)]!
    case 'next':
      return list[Math.min(list.length - 1, k + 1)]!
    case 'first':
      return list[0]!
    case 'last':
      return list[list.length - 1]!
    case 'up':
    case 'down': {
      const step = move === 'up' ? -1 : 1
      const next = laneWithPoints(idx, lane + step, step)
      if (next < 0) return current
      const other = idx.byLane[next]!
      return other[nearest(other, idx.x, idx.x[current]!)]!
    }
  }
}
