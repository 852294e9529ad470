// `bundle build`, `bundle sign` and `bundle keygen`: commands that write bundles and keys.
// Nothing is written unless the result is a valid bundle.
import { chmodSync, existsSync, writeFileSync } from 'node:fs'
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, bundleSchema } from '../shared/bundle/schema'
import { bundleDigest } from '../shared/bundle/digest'
import { base64ToBytes } from '../shared/bundle/base64'
import { generateKeyPair, signBundle } from '../shared/bundle/signature'
import { findForbiddenKey } from '../shared/bundle/read'
import { toFieldErrors } from '../shared/model/validate'
import { CliError, loadBundle, printErrors, privateKeyPem, readBytes, readPrivateKey, writeBundle } from './files'
import { inputReaderFor } from './input-readers'

export interface BuildOptions {
  input: string
  out: string
  publisherId: string
  publisherName: string
  sequence: string
  title?: string
  createdAt?: string
  key?: string
  gzip?: boolean
}

export async function build(o: BuildOptions): Promise<number> {
  const input = await inputReaderFor(o.input)(readBytes(o.input), o.input)
  const sequence = Number(o.sequence)
  const envelope: Record<string, unknown> = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    publisher: { id: o.publisherId, name: o.publisherName },
    createdAt: o.createdAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sequence: Number.isInteger(sequence) ? sequence : o.sequence,
    ...(o.title !== undefined ? { title: o.title } : {}),
    sources: input.sources ?? [],
    records: input.records,
    tombstones: input.tombstones ?? [],
  }
  const forbidden = findForbiddenKey(envelope)
  if (forbidden) {
    printErrors(o.input, [{ path: forbidden, message: '不允许的键名 / forbidden key' }])
    return 1
  }
  const sealed = { ...envelope, digest: { algorithm: 'sha-256', value: await bundleDigest(envelope) } }
  const parsed = bundleSchema.safeParse(sealed)
  if (!parsed.success) {
    printErrors(o.input, toFieldErrors(parsed.error.issues))
    console.error('未写出任何文件 / nothing written')
    return 1
  }
  const out = o.key ? await signBundle(sealed, readPrivateKey(o.key)) : sealed
  writeBundle(o.out, out, o.gzip)
  console.log(`${o.out}: 已生成 / built — sha-256 ${(out.digest as { value: string }).value}${o.key ? ', signed' : ''}`)
  return 0
}

export async function sign(path: string, keyPath: string, out: string, gzip?: boolean): Promise<number> {
  const key = readPrivateKey(keyPath)
  const loaded = await loadBundle(path)
  if ('errors' in loaded) {
    printErrors(path, loaded.errors)
    return 1
  }
  let signed: Record<string, unknown>
  try {
    signed = await signBundle(loaded.raw, key)
  } catch (err) {
    throw new CliError(`${keyPath}: 不是 Ed25519 私钥 / not an Ed25519 private key (${(err as Error).message})`)
  }
  writeBundle(out, signed, gzip)
  console.log(`${out}: 已签名 / signed with key ${(signed.signature as { keyId: string }).keyId}`)
  return 0
}

/** Writes `<prefix>.key` (PKCS#8 PEM, owner-only) and `<prefix>.pub` (base64 raw public key). */
export async function keygen(prefix: string, force = false): Promise<number> {
  const [keyPath, pubPath] = [`${prefix}.key`, `${prefix}.pub`]
  for (const p of [keyPath, pubPath]) {
    if (existsSync(p) && !force) throw new CliError(`${p}: 已存在，不覆盖（用 --force）/ exists, not overwritten (use --force)`)
  }
  const pair = await generateKeyPair()
  if (!base64ToBytes(pair.privateKey)) throw new CliError('key generation failed')
  writeFileSync(keyPath, privateKeyPem(pair.privateKey), { mode: 0o600 })
  chmodSync(keyPath, 0o600) // also when --force replaced a file with looser permissions
  writeFileSync(pubPath, pair.publicKey + '\n')
  console.log(`key id ${pair.keyId}\npublic key ${pair.publicKey}\nwrote ${keyPath} (keep it secret) and ${pubPath}`)
  return 0
}
