// Canonical JSON (sorted keys, no whitespace) and its SHA-256, the same in Node and Chromium.
// A bundle's digest covers every field except `digest` and `signature`.

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('non-finite number')
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) return '[' + value.map((v) => canonicalJson(v)).join(',') + ']'
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(obj[k])).join(',') + '}'
}

export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text)
  const hash = await globalThis.crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** The digest a bundle must carry: SHA-256 of its canonical JSON without digest and signature. */
export async function bundleDigest(bundle: Record<string, unknown>): Promise<string> {
  const rest: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(bundle)) if (k !== 'digest' && k !== 'signature') rest[k] = v
  return sha256Hex(canonicalJson(rest))
}
