// The settings a backup carries beside the database: the analyst's own trusted publisher keys
// and feed addresses (main keeps them in userData files; the browser build in localStorage).
// A restore adds those that are missing and never removes any.
import type { AppSettings } from '@shared/backup/format'
import { desktop } from '../../platform'

/** What to put in a backup; null when neither list can be read (the backup goes on without them). */
export async function collectAppSettings(): Promise<AppSettings | null> {
  const [keys, subs] = await Promise.all([desktop.keys.list(), desktop.subscriptions.get()])
  if (!keys.ok && !subs.ok) return null
  return {
    trustedKeys: keys.ok ? keys.data.filter((k) => !k.builtIn).map(({ publisherId, name, publicKey }) => ({ publisherId, name, publicKey })) : [],
    feeds: subs.ok ? subs.data.feeds.map((f) => ({ address: f.address })) : [],
  }
}

export interface SettingsRestored {
  keys: number
  feeds: number
  /** each one that could not be added, with the reason */
  failed: string[]
}

/** Adds the keys and feeds of a backup that are not there yet. */
export async function applyAppSettings(settings: AppSettings | null): Promise<SettingsRestored> {
  const out: SettingsRestored = { keys: 0, feeds: 0, failed: [] }
  if (!settings) return out
  const [keys, subs] = await Promise.all([desktop.keys.list(), desktop.subscriptions.get()])
  const haveKeys = new Set(keys.ok ? keys.data.map((k) => k.publicKey) : [])
  for (const k of settings.trustedKeys) {
    if (haveKeys.has(k.publicKey)) continue
    const res = await desktop.keys.add(k)
    if (res.ok) out.keys++
    else out.failed.push(`${k.name}: ${res.error.message}`)
  }
  const haveFeeds = new Set(subs.ok ? subs.data.feeds.map((f) => f.address) : [])
  for (const f of settings.feeds) {
    if (haveFeeds.has(f.address)) continue
    const res = await desktop.subscriptions.addFeed({ address: f.address })
    if (res.ok) out.feeds++
    else out.failed.push(`${f.address}: ${res.error.message}`)
  }
  return out
}
