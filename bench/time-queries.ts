// Timing a search engine over the bench queries, the same way in the page and in Node: one
// untimed warm-up pass over the first five queries, then every query `reps` times.
export function timeQueries(run: (q: string) => number, queries: readonly string[], reps: number): { ms: number[]; hits: Record<string, number> } {
  for (const q of queries.slice(0, 5)) run(q)
  const ms: number[] = []
  const hits: Record<string, number> = {}
  for (let r = 0; r < reps; r++) {
    for (const q of queries) {
      const t0 = performance.now()
      hits[q] = run(q)
      ms.push(performance.now() - t0)
    }
  }
  return { ms, hits }
}
