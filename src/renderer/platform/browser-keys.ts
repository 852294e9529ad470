// Trusted publisher keys in the browser build: the same list logic as main, kept in
// localStorage; a corrupt entry reads as no user keys rather than breaking the app.
import type { ApiArgs, DesktopApi, IpcResult } from '@shared/ipc/contract'
import type { TrustedKey } from '@shared/bundle/signature'
import type { TrustedKeyEntry } from '@shared/bundle/trusted-keys'

const STORAGE_KEY = 'policy-desk:trusted-keys'
const trustedKeysModule = () => import('@shared/bundle/trusted-keys')

async function readUserKeys(): Promise<TrustedKey[]> {
  const { parseStoredKeys } = await trustedKeysModule()
  try {
    return parseStoredKeys(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]'))
  } catch {
    return []
  }
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
  const [{ API_ARGS }, { formatIssues }, { TrustedKeyError, listEntries }] = await Promise.all([
    import('@shared/ipc/contract'),
    import('@shared/model/validate'),
    trustedKeysModule(),
  ])
  const parsed = API_ARGS[channel].safeParse(args)
  if (!parsed.success) return { ok: false, error: { code: 'bad_args', message: `${channel}: ${formatIssues(parsed.error.issues)}` } }
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
