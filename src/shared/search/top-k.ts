// The k best of many scored documents without sorting them all: a bounded heap whose root is
// the worst kept doc. Order is score descending, then doc number ascending (as a full sort).

/** Doc numbers among docs[0, count) that pass `keep`, best first, at most k of them. */
export function topK(docs: Int32Array, count: number, score: Float64Array, k: number, keep: ((doc: number) => boolean) | null): number[] {
  if (k <= 0) return []
  const heap = new Int32Array(Math.min(k, count))
  let size = 0
  // a ranks below b: lower score, or the same score and a later doc.
  const below = (a: number, b: number) => score[a]! < score[b]! || (score[a] === score[b] && a > b)
  const siftDown = (from: number) => {
    let i = from
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let worst = i
      if (l < size && below(heap[l]!, heap[worst]!)) worst = l
      if (r < size && below(heap[r]!, heap[worst]!)) worst = r
      if (worst === i) return
      const t = heap[i]!
      heap[i] = heap[worst]!
      heap[worst] = t
      i = worst
    }
  }
  // The worst kept doc and its score, to turn most candidates away with one comparison.
  let floorDoc = -1
  let floor = -Infinity
  for (let i = 0; i < count; i++) {
    const d = docs[i]!
    if (size === heap.length && (score[d]! < floor || (score[d] === floor && d > floorDoc))) continue
    if (keep && !keep(d)) continue
    if (size < heap.length) {
      let j = size++
      heap[j] = d
      while (j > 0) {
        const parent = (j - 1) >> 1
        if (!below(heap[j]!, heap[parent]!)) break
        const t = heap[j]!
        heap[j] = heap[parent]!
        heap[parent] = t
        j = parent
      }
    } else {
      heap[0] = d
      siftDown(0)
    }
    if (size === heap.length) {
      floorDoc = heap[0]!
      floor = score[floorDoc]!
    }
  }
  return [...heap.subarray(0, size)].sort((a, b) => score[b]! - score[a]! || a - b)
}
