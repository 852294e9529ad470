// Trusted publisher keys in the browser build: the same list logic as main, kept in
// localStorage; a corrupt entry reads as no user keys rather than breaking the app.
import type { ApiArgs, DesktopApi, IpcResult } from '@shared/ipc/contract'
import type { TrustedKey } from '@shared/bundle/signature'
import type { TrustedKeyEntry } from '@shared/bundle/trusted-keys'
import { argsProblem } from '../workers/args-client'

const STORAGE_KEY = 'policy-desk:trusted-keys'
const trustedKeysModule = () => import('@shared/bundle/trusted-keys')

async function readUserKeys(): Promise<TrustedKey[]> {
  let raw: unknown
  try {
    raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
  } catch {
    return []
  }
  // No keys of the user's (the usual case): nothing to check, and the schemas (zod) stay unloaded.
  if (Array.isArray(raw) && raw.length === 0) return []
  const { parseStoredKeys } = await import('@shared/bundle/trusted-key-schema')
  return parseStoredKeys(raw)
}

/** Built-in and user keys, for checking a bundle's signature when it is opened. */
export async function browserTrustedKeys(): Promise<TrustedKey[]> {
  const { allTrustedKeys } = await trustedKeysModule()
  return allTrustedKeys(await readUserKeys())
}

async function change(
  channel: 'keys:add' | 'keys:remove',
  args: unknown,
  run: (user: TrustedKey[]) => Promise<TrustedKey[]>,
): Promise<IpcResult<TrustedKeyEntry[]>> {
  const problem = await argsProblem(channel, args)
  if (problem !== null) return { ok: false, error: { code: 'bad_args', message: `${channel}: ${problem}` } }
  const { TrustedKeyError, listEntries } = await trustedKeysModule()
  try {
    const next = await run(await readUserKeys())
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next))
    return { ok: true, data: await listEntries(next) }
  } catch (err) {
    if (err instanceof TrustedKeyError) return { ok: false, error: { code: 'bad_args', message: `${channel}: ${err.message}` } }
    throw err
  }
}

export function createBrowserKeys(): DesktopApi['keys'] {
  return {
    list: async () => {
      const { listEntries } = await trustedKeysModule()
      return { ok: true, data: await listEntries(await readUserKeys()) }
    },
    add: (args: ApiArgs<'keys:add'>) =>
      change('keys:add', args, async (user) => (await trustedKeysModule()).addKey(user, args)),
    remove: (args: ApiArgs<'keys:remove'>) =>
      change('keys:remove', args, async (user) => (await trustedKeysModule()).removeKey(user, args.keyId)),
  }
}
