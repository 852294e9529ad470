// A checked feed index → offers, one per listed bundle whose address resolves by the rules of
// feed-address.ts. Entries that do not resolve are reported, never fetched.
import { MAX_IMPORT_BYTES } from '../ipc/channels'
import { checkFolderEntry, resolveWebEntry, type FeedAddress } from './feed-address'
import type { FeedIndex } from './feed-format'
import { offerId, type Offer } from './offers'

export interface FeedOffers {
  offers: Offer[]
  /** one line per entry left out, naming it and the reason */
  problems: string[]
}

function lastSegment(s: string): string {
  const path = s.split(/[?#]/)[0] ?? s
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || s
}

export function offersFromIndex(index: FeedIndex, feedId: string, address: FeedAddress, now = new Date()): FeedOffers {
  const offers: Offer[] = []
  const problems: string[] = []
  index.bundles.forEach((entry, i) => {
    const where = address.kind === 'web' ? resolveWebEntry(address.url, entry.url) : checkFolderEntry(entry.url)
    if (!where.ok) return problems.push(`bundles[${i}].url: ${where.message}`)
    if (entry.bytes !== undefined && entry.bytes > MAX_IMPORT_BYTES) {
      return problems.push(`bundles[${i}].bytes: 数据包过大 / bundle too large (${(entry.bytes / 1048576).toFixed(1)} MB)`)
    }
    const file = lastSegment(where.value)
    offers.push({
      id: offerId('feed', `${feedId}|${entry.digest}|${where.value}`),
      source: 'feed',
      name: entry.title ? `${entry.title} (${file})` : file,
      address: where.value,
      size: entry.bytes ?? null,
      digest: entry.digest,
      feedId,
      sequence: entry.sequence,
      foundAt: now.toISOString(),
    })
  })
  return { offers, problems }
}

/** The file name to open a downloaded bundle under (its extension picks the decoder). */
export function bundleFileName(offer: Pick<Offer, 'address'>): string {
  return lastSegment(offer.address)
}
