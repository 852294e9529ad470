// The feed index format and its address rules: a valid index parses, errors name the path;
// relative entries resolve against the index URL; javascript:/file: and credentials are refused
// in web feeds; folder feeds take plain file names only (no .., no paths); already-seen logic.
import { describe, expect, it } from 'vitest'
import {
  checkFolderEntry,
  dedupeOffers,
  isBundleFileName,
  isSeen,
  offersFromIndex,
  parseFeedAddress,
  parseFeedIndex,
  resolveWebEntry,
  seenKey,
  type Offer,
} from '@shared/subscriptions'

const D1 = 'a'.repeat(64)
const D2 = 'b'.repeat(64)
const index = (bundles: unknown[]) => ({ format: 'policy-desk-feed', formatVersion: 1, publisher: { id: 'pub.cn', name: '发布者' }, bundles })
const entry = (url: string, digest = D1) => ({ url, sequence: 2, createdAt: '2026-11-28T08:00:00+08:00', digest })

describe('feed index schema', () => {
  it('accepts a valid index with optional title and bytes', () => {
    const r = parseFeedIndex(JSON.stringify(index([{ ...entry('b2.json'), title: '第二期', bytes: 1234 }])))
    expect(r.ok && r.index.bundles[0]).toMatchObject({ url: 'b2.json', title: '第二期', bytes: 1234 })
  })

  it('names the field and the reason when something is wrong', () => {
    const bad = (v: unknown) => {
      const r = parseFeedIndex(typeof v === 'string' ? v : JSON.stringify(v))
      return r.ok ? [] : r.errors.map((e) => `${e.path} ${e.message}`)
    }
    expect(bad('{nope')[0]).toMatch(/^\(file\) .*not valid JSON/)
    expect(bad({ ...index([]), format: 'policy-desk-bundle' })[0]).toMatch(/^format /)
    expect(bad({ ...index([]), formatVersion: 2 })[0]).toMatch(/^formatVersion .*unsupported/)
    expect(bad(index([{ ...entry('x.json'), digest: 'ABC' }]))[0]).toMatch(/^bundles\[0\]\.digest .*64/)
    expect(bad(index([{ ...entry('x.json'), sequence: 0 }]))[0]).toMatch(/^bundles\[0\]\.sequence/)
    expect(bad(index([{ ...entry('x.json'), createdAt: '2026-11-28' }]))[0]).toMatch(/^bundles\[0\]\.createdAt/)
    expect(bad(index([{ ...entry('x.json'), extra: 1 }])).join()).toMatch(/bundles\[0\]/)
    expect(bad('x'.repeat(1024 * 1024 + 1))[0]).toMatch(/too large/)
  })
})

describe('addresses and entries', () => {
  it('a feed address is an http(s) URL or an absolute folder path', () => {
    expect(parseFeedAddress(' https://example.org/feed/index.json ')).toEqual({ ok: true, value: { kind: 'web', url: 'https://example.org/feed/index.json' } })
    expect(parseFeedAddress('/mnt/share/feed')).toEqual({ ok: true, value: { kind: 'folder', path: '/mnt/share/feed' } })
    expect(parseFeedAddress('\\\\server\\share\\feed').ok).toBe(true)
    expect(parseFeedAddress('D:\\feeds\\policy').ok).toBe(true)
    for (const bad of ['', 'feed/index.json', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://x.org/i.json', 'https://u:p@x.org/i.json', '/mnt/../etc']) {
      expect(parseFeedAddress(bad).ok, bad).toBe(false)
    }
    expect(parseFeedAddress('file:///etc/passwd')).toMatchObject({ message: expect.stringMatching(/unsupported scheme: file:/) })
  })

  it('web entries resolve against the index URL; only http(s) comes out', () => {
    const base = 'https://example.org/feeds/cn/index.json'
    expect(resolveWebEntry(base, 'b2.json')).toEqual({ ok: true, value: 'https://example.org/feeds/cn/b2.json' })
    expect(resolveWebEntry(base, '../all/b3.json.gz')).toEqual({ ok: true, value: 'https://example.org/feeds/all/b3.json.gz' })
    expect(resolveWebEntry(base, 'http://mirror.example.com/b4.zip')).toEqual({ ok: true, value: 'http://mirror.example.com/b4.zip' })
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:application/json,{}', 'ftp://x/y.json']) {
      expect(resolveWebEntry(base, bad).ok, bad).toBe(false)
    }
  })

  it('folder entries are plain file names inside the folder', () => {
    expect(checkFolderEntry('bundle-2.json.gz')).toEqual({ ok: true, value: 'bundle-2.json.gz' })
    for (const bad of ['../secret.json', '..', 'sub/x.json', 'sub\\x.json', '/etc/passwd', 'C:x.json', 'C:\\x.json', 'a..json', ' ']) {
      expect(checkFolderEntry(bad).ok, bad).toBe(false)
    }
  })

  it('offers from an index: resolved addresses, bad entries reported, not fetched', () => {
    const idx = parseFeedIndex(JSON.stringify(index([entry('b2.json'), entry('javascript:alert(1)', D2), { ...entry('big.json', D2), bytes: 60 * 1024 * 1024 }])))
    if (!idx.ok) throw new Error('index should parse')
    const web = offersFromIndex(idx.index, 'f1', { kind: 'web', url: 'http://127.0.0.1:9/feed/index.json' })
    expect(web.offers.map((o) => [o.address, o.digest, o.source])).toEqual([['http://127.0.0.1:9/feed/b2.json', D1, 'feed']])
    expect(web.problems).toHaveLength(2)
    expect(web.problems[0]).toMatch(/^bundles\[1\]\.url/)
    const folder = offersFromIndex(parseFeedIndexOk([entry('../x.json'), entry('b3.json', D2)]), 'f2', { kind: 'folder', path: '/mnt/feed' })
    expect(folder.offers.map((o) => o.address)).toEqual(['b3.json'])
    expect(folder.problems[0]).toMatch(/^bundles\[0\]\.url: .*\.\./)
  })

  it('inbox files: .json, .json.gz, .gz, .zip; not hidden or temporary files', () => {
    expect(['a.json', 'b.JSON.GZ', 'c.gz', 'd.zip'].every(isBundleFileName)).toBe(true)
    expect(['.a.json', 'a.json.part', 'a.csv', 'a.tmp'].some(isBundleFileName)).toBe(false)
  })
})

function parseFeedIndexOk(bundles: unknown[]) {
  const r = parseFeedIndex(JSON.stringify(index(bundles)))
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.index
}

describe('already seen', () => {
  const o = (digest: string | undefined, name = 'x.json'): Offer => ({ id: `feed-${'0'.repeat(16)}`, source: 'feed', name, address: name, size: 10, foundAt: '', ...(digest ? { digest } : {}) })
  it('an imported digest or a dismissal hides the offer; others stay', () => {
    expect(isSeen(o(D1), new Set([D1]), new Set())).toBe(true)
    expect(isSeen(o(D1), new Set(), new Set([D1]))).toBe(true)
    expect(isSeen(o(D2), new Set([D1]), new Set([D1]))).toBe(false)
    expect(isSeen(o(undefined, 'a.json'), new Set(), new Set([seenKey(o(undefined, 'a.json'))]))).toBe(true)
    expect(isSeen(o(undefined, 'b.json'), new Set(), new Set([seenKey(o(undefined, 'a.json'))]))).toBe(false)
  })
  it('the same bundle from two places is offered once', () => {
    expect(dedupeOffers([o(D1, 'a'), o(D1, 'b'), o(D2, 'c')]).map((x) => x.name)).toEqual(['a', 'c'])
  })
})
