// The schemas of trusted publisher keys: what a key must be to be added (main checks the call's
// arguments with it, the settings form its fields) and to be read back from storage.
import { z } from 'zod'
import { idSchema, nonEmptyText } from '../model/common'
import { parsePublicKey, type TrustedKey } from './signature'

export const publicKeySchema = z.string().superRefine((s, ctx) => {
  const parsed = parsePublicKey(s)
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed })
})

export const trustedKeySchema = z.strictObject({
  publisherId: idSchema,
  name: nonEmptyText(200),
  publicKey: publicKeySchema,
})
export const trustedKeyListSchema = z.array(trustedKeySchema).max(500)

/** The user's keys read from storage; anything that does not validate is dropped, not fatal. */
export function parseStoredKeys(raw: unknown): TrustedKey[] {
  const parsed = trustedKeyListSchema.safeParse(raw)
  return parsed.success ? parsed.data : []
}
