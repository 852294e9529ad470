// Reading a bundle: the default data passes; a damaged, tampered or hostile file is refused
// with the path and the reason.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { bundleDigest, canonicalJson } from '@shared/bundle/digest'
import { readBundleText } from '@shared/bundle/read'
import { planImport, type MergeLookup } from '@shared/bundle/plan'
import type { AnyRecord, RecordKind } from '@shared/model/records'

const text = readFileSync('resources/default-data/bundle.json', 'utf8')
const raw = () => JSON.parse(text)

async function reseal(b: Record<string, unknown>): Promise<string> {
  b['digest'] = { algorithm: 'sha-256', value: await bundleDigest(b) }
  return JSON.stringify(b)
}

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: '中' }] })).toBe(canonicalJson({ a: [{ c: '中', d: 2 }], b: 1 }))
  })
})

describe('readBundleText', () => {
  it('accepts the default data', async () => {
    const res = await readBundleText(text)
    expect(res.ok).toBe(true)
  })
  it('refuses a tampered file by its digest', async () => {
    const b = raw()
    b['records'].policies[0].summary += '（篡改）'
    const res = await readBundleText(JSON.stringify(b))
    expect(res).toMatchObject({ ok: false, errors: [{ path: 'digest.value' }] })
  })
  it('refuses invalid JSON, naming the file', async () => {
    const res = await readBundleText(text.slice(0, 200))
    expect(res).toMatchObject({ ok: false, errors: [{ path: '(file)', message: expect.stringContaining('JSON') }] })
  })
  it('refuses __proto__ keys with their path', async () => {
    const hostile = text.replace('"format"', '"__proto__": {"polluted": true}, "format"')
    const res = await readBundleText(hostile)
    expect(res).toMatchObject({ ok: false, errors: [{ path: '__proto__' }] })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
  it('names the record and field of a schema error', async () => {
    const b = raw()
    b['records'].policies[1].issued = '2023-02-30'
    b['records'].policies[2].links = ['javascript:alert(1)']
    const res = await readBundleText(await reseal(b))
    expect(res.ok).toBe(false)
    if (!res.ok) {
      const paths = res.errors.map((e) => e.path)
      expect(paths).toContain('records.policies[1].issued')
      expect(paths).toContain('records.policies[2].links[0]')
    }
  })
})

describe('planImport', () => {
  function lookupFrom(records: Partial<Record<RecordKind, AnyRecord[]>>): MergeLookup {
    return {
      stored: async (kind, ids) => ids.map((id) => ({ record: records[kind]?.find((r) => r.id === id), state: undefined, tombstone: undefined })),
      userDataOn: async () => new Set(),
    }
  }
  it('sorts records into add, change (field by field), unchanged, older and remove', async () => {
    const read = await readBundleText(text)
    if (!read.ok) throw new Error('default bundle invalid')
    const bundle = read.bundle
    const [p0, p1, p2] = bundle.records.policies
    bundle.records.policies[0] = { ...p0!, rev: p0!.rev + 1 }
    const stored = {
      policies: [
        { ...p0!, summary: 'old summary' },
        { ...p1! },
        { ...p2!, rev: 5, summary: 'newer local' },
        { ...p0!, id: 'pol-removed-x', title: '将被删除' },
      ],
    }
    bundle.tombstones = [{ kind: 'policies', id: 'pol-removed-x', rev: 2 }]
    const plan = await planImport(bundle, lookupFrom(stored))
    const byId = new Map(plan.items.map((i) => [i.id, i]))
    expect(byId.get(p0!.id)).toMatchObject({ action: 'change', changes: [{ field: 'summary', from: 'old summary', to: p0!.summary }] })
    expect(byId.get(p1!.id)?.action).toBe('unchanged')
    expect(byId.get(p2!.id)?.action).toBe('older')
    expect(byId.get('pol-removed-x')).toMatchObject({ action: 'remove', label: '将被删除' })
    const total = Object.values(bundle.records).reduce((n, list) => n + list.length, 0)
    expect(plan.counts.add).toBe(total - 3)
  })
})
