// The default policy order: newest first, undated last, ties by id; already ordered rows are
// returned as they are, so the renderer does not sort what the worker sorted.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { byIssuedDesc, mergeInOrder } from '@shared/policy/order'

describe('byIssuedDesc', () => {
  const rows = [
    { id: 'c', issued: '2023' },
    { id: 'a', issued: null },
    { id: 'b', issued: '2024-05-01' },
    { id: 'd', issued: '2023' },
    { id: 'e', issued: '2023-12' },
  ]
  it('sorts newest first, undated last, equal dates by id', () => {
    expect(byIssuedDesc(rows).map((r) => r.id)).toEqual(['b', 'e', 'c', 'd', 'a'])
  })
  it('returns the same array when it is already in order', () => {
    const sorted = byIssuedDesc(rows)
    expect(byIssuedDesc(sorted)).toBe(sorted)
    expect(byIssuedDesc(rows)).not.toBe(rows)
  })
})

describe('mergeInOrder', () => {
  const date = fc.option(fc.constantFrom('2023', '2023-12', '2023-12-01', '2024-05-01', '2017-07-08', '2024'), { nil: null })
  const row = (id: number, issued: string | null) => ({ id: `p${String(id).padStart(3, '0')}`, issued })

  it('gives what sorting the changed list would give: rows dropped, replaced and added', () => {
    fc.assert(
      fc.property(fc.array(date, { maxLength: 60 }), fc.array(fc.tuple(fc.nat(80), date), { maxLength: 15 }), fc.array(fc.nat(80), { maxLength: 10 }), (dates, adds, dropped) => {
        const base = byIssuedDesc(dates.map((d, i) => row(i, d)))
        const add = [...new Map(adds.map(([i, d]) => [i, row(i, d)])).values()]
        const drop = new Set([...dropped.map((i) => row(i, null).id), ...add.map((r) => r.id)])
        const want = byIssuedDesc([...base.filter((r) => !drop.has(r.id)), ...add])
        expect(mergeInOrder(base, add, drop)).toEqual(want)
      }),
      { numRuns: 400 },
    )
  })

  it('returns a new list and leaves the given one as it was', () => {
    const base = byIssuedDesc([row(1, '2024'), row(2, '2023')])
    const copy = base.slice()
    const out = mergeInOrder(base, [row(3, '2023-06')], new Set())
    expect(out.map((r) => r.id)).toEqual(['p001', 'p003', 'p002'])
    expect(base).toEqual(copy)
    expect(mergeInOrder(base, [], new Set())).not.toBe(base)
  })
})
