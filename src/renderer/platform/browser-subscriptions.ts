// The subscriptions methods in a plain browser: http(s) feeds only, fetched with the same index
// rules as main (timeout, size caps, http(s)-only redirects), config in localStorage. A browser
// cannot watch a folder, so there is no inbox. Feeds are checked on start, hourly and on demand.
import type { API_ARGS, DesktopApi, IpcResult, OpenedFile } from '@shared/ipc/contract'
import { MAX_IMPORT_BYTES } from '@shared/ipc/channels'
import { browserTrustedKeys } from './browser-keys'
import { parseFeedAddress } from '@shared/subscriptions/feed-address'
import { bundleFileName, offersFromIndex } from '@shared/subscriptions/feed-offers'
import { declaredDigest, dedupeOffers, isSeen, keepFoundAt, seenKey, type FeedConfig, type Offer, type SubscriptionsState } from '@shared/subscriptions/offers'
// The feed format's schema and the file reader (zod, zip) load with the first check or open,
// so start-up does not pay for them.
const feedFormat = () => import('@shared/subscriptions/feed-format')
const importFile = () => import('@shared/import-file/open')

type Check = <T>(channel: keyof typeof API_ARGS, args: unknown, run: () => Promise<IpcResult<T>>) => Promise<IpcResult<T>>
type Stored = { feeds: FeedConfig[]; dismissed: string[] }

const KEY = 'policy-desk.subscriptions'
const ok = <T>(data: T): IpcResult<T> => ({ ok: true, data })
const fail = (code: 'failed' | 'too_large' | 'bad_args', message: string) => ({ ok: false as const, error: { code, message } })

function load(): Stored {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Stored> | null
    return { feeds: Array.isArray(v?.feeds) ? v.feeds : [], dismissed: Array.isArray(v?.dismissed) ? v.dismissed : [] }
  } catch {
    return { feeds: [], dismissed: [] }
  }
}

async function fetchCapped(url: string, maxBytes: number): Promise<Uint8Array> {
  const where = parseFeedAddress(url)
  if (!where.ok || where.value.kind !== 'web') throw new Error(where.ok ? '浏览器版只支持网址 / the browser build reads http(s) feeds only' : where.message)
  let res: Response
  try {
    res = await fetch(where.value.url, { signal: AbortSignal.timeout(15_000), credentials: 'omit', cache: 'no-cache' })
  } catch (err) {
    throw new Error(`无法下载 / cannot fetch ${url}: ${err instanceof Error ? err.message : String(err)}`)
  }
  if (!/^https?:/.test(res.url || where.value.url)) throw new Error(`拒绝重定向 / redirect refused: ${res.url}`)
  if (!res.ok) throw new Error(`下载失败 / download failed: HTTP ${res.status} ${url}`)
  const bytes = new Uint8Array(await res.arrayBuffer())
  if (bytes.byteLength > maxBytes) throw new Error(`文件过大 / too large: ${url} (> ${(maxBytes / 1048576).toFixed(1)} MB)`)
  return bytes
}

