// The lean runner gives zod's answer for any input: the same success, the same output (values and
// key order), the same errors. Checked on the shipped records and on random damage done to them.
import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { fastSafeParser } from '@shared/model/fast-parse'
import { RECORD_KINDS, RECORD_SCHEMAS } from '@shared/model/records'
import { bundleSchema } from '@shared/bundle/schema'

const bundle = JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8')) as { records: Record<string, unknown[]> }
const RUNS = Number(process.env['MERGE_RUNS'] ?? 400)

function sameAnswer(schema: z.ZodType, value: unknown): void {
  const fast = fastSafeParser(schema)(value)
  const zod = schema.safeParse(value)
  expect(fast.success).toBe(zod.success)
  if (fast.success && zod.success) {
    expect(fast.data).toStrictEqual(zod.data)
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(zod.data))
  }
  if (!fast.success && !zod.success) expect(fast.error.issues).toEqual(zod.error.issues)
}

/** Odd values a damaged or hostile file may hold where a field should be. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(undefined, '', '   ', '  padded  ', '2023-02-30', '2024-02-29', '2023-05', '2023+', '2025-1-1', 'https://www.gov.cn/', 'javascript:alert(1)', 'Ab C', 'ok-id', [], {}, null, 0, -1, 1.5, 1e308, true, 'a'.repeat(5000), ['compute'], [{ sourceId: 'x' }], { from: '2023', to: '2025' }, { from: '2025', to: '2023' }),
)

/** Replaces or deletes the value at a random path inside `value` (a deep copy is changed). */
function damage(value: unknown, picks: number[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(value) as unknown
  let here = copy as Record<string, unknown> | unknown[]
  for (let depth = 0; depth < picks.length; depth++) {
    const keys = Array.isArray(here) ? here.map((_, i) => String(i)) : [...Object.keys(here), 'unknownKey', '__proto__']
    if (!keys.length) break
    const key = keys[picks[depth]! % keys.length]!
    const next = (here as Record<string, unknown>)[key]
    const last = depth === picks.length - 1 || next === null || typeof next !== 'object' || !Object.hasOwn(here, key)
    if (last) {
      if (remove && !Array.isArray(here)) delete (here as Record<string, unknown>)[key]
      else Object.defineProperty(here, key, { value: replacement, enumerable: true, writable: true, configurable: true })
      break
    }
    here = next as Record<string, unknown>
  }
  return copy
}

describe('fastSafeParser', () => {
  it('accepts every shipped record without asking zod, with zod’s output', () => {
    for (const kind of RECORD_KINDS) {
      const schema = RECORD_SCHEMAS[kind] as z.ZodType
      const parse = fastSafeParser(schema)
      const spy = vi.spyOn(schema, 'safeParse')
      for (const rec of bundle.records[kind] ?? []) {
        const res = parse(rec)
        expect(res.success).toBe(true)
      }
      expect(spy).not.toHaveBeenCalled()
      spy.mockRestore()
      for (const rec of bundle.records[kind] ?? []) sameAnswer(schema, rec)
    }
  })

  it('gives zod’s answer for records damaged at random (wrong types, missing and unknown keys, bad dates, links, padding)', () => {
    const records = RECORD_KINDS.flatMap((kind) => (bundle.records[kind] ?? []).map((rec) => ({ kind, rec })))
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), oddValue, fc.boolean(), (i, picks, replacement, remove) => {
        const { kind, rec } = records[i]!
        sameAnswer(RECORD_SCHEMAS[kind] as z.ZodType, damage(rec, picks, replacement, remove))
      }),
      { numRuns: RUNS * 5 },
    )
  })

  it('gives zod’s answer for whole bundles, valid and damaged, and for values that are not records at all', () => {
    sameAnswer(bundleSchema, bundle)
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), oddValue, fc.boolean(), (picks, replacement, remove) => {
        sameAnswer(bundleSchema, damage(bundle, picks, replacement, remove))
      }),
      { numRuns: RUNS },
    )
    for (const v of [null, undefined, 1, 'x', [], {}, [bundle], Object.create(null)]) sameAnswer(bundleSchema, v)
    // an object whose prototype lends an unknown key, and one without a prototype
    const policy = bundle.records['policies']![0] as Record<string, unknown>
    sameAnswer(RECORD_SCHEMAS.policies, Object.assign(Object.create({ extra: 1 }) as object, policy))
    sameAnswer(RECORD_SCHEMAS.policies, Object.assign(Object.create(null) as object, policy))
    // a partial read's envelope: records left unchecked (z.unknown), each checked on its own
    const envelope = bundleSchema.extend({ records: z.strictObject({ policies: z.array(z.unknown()).default([]) }) })
    sameAnswer(envelope, { ...bundle, records: { policies: [1, 'x', null, { a: 1 }] } })
  })

  it('trims and fills defaults as zod does, without touching the input', () => {
    const policy = structuredClone(bundle.records['policies']![0]) as Record<string, unknown>
    policy['title'] = `  ${String(policy['title'])}  `
    delete policy['topics']
    delete policy['relations']
    const before = structuredClone(policy)
    const res = fastSafeParser(RECORD_SCHEMAS.policies)(policy)
    expect(res.success).toBe(true)
    if (res.success) {
      expect(res.data.title).toBe(String(before['title']).trim())
      expect(res.data.topics).toEqual([])
      expect(res.data.relations).toEqual([])
    }
    expect(policy).toStrictEqual(before)
  })
})
