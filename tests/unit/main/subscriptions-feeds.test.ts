// Feed checks against a real HTTP server on 127.0.0.1: index + bundle, a 404, an oversize
// index, a redirect to a non-http URL refused, a bundle that is not the one listed; a folder
// feed; and the subscription handlers' argument checks (nothing stored on bad input).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { checkFeed, openFeedOffer } from '../../../src/main/subscriptions/feeds'
import { fetchCapped } from '../../../src/main/subscriptions/fetch-capped'
import { SubscriptionsService } from '../../../src/main/subscriptions/service'
import { createSubscriptionHandlers } from '../../../src/main/ipc/handlers-subscriptions'
import { invokeHandler, type Handlers } from '../../../src/main/ipc/register'
import { BrowserWindow, Notification, dialog } from '../../mocks/electron'

const D1 = 'c'.repeat(64)
const D2 = 'd'.repeat(64)
const bundle = (digest: string) => JSON.stringify({ format: 'policy-desk-bundle', digest: { algorithm: 'sha-256', value: digest } })
const index = (bundles: unknown[]) => JSON.stringify({ format: 'policy-desk-feed', formatVersion: 1, publisher: { id: 'test', name: 'Test' }, bundles })
const entry = (url: string, digest: string) => ({ url, sequence: 2, createdAt: '2026-11-28T08:00:00Z', digest })

