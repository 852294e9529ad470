// The trusted publisher keys: the built-in ones shipped in resources/trusted-keys.json plus the
// ones the user added. Pure list logic shared by main (a settings file) and the browser build
// (localStorage); both persist `TrustedKey[]` of the user's keys only. No zod here: the
// schemas are in trusted-key-schema.ts, so listing keys does not load them.
import builtIn from '../../../resources/trusted-keys.json'
import { keyIdOf, parsePublicKey, type TrustedKey } from './signature'

/** A trusted key as the settings screen lists it. */
export interface TrustedKeyEntry extends TrustedKey {
  keyId: string
  /** shipped with the app: cannot be removed */
  builtIn: boolean
}

/** Shipped with the app (a unit test checks the file against trustedKeyListSchema). */
export const BUILT_IN_KEYS: readonly TrustedKey[] = builtIn

/** Every key signatures are checked against: built-in first, then the user's. */
export function allTrustedKeys(user: readonly TrustedKey[]): TrustedKey[] {
  return [...BUILT_IN_KEYS, ...user]
}

export async function listEntries(user: readonly TrustedKey[]): Promise<TrustedKeyEntry[]> {
  const entry = async (k: TrustedKey, isBuiltIn: boolean): Promise<TrustedKeyEntry> => ({
    ...k,
    keyId: await keyIdOf(parsePublicKey(k.publicKey) as Uint8Array<ArrayBuffer>),
    builtIn: isBuiltIn,
  })
  return Promise.all([...BUILT_IN_KEYS.map((k) => entry(k, true)), ...user.map((k) => entry(k, false))])
}

export class TrustedKeyError extends Error {}

/** The user's list with `key` added; refuses a key already trusted (built-in or added). */
export async function addKey(user: readonly TrustedKey[], key: TrustedKey): Promise<TrustedKey[]> {
  const trimmed = { ...key, publicKey: key.publicKey.trim(), name: key.name.trim() }
  const entries = await listEntries(user)
  const id = await keyIdOf(parsePublicKey(trimmed.publicKey) as Uint8Array<ArrayBuffer>)
  const same = entries.find((e) => e.keyId === id)
  if (same) throw new TrustedKeyError(`publicKey: 该密钥已受信（${same.name}）/ this key is already trusted (${same.name})`)
  return [...user, trimmed]
}

/** The user's list without the key `keyId`; built-in keys cannot be removed. */
export async function removeKey(user: readonly TrustedKey[], keyId: string): Promise<TrustedKey[]> {
  const entries = await listEntries(user)
  const hit = entries.find((e) => e.keyId === keyId)
  if (!hit) throw new TrustedKeyError(`keyId: 没有这个密钥 / no such key: ${keyId}`)
  if (hit.builtIn) throw new TrustedKeyError('keyId: 内置密钥不能删除 / a built-in key cannot be removed')
  return entries.filter((e) => !e.builtIn && e.keyId !== keyId).map(({ publisherId, name, publicKey }) => ({ publisherId, name, publicKey }))
}
