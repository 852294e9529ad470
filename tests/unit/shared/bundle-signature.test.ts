// Ed25519 signatures: a bundle signed by a trusted publisher key verifies as trusted; any
// change after signing, a key trusted for another publisher, or no signature does not.
import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { base64ToBytes } from '../../../src/shared/bundle/base64'
import { bundleSchema } from '../../../src/shared/bundle/schema'
import { readBundleText } from '../../../src/shared/bundle/read'
import {
  SIGNATURE_CONTEXT,
  generateKeyPair,
  keyIdOf,
  needsConsent,
  parsePublicKey,
  signBundle,
  verifyBundle,
  type KeyPair,
  type TrustedKey,
} from '../../../src/shared/bundle/signature'
import { BUILT_IN_KEYS } from '../../../src/shared/bundle/trusted-keys'

const source = JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8')) as Record<string, unknown>
const publisherId = (source.publisher as { id: string }).id
let pair: KeyPair
let other: KeyPair
let trusted: TrustedKey[]
let signed: Record<string, unknown>

beforeAll(async () => {
  pair = await generateKeyPair()
  other = await generateKeyPair()
  trusted = [{ publisherId, name: '默认数据', publicKey: pair.publicKey }]
  signed = await signBundle(source, base64ToBytes(pair.privateKey)!)
})

describe('bundle signatures', () => {
  it('derives the key id from the public key and exports raw 32-byte keys', async () => {
    expect(pair.keyId).toMatch(/^[0-9a-f]{16}$/)
    expect(await keyIdOf(base64ToBytes(pair.publicKey)!)).toBe(pair.keyId)
    expect(pair.keyId).not.toBe(other.keyId)
    expect(parsePublicKey(pair.publicKey)).toHaveLength(32)
    expect(parsePublicKey('abc$')).toMatch(/not valid base64/)
    expect(parsePublicKey(btoa('short'))).toMatch(/32 bytes \(got 5\)/)
  })

  it('signs the digest with the documented context, and the result passes the schema and reader', async () => {
    const sig = signed.signature as { algorithm: string; keyId: string; value: string }
    expect(sig).toMatchObject({ algorithm: 'ed25519', keyId: pair.keyId })
    const key = await crypto.subtle.importKey('raw', base64ToBytes(pair.publicKey)!, { name: 'Ed25519' }, false, ['verify'])
    const digest = (signed.digest as { value: string }).value
    const message = new TextEncoder().encode(SIGNATURE_CONTEXT + digest)
    expect(await crypto.subtle.verify({ name: 'Ed25519' }, key, base64ToBytes(sig.value)!, message)).toBe(true)
    expect(digest).toBe((source.digest as { value: string }).value) // the signature does not change the digest
    expect(bundleSchema.safeParse(signed).success).toBe(true)
    expect((await readBundleText(JSON.stringify(signed))).ok).toBe(true)
  })

  it('verifies as trusted with the publisher key, unknown_key without it, unsigned without a signature', async () => {
    expect(await verifyBundle(signed, trusted)).toMatchObject({ status: 'trusted', keyId: pair.keyId, publisherId, trustedName: '默认数据' })
    const unknown = await verifyBundle(signed, [{ publisherId, name: 'x', publicKey: other.publicKey }])
    expect(unknown).toMatchObject({ status: 'unknown_key', keyId: pair.keyId, reason: expect.stringMatching(/unknown publisher key/) })
    const { signature: _signature, ...unsigned } = source
    expect(await verifyBundle(unsigned, trusted)).toMatchObject({ status: 'unsigned', publisherId })
    expect(needsConsent(unknown)).toBe(true)
    expect(needsConsent({ status: 'unsigned' })).toBe(true)
    expect(needsConsent({ status: 'trusted' })).toBe(false)
    expect(needsConsent({ status: 'invalid' })).toBe(false)
  })

  it('does not let a key trusted for one publisher vouch for a bundle claiming another', async () => {
    const forOther = [{ publisherId: 'someone-else', name: '别家', publicKey: pair.publicKey }]
    const v = await verifyBundle(signed, forOther)
    expect(v.status).toBe('unknown_key')
    expect(v.reason).toMatch(/trusted for publisher someone-else, not policy-desk-default/)
    // Re-labelling the publisher breaks the digest, and a re-sealed digest breaks the signature.
    const relabelled = { ...signed, publisher: { id: 'someone-else', name: '别家' } }
    expect((await verifyBundle(relabelled, forOther)).status).toBe('invalid')
  })

  it('finds any change after signing: a record, the digest re-computed, the signature itself', async () => {
    const records = structuredClone(signed.records) as { policies: { title: string }[] }
    records.policies[0]!.title += '（改）'
    const tampered = { ...signed, records }
    expect(await verifyBundle(tampered, trusted)).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/digest mismatch/) })
    // Re-sealing the digest after the change leaves the old signature over the old digest.
    const { bundleDigest } = await import('../../../src/shared/bundle/digest')
    const resealed = { ...tampered, digest: { algorithm: 'sha-256', value: await bundleDigest(tampered) } }
    expect(await verifyBundle(resealed, trusted)).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/signature does not match/) })
    const sig = signed.signature as { value: string }
    const flipped = { ...signed, signature: { ...sig, value: (sig.value[0] === 'A' ? 'B' : 'A') + sig.value.slice(1) } }
    expect((await verifyBundle(flipped, trusted)).status).toBe('invalid')
    const malformed = { ...signed, signature: { algorithm: 'rsa', keyId: pair.keyId, value: sig.value } }
    expect(await verifyBundle(malformed, trusted)).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/malformed signature/) })
  })

  it('the shipped default data is signed by the built-in key (re-sign it after re-sealing)', async () => {
    expect(await verifyBundle(source, BUILT_IN_KEYS)).toMatchObject({ status: 'trusted', publisherId: 'policy-desk-default' })
  })
})