const routes = new Map<string, { status?: number; headers?: Record<string, string>; body?: string }>()
let server: Server
let base = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    const r = routes.get(req.url ?? '')
    if (!r) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(r.status ?? 200, r.headers ?? { 'content-type': 'application/json' }).end(r.body ?? '')
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((ok) => server.close(() => ok())))
let dir = ''
beforeEach(async () => {
  routes.clear()
  dir = await mkdtemp(join(tmpdir(), 'pd-feeds-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))
const feed = (address: string) => ({ id: 'f1', address, addedAt: '2026-11-28T00:00:00Z' })

describe('web feeds', () => {
  it('lists the index bundles with resolved URLs, and opens one (digest checked)', async () => {
    routes.set('/feed/index.json', { body: index([entry('b2.json', D1), entry('missing.json', D2)]) })
    routes.set('/feed/b2.json', { body: bundle(D1) })
    const { offers, problems } = await checkFeed(feed(`${base}/feed/index.json`))
    expect(problems).toEqual([])
    expect(offers.map((o) => o.address)).toEqual([`${base}/feed/b2.json`, `${base}/feed/missing.json`])
    expect(await openFeedOffer(feed(`${base}/feed/index.json`), offers[0]!)).toMatchObject({ name: 'b2.json', format: 'bundle', text: bundle(D1) })
    await expect(openFeedOffer(feed(`${base}/feed/index.json`), offers[1]!)).rejects.toThrow(/HTTP 404/)
    // the server now serves another bundle under the listed name: refused
    routes.set('/feed/b2.json', { body: bundle(D2) })
    await expect(openFeedOffer(feed(`${base}/feed/index.json`), offers[0]!)).rejects.toThrow(/digest differs/)
  })

  it('reports a 404 index, an invalid index and an oversize index', async () => {
    await expect(checkFeed(feed(`${base}/nope.json`))).rejects.toThrow(/HTTP 404/)
    routes.set('/bad.json', { body: '{"format":"policy-desk-feed","formatVersion":1,"publisher":{"id":"x","name":"x"},"bundles":[{"url":"a"}]}' })
    await expect(checkFeed(feed(`${base}/bad.json`))).rejects.toThrow(/invalid feed index: bundles\[0\]\.sequence/)
    routes.set('/big.json', { body: ' '.repeat(1024 * 1024 + 10) })
    await expect(checkFeed(feed(`${base}/big.json`))).rejects.toThrow(/too large/)
    // no Content-Length (chunked): the cap is counted off the stream
    routes.set('/chunked.json', { headers: { 'transfer-encoding': 'chunked' }, body: 'x'.repeat(2000) })
    await expect(fetchCapped(`${base}/chunked.json`, 1000)).rejects.toThrow(/too large/)
  })

  it('follows http redirects but refuses one to another scheme', async () => {
    routes.set('/moved.json', { status: 302, headers: { location: '/feed/index.json' } })
    routes.set('/feed/index.json', { body: index([entry('b2.json', D1)]) })
    expect((await checkFeed(feed(`${base}/moved.json`))).offers).toHaveLength(1)
    routes.set('/evil.json', { status: 302, headers: { location: 'file:///etc/passwd' } })
    await expect(checkFeed(feed(`${base}/evil.json`))).rejects.toThrow(/redirect refused .*file:/)
    routes.set('/evil2.json', { status: 301, headers: { location: 'javascript:alert(1)' } })
    await expect(fetchCapped(`${base}/evil2.json`, 1000)).rejects.toThrow(/redirect refused/)
  })

  it('times out a server that never answers', async () => {
    const silent = createServer(() => undefined)
    await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok))
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/i.json`
    await expect(fetchCapped(url, 1000, 300)).rejects.toThrow(/timed out/)
    silent.closeAllConnections()
    await new Promise<void>((ok) => silent.close(() => ok()))
  })
})

describe('folder feeds', () => {
  it('reads feed.json in the folder; entries outside the folder are refused', async () => {
    await writeFile(join(dir, 'feed.json'), index([entry('b2.json', D1), entry('../b3.json', D2)]))
    await writeFile(join(dir, 'b2.json'), bundle(D1))
    const { offers, problems } = await checkFeed(feed(dir))
    expect(offers.map((o) => o.address)).toEqual(['b2.json'])
    expect(problems[0]).toMatch(/bundles\[1\]\.url/)
    expect(await openFeedOffer(feed(dir), offers[0]!)).toMatchObject({ text: bundle(D1) })
    await expect(openFeedOffer(feed(dir), { ...offers[0]!, address: '../x.json' })).rejects.toThrow(/\.\./)
    await expect(checkFeed(feed(join(dir, 'nothing')))).rejects.toThrow(/feed index not found/)
  })
})

describe('subscription handlers', () => {
  const win = new BrowserWindow()
  const event = { sender: win.webContents, senderFrame: { url: 'app://policy-desk/index.html' } } as unknown as IpcMainInvokeEvent
  let svc: SubscriptionsService
  beforeEach(() => {
    svc = new SubscriptionsService({ configPath: join(dir, 'subscriptions.json'), notify: (title, body) => new Notification({ title, body }).show(), push: () => undefined, knownWaitMs: 0 })
  })
  afterEach(() => svc.stop())
  async function call<C extends keyof Handlers>(c: C, args: unknown) {
    const handlers: Partial<Handlers> = createSubscriptionHandlers(() => svc)
    return invokeHandler(c, handlers[c] as Handlers[C], () => true, event, args)
  }

  it('refuses bad arguments before storing anything', async () => {
    for (const [c, args] of [
      ['subscriptions:addFeed', { address: 'javascript:alert(1)' }],
      ['subscriptions:addFeed', { address: 'file:///etc' }],
      ['subscriptions:addFeed', { address: 'relative/folder' }],
      ['subscriptions:addFeed', { address: '/mnt/../etc' }],
      ['subscriptions:addFeed', { address: 'https://x.org/i.json', extra: 1 }],
      ['subscriptions:open', { offerId: '../../etc/passwd' }],
      ['subscriptions:dismiss', {}],
      ['subscriptions:setKnown', { digests: ['XYZ'] }],
      ['subscriptions:chooseInbox', { path: '/tmp' }],
      ['subscriptions:removeFeed', { id: '' }],
    ] as const) {
      const res = await call(c, args)
      expect(res, `${c} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { code: 'bad_args' } })
    }
    const bad = await call('subscriptions:addFeed', { address: 'ftp://x.org/i.json' })
    expect(!bad.ok && bad.error.message).toMatch(/address: .*unsupported scheme: ftp:/)
    await expect(readFile(join(dir, 'subscriptions.json'))).rejects.toThrow(/ENOENT/)
  })

  it('adds a feed (checked at once), lists its offer, opens it, dismisses it, removes the feed', async () => {
    routes.set('/f/index.json', { body: index([entry('b2.json', D1)]) })
    routes.set('/f/b2.json', { body: bundle(D1) })
    Notification.shown.length = 0
    await call('subscriptions:setKnown', { digests: [] })
    const added = await call('subscriptions:addFeed', { address: `${base}/f/index.json` })
    if (!added.ok) throw new Error(added.error.message)
    expect(added.data.feeds).toMatchObject([{ address: `${base}/f/index.json`, lastError: null }])
    expect(added.data.offers).toMatchObject([{ source: 'feed', name: 'b2.json', digest: D1 }])
    expect(Notification.shown).toEqual([{ title: '有新的数据包可导入 / New update bundle available', body: 'b2.json' }])
    expect((await call('subscriptions:addFeed', { address: `${base}/f/index.json` })).ok).toBe(false)
    // a later check finds the same offer: same id, first-found time kept, no second notification
    await new Promise((ok) => setTimeout(ok, 5))
    const again = await call('subscriptions:checkNow', undefined)
    expect(again.ok && again.data.offers).toEqual(added.data.offers)
    expect(Notification.shown).toHaveLength(1)
    const id = added.data.offers[0]!.id
    const opened = await call('subscriptions:open', { offerId: id })
    expect(opened.ok && opened.data.text).toBe(bundle(D1))
    const dismissed = await call('subscriptions:dismiss', { offerId: id })
    expect(dismissed.ok && dismissed.data.offers).toEqual([])
    expect(await call('subscriptions:open', { offerId: id })).toMatchObject({ ok: false, error: { code: 'bad_args', message: expect.stringMatching(/no such offer/) } })
    const removed = await call('subscriptions:removeFeed', { id: added.data.feeds[0]!.id })
    expect(removed.ok && removed.data.feeds).toEqual([])
  })

  it('a feed that fails shows its error on the feed line; chooseInbox uses a folder dialog', async () => {
    const added = await call('subscriptions:addFeed', { address: `${base}/gone/index.json` })
    expect(added.ok && added.data.feeds[0]!.lastError).toMatch(/HTTP 404/)
    dialog.nextOpen = { canceled: false, filePaths: [dir] }
    const chosen = await call('subscriptions:chooseInbox', undefined)
    expect(chosen.ok && chosen.data.inbox).toBe(dir)
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(win, { properties: ['openDirectory', 'createDirectory'] })
    const cleared = await call('subscriptions:clearInbox', undefined)
    expect(cleared.ok && cleared.data.inbox).toBeNull()
  })
})
