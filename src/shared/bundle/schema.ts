// The update-bundle envelope: the default data and every later import use this one format.
// See docs/bundle-format.md. The digest covers the canonical JSON of everything but itself and
// the signature.
import { z } from 'zod'
import { idSchema, revSchema, sourceSchema, textSchema } from '../model/common'
import { RECORD_KINDS, RECORD_SCHEMAS } from '../model/records'

export const BUNDLE_FORMAT = 'policy-desk-bundle'
export const BUNDLE_FORMAT_VERSION = 1

export const tombstoneSchema = z.strictObject({
  kind: z.enum(RECORD_KINDS as [string, ...string[]]),
  id: idSchema,
  rev: revSchema,
})

const recordsShape = Object.fromEntries(
  RECORD_KINDS.map((k) => [k, z.array(RECORD_SCHEMAS[k]).max(1_000_000).default([])]),
) as { [K in keyof typeof RECORD_SCHEMAS]: z.ZodDefault<z.ZodArray<(typeof RECORD_SCHEMAS)[K]>> }

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  publisher: z.strictObject({ id: idSchema, name: textSchema(200) }),
  createdAt: z.iso.datetime({ offset: true }),
  sequence: z.number().int().min(1),
  title: textSchema(300).optional(),
  sources: z.array(sourceSchema).max(1000).default([]),
  records: z.strictObject(recordsShape),
  tombstones: z.array(tombstoneSchema).max(1_000_000).default([]),
  digest: z.strictObject({
    algorithm: z.literal('sha-256'),
    value: z.string().regex(/^[0-9a-f]{64}$/, '须为 64 位十六进制 / must be 64 hex digits'),
  }),
  /** Optional Ed25519 signature of the digest; see signature.ts for what exactly is signed. */
  signature: z
    .strictObject({
      algorithm: z.literal('ed25519'),
      keyId: z.string().regex(/^[0-9a-f]{16}$/, '须为 16 位十六进制 / must be 16 hex digits'),
      value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, '须为 64 字节的 Base64 / must be base64 of 64 bytes'),
    })
    .optional(),
})
export type Bundle = z.infer<typeof bundleSchema>
export type BundleInput = z.input<typeof bundleSchema>
