// The subscriptions service in main: owns the config, the inbox watcher and the feed checks,
// keeps the current offers, announces new ones (a notification and a push to the renderer),
// and opens an offer only when the user asks. Nothing is applied from here.
import { join } from 'node:path'
import type { OpenedFile } from '@shared/ipc/contract'
import {
  dedupeOffers,
  isSeen,
  keepFoundAt,
  parseFeedAddress,
  seenKey,
  type FeedConfig,
  type Offer,
  type SubscriptionsState,
} from '@shared/subscriptions'
import { readImportFile } from '../files'
import type { TrustedKey } from '@shared/bundle/signature'
import { UserFacingError } from '../ipc/register'
import { loadConfig, saveConfig, type SubscriptionsConfig } from './config-store'
import { checkFeed, openFeedOffer } from './feeds'
import { InboxWatcher } from './inbox'

export interface ServiceOptions {
  /** The trusted publisher keys (settings), to verify an opened bundle's signature; none when absent. */
  trustedKeys?: () => Promise<TrustedKey[]>
  configPath: string
  /** shows a system notification (Electron's Notification in the app) */
  notify: (title: string, body: string) => void
  /** pushes the new state to the renderer */
  push: (state: SubscriptionsState) => void
  feedIntervalMs?: number
  rescanMs?: number
  stableMs?: number
  fetchTimeoutMs?: number
  /** how long the first check waits for the renderer's import-history digests */
  knownWaitMs?: number
}

export class SubscriptionsService {
  private config: SubscriptionsConfig = { version: 1, inbox: null, feeds: [], dismissed: [] }
  private warning: string | null = null
  private inboxError: string | null = null
  private known = new Set<string>()
  private knownArrived: () => void = () => undefined
  private readonly knownReady = new Promise<void>((ok) => (this.knownArrived = ok))
  private readonly status = new Map<string, { lastChecked: string | null; lastError: string | null }>()
  private readonly feedOffers = new Map<string, Offer[]>()
  private readonly announced = new Set<string>()
  private inbox: InboxWatcher | null = null
  private timer: ReturnType<typeof setInterval> | null = null
  private checking = 0
  private loaded: Promise<void> | null = null
  private stopped = false
  /** no notifications until the import history's digests are known (or the wait ran out) */
  private announcing = false

  constructor(private readonly opts: ServiceOptions) {}

  private trusted(): Promise<TrustedKey[]> {
    return this.opts.trustedKeys?.() ?? Promise.resolve([])
  }

  /** Loads the config once (a corrupt file is reset with a warning). */
  ready(): Promise<void> {
    this.loaded ??= loadConfig(this.opts.configPath).then(({ config, warning }) => {
      this.config = config
      this.warning = warning
    })
    return this.loaded
  }

  /** Starts watching and checking: the first feed check waits (briefly) for the known digests. */
  async start(): Promise<void> {
    await this.ready()
    if (this.stopped) return
    await this.startInbox()
    this.timer = setInterval(() => void this.checkFeeds(), this.opts.feedIntervalMs ?? 60 * 60_000)
    const wait = new Promise<void>((ok) => setTimeout(ok, this.opts.knownWaitMs ?? 20_000).unref?.())
    await Promise.race([this.knownReady, wait])
    this.announcing = true
    if (!this.stopped) await this.checkFeeds()
    this.changed()
  }

