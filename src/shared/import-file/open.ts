// What an import file holds, decided from its bytes and its name, shared by the main process,
// the browser build and the command-line tool. Bundles (plain, gzip or zip) and CSV arrive as
// decoded text, a bundle with its digest and signature checked; an XLSX workbook as its bytes.
import type { OpenedFile } from '../ipc/contract'
import { verifyBundle, type BundleVerification, type TrustedKey } from '../bundle/signature'
import { DEFAULT_LIMITS, gunzipLimited, sniffContainer, unzipSingleJson, type ContainerLimits } from './containers'
import { decodeText } from './encoding'
import { ImportFileError } from './errors'

export { ImportFileError } from './errors'
export { decodeText } from './encoding'

function extension(name: string): string {
  const i = name.lastIndexOf('.')
  return i < 0 ? '' : name.slice(i + 1).toLowerCase()
}

/** Checks a bundle's envelope (digest, signature, trusted keys) without the record schema. */
export async function verifyBundleText(text: string, trusted: readonly TrustedKey[]): Promise<BundleVerification> {
  let raw: unknown
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (err) {
    return { status: 'invalid', reason: `(file): 不是有效的 JSON / not valid JSON: ${(err as Error).message}` }
  }
  return verifyBundle(raw, trusted)
}

/**
 * Turns the bytes of a chosen file into what the import screen works with. `trusted` are the
 * publisher keys from the settings; a bundle's `verification` says whether one vouches for it.
 */
export async function openImportFile(
  name: string,
  bytes: Uint8Array,
  maxBytes: number,
  trusted: readonly TrustedKey[] = [],
  limits: ContainerLimits = DEFAULT_LIMITS,
): Promise<OpenedFile> {
  if (bytes.byteLength > maxBytes) {
    throw new ImportFileError(
      'too_large',
      `文件过大 / file too large: ${(bytes.byteLength / 1048576).toFixed(1)} MB > ${(maxBytes / 1048576).toFixed(0)} MB`,
    )
  }
  const size = bytes.byteLength
  const ext = extension(name)
  if (ext === 'xlsx') return { name, size, format: 'xlsx', bytes, encoding: null, container: null }
  const container = sniffContainer(bytes)
  let inner = bytes
  let innerExt = ext
  if (container === 'gzip') {
    inner = gunzipLimited(bytes, limits)
    innerExt = ext === 'gz' || ext === 'tgz' ? extension(name.slice(0, -ext.length - 1)) : ext
  } else if (container === 'zip') {
    const entry = unzipSingleJson(bytes, limits)
    inner = entry.data
    innerExt = 'json'
  }
  const { text, encoding } = decodeText(inner)
  if (innerExt === 'csv') return { name, size, format: 'csv', text, encoding, container }
  return { name, size, format: 'bundle', text, encoding, container, verification: await verifyBundleText(text, trusted) }
}
