// Packed light rows unpack to exactly the rows that were packed, whatever their text holds, and
// rows share (frozen) values instead of each carrying copies.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { toLite, type PolicyLite } from '@shared/policy/lite'
import { packRows, plainRow, unpackRows } from '@shared/policy/packed-rows'
import { policySchema, type Policy } from '@shared/model/records'
import { generatePolicies } from '../../../bench/generate'

const sample = generatePolicies(300).map((p) => toLite(policySchema.parse(p) as Policy))

describe('packed light rows', () => {
  it('unpack to the same rows, in the same order and with the same keys', () => {
    const back = unpackRows(structuredClone(packRows(sample))).map(plainRow)
    expect(back).toEqual(sample)
    expect(back.map((r) => Object.keys(r))).toEqual(sample.map((r) => Object.keys(r)))
    expect(unpackRows(packRows([]))).toEqual([])
  })

  it('keep any text exactly: empty and null document numbers, astral characters, lone surrogates, separators', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('', '\u2028', '国发〔2017〕35号', '𠮷'))
    fc.assert(
      fc.property(fc.array(fc.record({ id: text, title: text, gist: text, docNumber: fc.option(text), issued: fc.option(text), issuers: fc.array(text, { maxLength: 3 }) }), { maxLength: 20 }), (parts) => {
        const rows: PolicyLite[] = parts.map((p, i) => ({ ...sample[i % sample.length]!, ...p }))
        expect(unpackRows(packRows(rows)).map(plainRow)).toEqual(rows)
      }),
      { numRuns: 300 },
    )
  })

  it('shares each distinct array between rows, frozen, and appends to a given list', () => {
    const rows = unpackRows(packRows(sample))
    const empty = rows.filter((r) => r.relations.length === 0)
    expect(empty.length).toBeGreaterThan(1)
    expect(new Set(empty.map((r) => r.relations)).size).toBe(1)
    expect(Object.isFrozen(rows[0]!.topics)).toBe(true)
    expect(() => (rows[0]!.topics as string[]).push('compute')).toThrow()
    const out = [sample[0]!]
    unpackRows(packRows(sample.slice(1, 3)), out)
    expect(out.map((r) => r.id)).toEqual(sample.slice(0, 3).map((r) => r.id))
  })

  it('rows are views: each field read from the pack, JSON gives the plain row, nothing can be written', () => {
    const rows = unpackRows(packRows(sample))
    rows.forEach((r, i) => {
      const want = sample[i]!
      for (const k of Object.keys(want) as (keyof PolicyLite)[]) expect(r[k]).toEqual(want[k])
    })
    expect(JSON.parse(JSON.stringify(rows))).toEqual(JSON.parse(JSON.stringify(sample)))
    expect(Object.keys(rows[0]!)).not.toContain('title')
    expect(() => ((rows[0] as { title: string }).title = 'x')).toThrow()
    expect(rows[0]!.title).toBe(sample[0]!.title)
  })

  it('reads a row stored before commentPeriod existed as null, as toLite does', () => {
    const old = { ...sample[0]! } as Partial<PolicyLite>
    delete old.commentPeriod
    expect(unpackRows(packRows([old as PolicyLite]))[0]!.commentPeriod).toBeNull()
  })
})
