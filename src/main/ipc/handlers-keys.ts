// The trusted-publisher-key methods of the desktop API: list, add, remove, kept in the
// settings file. Also gives the import handler the keys to check signatures against.
import { app } from 'electron'
import { TrustedKeyError, addKey, allTrustedKeys, listEntries, removeKey } from '@shared/bundle/trusted-keys'
import type { TrustedKey } from '@shared/bundle/signature'
import { createSettingsStore, type SettingsStore } from '../settings-store'
import { UserFacingError } from './register'
import type { Handlers } from './register'

type KeyHandlers = Pick<Handlers, 'keys:list' | 'keys:add' | 'keys:remove'>

let defaultStore: SettingsStore | null = null
/** The app's settings store in userData, made on first use (after the app is ready). */
export function settingsStore(): SettingsStore {
  defaultStore ??= createSettingsStore(() => app.getPath('userData'))
  return defaultStore
}

/** Built-in and user keys, for checking a bundle's signature. */
export async function trustedKeys(store: SettingsStore = settingsStore()): Promise<TrustedKey[]> {
  return allTrustedKeys((await store.read()).trustedKeys)
}

function asUserError(err: unknown): never {
  if (err instanceof TrustedKeyError) throw new UserFacingError('bad_args', err.message)
  throw err
}

export function createKeyHandlers(store: SettingsStore = settingsStore()): KeyHandlers {
  return {
    'keys:list': async () => listEntries((await store.read()).trustedKeys),
    'keys:add': async (args) => {
      const s = await store.update(async (cur) => ({ ...cur, trustedKeys: await addKey(cur.trustedKeys, args!) })).catch(asUserError)
      return listEntries(s.trustedKeys)
    },
    'keys:remove': async (args) => {
      const s = await store.update(async (cur) => ({ ...cur, trustedKeys: await removeKey(cur.trustedKeys, args!.keyId) })).catch(asUserError)
      return listEntries(s.trustedKeys)
    },
  }
}
