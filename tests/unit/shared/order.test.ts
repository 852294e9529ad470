// The default policy order: newest first, undated last, ties by id; already ordered rows are
// returned as they are, so the renderer does not sort what the worker sorted.
import { describe, expect, it } from 'vitest'
import { byIssuedDesc } from '@shared/policy/order'

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
