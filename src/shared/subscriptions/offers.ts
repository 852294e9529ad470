// Offers: bundles found in the inbox folder or listed by a feed, waiting for the user to open
// them. Nothing here touches the database; "already seen" means imported (its digest is in
// the import history) or dismissed, keyed by digest (or by file key when no digest is known).

export interface Offer {
  id: string
  source: 'inbox' | 'feed'
  /** file name (inbox) or the bundle's title / file name (feed) */
  name: string
  /** inbox: the file name inside the inbox folder; feed: the bundle's resolved URL or file name */
  address: string
  size: number | null
  /** sha-256 hex of the bundle (its digest.value), when known */
  digest?: string
  /** the feed the offer came from */
  feedId?: string
  sequence?: number
  foundAt: string
}

export interface FeedConfig {
  id: string
  address: string
  addedAt: string
}

export interface FeedStatus extends FeedConfig {
  lastChecked: string | null
  lastError: string | null
}

/** What the subscriptions panel shows; main and the browser build both answer with it. */
export interface SubscriptionsState {
  /** false in the browser build: it cannot watch a folder */
  inboxSupported: boolean
  inbox: string | null
  inboxError: string | null
  feeds: FeedStatus[]
  offers: Offer[]
  checking: boolean
}

/** The key a dismissal is stored under: the digest when known, else the inbox file's name and size. */
export function seenKey(o: Pick<Offer, 'digest' | 'name' | 'size' | 'source'>): string {
  return o.digest ?? `${o.source}:${o.name}:${o.size ?? '?'}`
}

/** True when the offer must not be shown: its bundle was imported or the user dismissed it. */
export function isSeen(o: Pick<Offer, 'digest' | 'name' | 'size' | 'source'>, known: ReadonlySet<string>, dismissed: ReadonlySet<string>): boolean {
  if (o.digest && known.has(o.digest)) return true
  return dismissed.has(seenKey(o))
}

/** Keeps the first offer of each digest (the same bundle in the inbox and a feed is offered once). */
export function dedupeOffers(offers: readonly Offer[]): Offer[] {
  const seen = new Set<string>()
  const out: Offer[] = []
  for (const o of offers) {
    const k = o.digest ?? `id:${o.id}`
    if (seen.has(k)) continue
    seen.add(k)
    out.push(o)
  }
  return out
}

/** Offers found again by a later check keep the time they were first found. */
export function keepFoundAt(fresh: readonly Offer[], before: readonly Offer[] | undefined): Offer[] {
  const first = new Map((before ?? []).map((o) => [o.id, o.foundAt]))
  return fresh.map((o) => ({ ...o, foundAt: first.get(o.id) ?? o.foundAt }))
}

/** A stable id from the offer's source and address (FNV-1a, hex): same file, same id. */
export function offerId(source: Offer['source'], key: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0
  }
  return `${source}-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`
}

/** The declared digest of a bundle's text (digest.value), if it is JSON with one; never throws. */
export function declaredDigest(text: string): string | undefined {
  try {
    const v = (JSON.parse(text) as { digest?: { value?: unknown } } | null)?.digest?.value
    return typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? v : undefined
  } catch {
    return undefined
  }
}
