// Ed25519 signatures of update bundles (WebCrypto: Node 20, Chromium and Electron alike).
// What is signed: the UTF-8 bytes of `policy-desk-bundle:v1:` followed by the bundle's digest
// (64 lowercase hex), so the signature covers everything the digest covers (all but digest and
// signature). A key id is the first 16 hex of the SHA-256 of the raw 32-byte public key.
import { bundleDigest } from './digest'
import { base64ToBytes, bytesToBase64, hex } from './base64'

export const SIGNATURE_CONTEXT = 'policy-desk-bundle:v1:'
const ED25519 = { name: 'Ed25519' } as const
/** CryptoKey, named so that it type-checks under Node's and the DOM's typings alike. */
type WebCryptoKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>

/** A publisher key the user (or the app) trusts, bound to one publisher id. */
export interface TrustedKey {
  publisherId: string
  /** the name the user knows the publisher by */
  name: string
  /** base64 of the raw 32-byte Ed25519 public key */
  publicKey: string
}

export type VerificationStatus = 'trusted' | 'unknown_key' | 'unsigned' | 'invalid'
export interface BundleVerification {
  status: VerificationStatus
  keyId?: string
  /** the publisher the bundle claims */
  publisherId?: string
  publisherName?: string
  /** the name of the trusted key that vouched for the bundle */
  trustedName?: string
  /** why the bundle is not trusted, bilingual */
  reason?: string
}

export interface KeyPair {
  keyId: string
  /** base64 raw public key (32 bytes) */
  publicKey: string
  /** base64 PKCS#8 private key */
  privateKey: string
}

export interface BundleSignature {
  algorithm: 'ed25519'
  keyId: string
  value: string
}

/** An unsigned or unknown-publisher bundle may be imported only with the user's explicit consent. */
export function needsConsent(v: BundleVerification | undefined): boolean {
  return v?.status === 'unsigned' || v?.status === 'unknown_key'
}

export async function keyIdOf(publicKeyRaw: Uint8Array<ArrayBuffer>): Promise<string> {
  return hex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', publicKeyRaw))).slice(0, 16)
}

/** The 32 bytes of a base64 public key, or an error message naming what is wrong. */
export function parsePublicKey(b64: string): Uint8Array<ArrayBuffer> | string {
  const bytes = base64ToBytes(b64.trim())
  if (!bytes) return '不是有效的 Base64 / not valid base64'
  if (bytes.length !== 32) return `Ed25519 公钥须为 32 字节（实为 ${bytes.length}）/ an Ed25519 public key is 32 bytes (got ${bytes.length})`
  return bytes
}

export async function generateKeyPair(): Promise<KeyPair> {
  const pair = (await globalThis.crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as {
    publicKey: WebCryptoKey
    privateKey: WebCryptoKey
  }
  const raw = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', pair.publicKey))
  const pkcs8 = new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', pair.privateKey))
  return { keyId: await keyIdOf(raw), publicKey: bytesToBase64(raw), privateKey: bytesToBase64(pkcs8) }
}

function signedMessage(digestHex: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(SIGNATURE_CONTEXT + digestHex)
}

/**
 * Seals and signs a bundle: computes the digest, then signs it. Returns a new object, the
 * input plus `digest` and `signature` (any old ones replaced).
 */
export async function signBundle(bundle: Record<string, unknown>, privateKeyPkcs8: Uint8Array<ArrayBuffer>): Promise<Record<string, unknown>> {
  const key = await globalThis.crypto.subtle.importKey('pkcs8', privateKeyPkcs8, ED25519, true, ['sign'])
  const jwk = await globalThis.crypto.subtle.exportKey('jwk', key)
  const pub = jwk.x ? base64ToBytes(jwk.x.replace(/-/g, '+').replace(/_/g, '/')) : null
  if (!pub || pub.length !== 32) throw new Error('不是 Ed25519 私钥 / not an Ed25519 private key')
  const value = await bundleDigest(bundle)
  const sig = new Uint8Array(await globalThis.crypto.subtle.sign(ED25519, key, signedMessage(value)))
  const signature: BundleSignature = { algorithm: 'ed25519', keyId: await keyIdOf(pub), value: bytesToBase64(sig) }
  return { ...bundle, digest: { algorithm: 'sha-256', value }, signature }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

async function checkSignature(publicKey: Uint8Array<ArrayBuffer>, sig: Uint8Array<ArrayBuffer>, digestHex: string): Promise<boolean> {
  try {
    const key = await globalThis.crypto.subtle.importKey('raw', publicKey, ED25519, false, ['verify'])
    return await globalThis.crypto.subtle.verify(ED25519, key, sig, signedMessage(digestHex))
  } catch {
    return false
  }
}

/**
 * Checks a parsed bundle's digest and signature against the trusted keys. Looks only at the
 * envelope (publisher, digest, signature); the records are the reader's business.
 */
export async function verifyBundle(raw: unknown, trusted: readonly TrustedKey[]): Promise<BundleVerification> {
  if (!isObject(raw)) return { status: 'invalid', reason: '不是 JSON 对象 / not a JSON object' }
  const publisher = isObject(raw.publisher) ? raw.publisher : {}
  const who: BundleVerification = { status: 'invalid' }
  if (typeof publisher.id === 'string') who.publisherId = publisher.id
  if (typeof publisher.name === 'string') who.publisherName = publisher.name
  const claimed = isObject(raw.digest) ? raw.digest.value : undefined
  if (typeof claimed !== 'string') return { ...who, reason: 'digest.value: 缺少摘要 / missing digest' }
  const digest = await bundleDigest(raw)
  if (digest !== claimed) return { ...who, reason: 'digest.value: 摘要不符，文件可能已损坏或被改动 / digest mismatch' }
  if (raw.signature === undefined) return { ...who, status: 'unsigned' }
  const s = raw.signature
  if (!isObject(s) || s.algorithm !== 'ed25519' || typeof s.keyId !== 'string' || !/^[0-9a-f]{16}$/.test(s.keyId) || typeof s.value !== 'string') {
    return { ...who, reason: 'signature: 签名格式不对 / malformed signature (algorithm ed25519, keyId 16 hex, value base64)' }
  }
  const sig = base64ToBytes(s.value)
  if (!sig || sig.length !== 64) return { ...who, keyId: s.keyId, reason: 'signature.value: 须为 64 字节的 Base64 / must be base64 of 64 bytes' }
  let otherPublisher: string | null = null
  for (const k of trusted) {
    const pub = parsePublicKey(k.publicKey)
    if (typeof pub === 'string' || (await keyIdOf(pub)) !== s.keyId) continue
    if (!(await checkSignature(pub, sig, digest))) {
      return { ...who, keyId: s.keyId, reason: 'signature: 签名与内容不符 / the signature does not match the content' }
    }
    if (k.publisherId === who.publisherId) return { ...who, status: 'trusted', keyId: s.keyId, trustedName: k.name }
    otherPublisher = k.publisherId
  }
  const reason = otherPublisher
    ? `该密钥只受信于发布者 ${otherPublisher}，而文件声称来自 ${who.publisherId ?? '?'} / the key is trusted for publisher ${otherPublisher}, not ${who.publisherId ?? '?'}`
    : `未知的发布者密钥 ${s.keyId} / unknown publisher key ${s.keyId}`
  return { ...who, status: 'unknown_key', keyId: s.keyId, reason }
}
