// Checking one feed (web or folder) for its listed bundles, and fetching one listed bundle
// when the user opens its offer. Offers only: nothing is written anywhere.
import { readFile, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { MAX_IMPORT_BYTES } from '@shared/ipc/channels'
import type { OpenedFile } from '@shared/ipc/contract'
import { ImportFileError, openImportFile } from '@shared/import-file/open'
import {
  FEED_INDEX_FILE,
  MAX_FEED_INDEX_BYTES,
  bundleFileName,
  checkFolderEntry,
  declaredDigest,
  feedErrorText,
  offersFromIndex,
  parseFeedAddress,
  parseFeedIndex,
  type FeedAddress,
  type FeedConfig,
  type FeedOffers,
  type Offer,
} from '@shared/subscriptions'
import { readImportFile } from '../files'
import type { TrustedKey } from '@shared/bundle/signature'
import { UserFacingError } from '../ipc/register'
import { fetchCapped } from './fetch-capped'

/** A folder feed's folder and index file: the address names the folder, or the index (.json) in it. */
export function folderFeedPaths(path: string): { folder: string; index: string } {
  return path.toLowerCase().endsWith('.json') ? { folder: dirname(path), index: path } : { folder: path, index: join(path, FEED_INDEX_FILE) }
}

async function readIndexText(address: FeedAddress, timeoutMs: number): Promise<string> {
  if (address.kind === 'web') return new TextDecoder().decode(await fetchCapped(address.url, MAX_FEED_INDEX_BYTES, timeoutMs))
  const { index } = folderFeedPaths(address.path)
  const info = await stat(index).catch((err: NodeJS.ErrnoException) => {
    throw new UserFacingError('failed', `找不到订阅索引 / feed index not found: ${index} (${err.code ?? err.message})`)
  })
  if (info.size > MAX_FEED_INDEX_BYTES) throw new UserFacingError('too_large', `索引过大 / index too large (max 1 MB): ${index}`)
  return readFile(index, 'utf8')
}

export async function checkFeed(feed: FeedConfig, timeoutMs = 15_000, now = new Date()): Promise<FeedOffers> {
  const address = parseFeedAddress(feed.address)
  if (!address.ok) throw new UserFacingError('bad_args', address.message)
  const parsed = parseFeedIndex(await readIndexText(address.value, timeoutMs))
  if (!parsed.ok) throw new UserFacingError('failed', `订阅索引无效 / invalid feed index: ${feedErrorText(parsed.errors)}`)
  return offersFromIndex(parsed.index, feed.id, address.value, now)
}

/** Reads or downloads the offered bundle (size-capped) and checks it is the one the feed listed. */
export async function openFeedOffer(feed: FeedConfig, offer: Offer, timeoutMs = 15_000, trusted: readonly TrustedKey[] = []): Promise<OpenedFile> {
  const address = parseFeedAddress(feed.address)
  if (!address.ok) throw new UserFacingError('bad_args', address.message)
  let file: OpenedFile
  if (address.value.kind === 'folder') {
    const entry = checkFolderEntry(offer.address)
    if (!entry.ok) throw new UserFacingError('bad_args', entry.message)
    file = await readImportFile(join(folderFeedPaths(address.value.path).folder, entry.value), undefined, [...trusted])
  } else {
    const bytes = await fetchCapped(offer.address, MAX_IMPORT_BYTES, timeoutMs)
    try {
      file = await openImportFile(bundleFileName(offer), bytes, MAX_IMPORT_BYTES, [...trusted])
    } catch (err) {
      if (err instanceof ImportFileError) throw new UserFacingError(err.code, err.message)
      throw err
    }
  }
  const got = file.text === undefined ? undefined : declaredDigest(file.text)
  if (offer.digest && got && got !== offer.digest) {
    throw new UserFacingError('failed', `数据包摘要与订阅索引不符 / the bundle's digest differs from the feed index: ${offer.name}`)
  }
  return file
}
