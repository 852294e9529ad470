// File input and output of the command-line tool: bundles read through the app's own import
// reader (same size, container and encoding rules), keys as PEM or base64, outputs as JSON or
// gzip. Messages go to stderr as `file: reason` so editors and CI can point at them.
import { canonicalOrder } from '../shared/bundle/digest'
import { readFileSync, existsSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { gzipSync } from 'fflate'
import { MAX_IMPORT_BYTES } from '../shared/ipc/channels'
import { ImportFileError, openImportFile } from '../shared/import-file/open'
import { readBundleText } from '../shared/bundle/read'
import { base64ToBytes } from '../shared/bundle/base64'
import { parsePublicKey } from '../shared/bundle/signature'
import type { Bundle } from '../shared/bundle/schema'
import type { FieldError } from '../shared/model/validate'

/** A failure the CLI reports as is and exits 1 on. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

export function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path))
  } catch (err) {
    throw new CliError(`${path}: 无法读取 / cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
}

/** The decoded text of a bundle file (.json, .gz or .zip), as the app would read it. */
export async function readBundleFileText(path: string): Promise<string> {
  try {
    const opened = await openImportFile(basename(path), readBytes(path), MAX_IMPORT_BYTES)
    if (opened.format !== 'bundle' || opened.text === undefined) throw new CliError(`${path}: 不是更新包 / not a bundle (${opened.format})`)
    return opened.text
  } catch (err) {
    if (err instanceof ImportFileError) throw new CliError(`${path}: ${err.message}`)
    throw err
  }
}

export type LoadedBundle = { bundle: Bundle; raw: Record<string, unknown> } | { errors: FieldError[] }

/** Reads and fully validates a bundle (schema and digest); `raw` is the JSON as written. */
export async function loadBundle(path: string): Promise<LoadedBundle> {
  const text = await readBundleFileText(path)
  const res = await readBundleText(text)
  if (!res.ok) return { errors: res.errors }
  return { bundle: res.bundle, raw: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Record<string, unknown> }
}

export function printErrors(path: string, errors: readonly FieldError[]): void {
  for (const e of errors) console.error(`${e.path}: ${e.message}`)
  console.error(`${path}: ${errors.length} 处错误 / ${errors.length} error(s)`)
}

/** A private key file: PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) or bare base64 PKCS#8. */
export function readPrivateKey(path: string): Uint8Array<ArrayBuffer> {
  const text = new TextDecoder().decode(readBytes(path))
  const body = text.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, '').replace(/\s+/g, '')
  const bytes = base64ToBytes(body)
  if (!bytes || bytes.length < 40) throw new CliError(`${path}: 不是 PKCS#8 私钥 / not a PKCS#8 private key (PEM or base64)`)
  return bytes
}

export function privateKeyPem(pkcs8Base64: string): string {
  return `-----BEGIN PRIVATE KEY-----\n${pkcs8Base64.match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----\n`
}

/** A public key given as a file holding base64, or as the base64 itself. */
export function readPublicKey(arg: string): string {
  const text = existsSync(arg) ? new TextDecoder().decode(readBytes(arg)).trim() : arg.trim()
  const parsed = parsePublicKey(text)
  if (typeof parsed === 'string') throw new CliError(`--pubkey: ${parsed}`)
  return text
}

/**
 * Writes a bundle as pretty JSON with keys in canonical order (readers then verify the digest
 * without re-sorting), or gzip when asked or when the name ends in .gz.
 */
export function writeBundle(path: string, bundle: Record<string, unknown>, gzip = false): void {
  const json = new TextEncoder().encode(JSON.stringify(canonicalOrder(bundle), null, 2) + '\n')
  const bytes = gzip || path.toLowerCase().endsWith('.gz') ? gzipSync(json, { level: 9 }) : json
  try {
    writeFileSync(path, bytes)
  } catch (err) {
    throw new CliError(`${path}: 无法写入 / cannot write: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
}
