// The trusted publisher keys for the settings screen: list, add (checked field by field with
// the same schema main uses), remove, through the desktop API.
import { ref } from 'vue'
import type { TrustedKeyEntry } from '@shared/bundle/trusted-keys'
import { desktop } from '../platform'

export interface KeyDraft {
  publisherId: string
  name: string
  publicKey: string
}

/** `keys:add: publicKey: reason` → { publicKey: reason }; other messages under `form`. */
function errorsFrom(message: string): Record<string, string> {
  const m = /^keys:\w+: (publisherId|name|publicKey): (.*)$/s.exec(message)
  return m ? { [m[1]!]: m[2]! } : { form: message }
}

export function useTrustedKeys() {
  const keys = ref<TrustedKeyEntry[]>([])
  const loadError = ref<string | null>(null)

  async function load(): Promise<void> {
    const res = await desktop.keys.list()
    if (res.ok) keys.value = res.data
    else loadError.value = res.error.message
  }

  /** Adds the key; returns the field errors, empty when it was added. */
  async function add(draft: KeyDraft): Promise<Record<string, string>> {
    const { trustedKeySchema } = await import('@shared/bundle/trusted-key-schema')
    const parsed = trustedKeySchema.safeParse({ ...draft, publicKey: draft.publicKey.trim() })
    if (!parsed.success) {
      const errors: Record<string, string> = {}
      for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message
      return errors
    }
    const res = await desktop.keys.add(parsed.data)
    if (!res.ok) return errorsFrom(res.error.message)
    keys.value = res.data
    return {}
  }

  async function remove(keyId: string): Promise<string | null> {
    const res = await desktop.keys.remove({ keyId })
    if (!res.ok) return res.error.message
    keys.value = res.data
    return null
  }

  return { keys, loadError, load, add, remove }
}
