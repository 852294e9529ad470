// An adversarial corpus: every hostile or broken bundle is refused with a message that names
// where and why (or, for markup in text, kept as inert text), and never throws past the reader.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { bundleDigest } from '@shared/bundle/digest'
import { readBundleText } from '@shared/bundle/read'

const text = readFileSync('resources/default-data/bundle.json', 'utf8')
type B = { records: { policies: Record<string, unknown>[] }; digest: { value: string } } & Record<string, unknown>
async function sealed(change: (b: B) => void): Promise<string> {
  const b = JSON.parse(text) as B
  change(b)
  b.digest.value = await bundleDigest(b)
  return JSON.stringify(b)
}
async function refusal(t: string): Promise<{ path: string; message: string }> {
  const res = await readBundleText(t)
  expect(res.ok).toBe(false)
  if (res.ok) throw new Error('accepted')
  return res.errors[0]!
}

describe('hostile and broken bundles', () => {
  it('keeps script tags and event handlers in text as plain text (the UI escapes them)', async () => {
    const res = await readBundleText(await sealed((b) => (b.records.policies[0]!['summary'] = '<script>alert(1)</script><img src=x onerror=alert(2)>')))
    expect(res.ok).toBe(true)
    if (res.ok) expect(res.bundle.records.policies[0]!.summary).toContain('<script>')
  })
  it('refuses javascript: links, naming the link', async () => {
    const e = await refusal(await sealed((b) => (b.records.policies[0]!['links'] = ['javascript:alert(1)'])))
    expect(e.path).toBe('records.policies[0].links[0]')
    expect(e.message).toMatch(/http/)
  })
  it('refuses __proto__ and constructor keys anywhere', async () => {
    expect((await refusal(text.replace('"format"', '"constructor": {}, "format"'))).path).toBe('constructor')
    const e = await refusal(text.replace(/"rev": 1,/, '"rev": 1, "__proto__": {"polluted": true},'))
    expect(e.path).toMatch(/__proto__$/)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
  it('refuses a 10 MB string with the field and the limit', async () => {
    const e = await refusal(await sealed((b) => (b.records.policies[0]!['summary'] = '长'.repeat(10 * 1024 * 1024))))
    expect(e.path).toBe('records.policies[0].summary')
  })
  it('refuses deep nesting without overflowing the stack', async () => {
    const deep = text.replace('"tombstones": [', '"tombstones": [' + '['.repeat(100_000) + ']'.repeat(100_000) + ',')
    const e = await refusal(deep)
    expect(e.message).toMatch(/nested too deeply|not valid JSON/)
  })
  it('refuses a day that does not exist', async () => {
    const e = await refusal(await sealed((b) => (b.records.policies[0]!['issued'] = '2023-02-30')))
    expect(e.path).toBe('records.policies[0].issued')
  })
  it('refuses duplicate ids, naming the second', async () => {
    const e = await refusal(await sealed((b) => b.records.policies.push({ ...b.records.policies[0]! })))
    expect(e).toEqual({ path: expect.stringMatching(/^records\.policies\[\d+\]\.id$/), message: expect.stringContaining('duplicate id') })
  })
  it('refuses wrong types, truncated files and a wrong digest', async () => {
    expect((await refusal(await sealed((b) => (b.records.policies[0]!['rev'] = '2')))).path).toBe('records.policies[0].rev')
    expect((await refusal(text.slice(0, text.length / 2))).message).toMatch(/not valid JSON/)
    const b = JSON.parse(text) as B
    b.records.policies[0]!['title'] = '改过的标题'
    expect((await refusal(JSON.stringify(b))).path).toBe('digest.value')
  })

  it('with partial reading, leaves out only the bad records and names each (record, field, reason)', async () => {
    const t = await sealed((b) => {
      b.records.policies[1]!['links'] = ['javascript:alert(1)']
      b.records.policies[2]!['issued'] = '2023-02-30'
    })
    const strict = await readBundleText(t)
    expect(strict.ok).toBe(false)
    const res = await readBundleText(t, { partial: true })
    expect(res.ok).toBe(true)
    if (!res.ok) return
    const all = (JSON.parse(text) as B).records.policies
    expect(res.bundle.records.policies.map((p) => p.id)).toEqual(all.filter((_, i) => i !== 1 && i !== 2).map((p) => p['id']))
    expect(res.rejected.map((e) => e.path)).toEqual(['records.policies[1].links[0]', 'records.policies[2].issued'])
    // The envelope is never partial: a bad tombstone still refuses the file.
    const bad = await sealed((b) => (b['tombstones'] = [{ kind: 'policies', id: 'X Y', rev: 1 }]))
    expect((await readBundleText(bad, { partial: true })).ok).toBe(false)
  })

  it('with partial reading, a forbidden key or deep nesting inside a record still refuses the whole file', async () => {
    const polluted = text.replace(/"rev": 1,/, '"rev": 1, "__proto__": {"polluted": true},')
    const res = await readBundleText(polluted, { partial: true })
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.errors[0]).toEqual({ path: expect.stringMatching(/^records\.\w+\[0\]\.__proto__$/), message: expect.stringContaining('forbidden key') })
    const deep = await sealed((b) => (b.records.policies[3]!['aliases'] = JSON.parse('['.repeat(80) + ']'.repeat(80)) as unknown[]))
    const nested = await readBundleText(deep, { partial: true })
    expect(nested.ok).toBe(false)
    if (!nested.ok) expect(nested.errors[0]!.message).toMatch(/nested too deeply/)
  })
})