  stop(): void {
    this.stopped = true
    this.inbox?.stop()
    this.inbox = null
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  state(): SubscriptionsState {
    return {
      inboxSupported: true,
      inbox: this.config.inbox,
      inboxError: this.inboxError ?? this.warning,
      feeds: this.config.feeds.map((f) => ({ ...f, lastChecked: null, lastError: null, ...this.status.get(f.id) })),
      offers: this.offers(),
      checking: this.checking > 0,
    }
  }

  /** The digests in the import history (the renderer owns the database and sends them). */
  async setKnown(digests: readonly string[]): Promise<SubscriptionsState> {
    await this.ready()
    this.known = new Set(digests)
    this.announcing = true
    this.knownArrived()
    return this.state()
  }

  async setInbox(folder: string | null): Promise<SubscriptionsState> {
    await this.ready()
    this.config = { ...this.config, inbox: folder }
    await this.save()
    this.inbox?.stop()
    this.inbox = null
    this.inboxError = null
    await this.startInbox()
    this.changed()
    return this.state()
  }

  async addFeed(input: string): Promise<SubscriptionsState> {
    await this.ready()
    const address = parseFeedAddress(input)
    if (!address.ok) throw new UserFacingError('bad_args', address.message)
    const value = address.value.kind === 'web' ? address.value.url : address.value.path
    if (this.config.feeds.some((f) => f.address === value)) throw new UserFacingError('bad_args', `已订阅 / already subscribed: ${value}`)
    if (this.config.feeds.length >= 100) throw new UserFacingError('bad_args', '订阅源过多 / too many feeds (max 100)')
    const feed: FeedConfig = { id: `feed-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, address: value, addedAt: new Date().toISOString() }
    this.config = { ...this.config, feeds: [...this.config.feeds, feed] }
    await this.save()
    await this.checkFeeds([feed])
    return this.state()
  }

  async removeFeed(id: string): Promise<SubscriptionsState> {
    await this.ready()
    this.config = { ...this.config, feeds: this.config.feeds.filter((f) => f.id !== id) }
    this.status.delete(id)
    this.feedOffers.delete(id)
    await this.save()
    this.changed()
    return this.state()
  }

  /** Rescans the inbox and checks every feed now. */
  async checkNow(): Promise<SubscriptionsState> {
    await this.ready()
    await Promise.all([this.inbox?.scan(), this.checkFeeds()])
    return this.state()
  }

  async dismiss(offerId: string): Promise<SubscriptionsState> {
    const offer = this.find(offerId)
    this.config = { ...this.config, dismissed: [...this.config.dismissed.filter((d) => d !== seenKey(offer)), seenKey(offer)] }
    await this.save()
    this.changed()
    return this.state()
  }

  /** Reads the inbox file or downloads the feed's bundle, for the renderer's normal preview. */
  async open(offerId: string): Promise<OpenedFile> {
    const offer = this.find(offerId)
    if (offer.source === 'inbox') {
      const path = this.inbox?.pathOf(offer)
      if (!path) throw new UserFacingError('failed', `文件已不在收件文件夹 / the file is no longer in the inbox: ${offer.name}`)
      return readImportFile(path, undefined, await this.trusted())
    }
    const feed = this.config.feeds.find((f) => f.id === offer.feedId)
    if (!feed) throw new UserFacingError('failed', `订阅源已删除 / the feed was removed: ${offer.name}`)
    return openFeedOffer(feed, offer, this.opts.fetchTimeoutMs, await this.trusted())
  }

  private find(offerId: string): Offer {
    const offer = this.offers().find((o) => o.id === offerId)
    if (!offer) throw new UserFacingError('bad_args', `没有这个待导入项 / no such offer: ${offerId}`)
    return offer
  }

  private offers(): Offer[] {
    const dismissed = new Set(this.config.dismissed)
    const all = [...(this.inbox?.offers() ?? []), ...[...this.feedOffers.values()].flat()]
    return dedupeOffers(all.filter((o) => !isSeen(o, this.known, dismissed)))
  }

  private async startInbox(): Promise<void> {
    if (!this.config.inbox || this.stopped) return
    this.inbox = new InboxWatcher({
      folder: this.config.inbox,
      onChange: () => this.changed(),
      onError: (message) => {
        this.inboxError = message
        this.changed()
      },
      stableMs: this.opts.stableMs,
      rescanMs: this.opts.rescanMs,
    })
    await this.inbox.start()
  }

  private async checkFeeds(feeds: readonly FeedConfig[] = this.config.feeds): Promise<void> {
    if (!feeds.length) return
    this.checking++
    this.push()
    try {
      await Promise.all(
        feeds.map(async (feed) => {
          const at = new Date().toISOString()
          try {
            const { offers, problems } = await checkFeed(feed, this.opts.fetchTimeoutMs)
            this.feedOffers.set(feed.id, keepFoundAt(offers, this.feedOffers.get(feed.id)))
            this.status.set(feed.id, { lastChecked: at, lastError: problems.length ? problems.slice(0, 3).join('; ') : null })
          } catch (err) {
            this.status.set(feed.id, { lastChecked: at, lastError: err instanceof Error ? err.message : String(err) })
          }
        }),
      )
    } finally {
      this.checking--
    }
    this.changed()
  }

  private async save(): Promise<void> {
    await saveConfig(this.opts.configPath, this.config)
  }

  private push(): void {
    if (!this.stopped) this.opts.push(this.state())
  }

  /** Announces offers not announced before, then pushes the state. */
  private changed(): void {
    if (!this.announcing) return this.push()
    const fresh = this.offers().filter((o) => !this.announced.has(o.id))
    for (const o of fresh) this.announced.add(o.id)
    if (fresh.length && !this.stopped) {
      const body = fresh.length === 1 ? fresh[0]!.name : `${fresh.length} × ${fresh.map((o) => o.name).slice(0, 3).join(', ')}`
      this.opts.notify('有新的数据包可导入 / New update bundle available', body)
    }
    this.push()
  }
}

export const configPathIn = (userData: string): string => join(userData, 'subscriptions.json')