export function createBrowserSubscriptions(check: Check): { api: DesktopApi['subscriptions']; onOffers: DesktopApi['onSubscriptionOffers'] } {
  let stored = load()
  let known = new Set<string>()
  let checking = 0
  let started = false
  const status = new Map<string, { lastChecked: string | null; lastError: string | null }>()
  const feedOffers = new Map<string, Offer[]>()
  const listeners = new Set<(s: SubscriptionsState) => void>()

  const save = () => localStorage.setItem(KEY, JSON.stringify(stored))
  const offers = (): Offer[] => {
    const dismissed = new Set(stored.dismissed)
    return dedupeOffers([...feedOffers.values()].flat().filter((o) => !isSeen(o, known, dismissed)))
  }
  const state = (): SubscriptionsState => ({
    inboxSupported: false,
    inbox: null,
    inboxError: null,
    feeds: stored.feeds.map((f) => ({ ...f, lastChecked: null, lastError: null, ...status.get(f.id) })),
    offers: offers(),
    checking: checking > 0,
  })
  const push = () => {
    const s = state()
    for (const cb of listeners) cb(s)
  }

  async function checkFeeds(feeds: readonly FeedConfig[] = stored.feeds): Promise<SubscriptionsState> {
    checking++
    try {
      await Promise.all(
        feeds.map(async (feed) => {
          const at = new Date().toISOString()
          try {
            const address = parseFeedAddress(feed.address)
            if (!address.ok) throw new Error(address.message)
            const { MAX_FEED_INDEX_BYTES, parseFeedIndex, feedErrorText } = await feedFormat()
            const parsed = parseFeedIndex(new TextDecoder().decode(await fetchCapped(feed.address, MAX_FEED_INDEX_BYTES)))
            if (!parsed.ok) throw new Error(`订阅索引无效 / invalid feed index: ${feedErrorText(parsed.errors)}`)
            const r = offersFromIndex(parsed.index, feed.id, address.value)
            feedOffers.set(feed.id, keepFoundAt(r.offers, feedOffers.get(feed.id)))
            status.set(feed.id, { lastChecked: at, lastError: r.problems.length ? r.problems.slice(0, 3).join('; ') : null })
          } catch (err) {
            status.set(feed.id, { lastChecked: at, lastError: err instanceof Error ? err.message : String(err) })
          }
        }),
      )
    } finally {
      checking--
    }
    push()
    return state()
  }

  const find = (offerId: string) => offers().find((o) => o.id === offerId)
  const noInbox = async () => ok(state())

  const api: DesktopApi['subscriptions'] = {
    get: async () => ok(state()),
    setKnown: (args) =>
      check('subscriptions:setKnown', args, async () => {
        known = new Set(args.digests)
        if (!started) {
          started = true
          setInterval(() => void checkFeeds(), 60 * 60_000)
          void checkFeeds()
        }
        return ok(state())
      }),
    chooseInbox: noInbox,
    clearInbox: noInbox,
    addFeed: (args) =>
      check('subscriptions:addFeed', args, async () => {
        const address = parseFeedAddress(args.address)
        if (!address.ok) return fail('bad_args', address.message)
        const where = address.value
        if (where.kind !== 'web') return fail('bad_args', '浏览器版只支持 http(s) 网址 / the browser build reads http(s) feeds only')
        if (stored.feeds.some((f) => f.address === where.url)) return fail('bad_args', `已订阅 / already subscribed: ${where.url}`)
        const feed: FeedConfig = { id: `feed-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, address: where.url, addedAt: new Date().toISOString() }
        stored = { ...stored, feeds: [...stored.feeds, feed] }
        save()
        return ok(await checkFeeds([feed]))
      }),
    removeFeed: (args) =>
      check('subscriptions:removeFeed', args, async () => {
        stored = { ...stored, feeds: stored.feeds.filter((f) => f.id !== args.id) }
        feedOffers.delete(args.id)
        save()
        push()
        return ok(state())
      }),
    checkNow: () => checkFeeds().then(ok),
    open: (args) =>
      check('subscriptions:open', args, async (): Promise<IpcResult<OpenedFile>> => {
        const offer = find(args.offerId)
        if (!offer) return fail('bad_args', `没有这个待导入项 / no such offer: ${args.offerId}`)
        const { ImportFileError, openImportFile } = await importFile()
        try {
          const file = await openImportFile(bundleFileName(offer), await fetchCapped(offer.address, MAX_IMPORT_BYTES), MAX_IMPORT_BYTES, await browserTrustedKeys())
          const got = file.text === undefined ? undefined : declaredDigest(file.text)
          if (offer.digest && got && got !== offer.digest) return fail('failed', `数据包摘要与订阅索引不符 / the bundle's digest differs from the feed index: ${offer.name}`)
          return ok(file)
        } catch (err) {
          if (err instanceof ImportFileError) return fail(err.code, err.message)
          return fail('failed', err instanceof Error ? err.message : String(err))
        }
      }),
    dismiss: (args) =>
      check('subscriptions:dismiss', args, async () => {
        const offer = find(args.offerId)
        if (!offer) return fail('bad_args', `没有这个待导入项 / no such offer: ${args.offerId}`)
        stored = { ...stored, dismissed: [...stored.dismissed.filter((d) => d !== seenKey(offer)), seenKey(offer)].slice(-5000) }
        save()
        push()
        return ok(state())
      }),
  }
  return {
    api,
    onOffers: (cb) => {
      listeners.add(cb)
      return () => listeners.delete(cb)
    },
  }
}
