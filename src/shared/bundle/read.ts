// Reads an update bundle from text: JSON, schema, digest. Each problem names where it is
// (a JSON path) and why, so a data maintainer can fix the file.
import { toFieldErrors, type FieldError } from '../model/validate'
import { bundleDigest } from './digest'
import { bundleSchema, type Bundle } from './schema'

export type ReadResult = { ok: true; bundle: Bundle } | { ok: false; errors: FieldError[] }

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Finds keys that could pollute prototypes if the data were ever merged into objects. */
export function findForbiddenKey(value: unknown, path = ''): string | null {
  if (value === null || typeof value !== 'object') return null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findForbiddenKey(value[i], `${path}[${i}]`)
      if (hit) return hit
    }
    return null
  }
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key
    if (FORBIDDEN_KEYS.has(key)) return here
    const hit = findForbiddenKey((value as Record<string, unknown>)[key], here)
    if (hit) return hit
  }
  return null
}

export async function readBundleText(text: string): Promise<ReadResult> {
  let raw: unknown
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (err) {
    return { ok: false, errors: [{ path: '(file)', message: `不是有效的 JSON / not valid JSON: ${(err as Error).message}` }] }
  }
  const forbidden = findForbiddenKey(raw)
  if (forbidden) return { ok: false, errors: [{ path: forbidden, message: '不允许的键名 / forbidden key' }] }
  const parsed = bundleSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error.issues) }
  const expected = await bundleDigest(raw as Record<string, unknown>)
  if (expected !== parsed.data.digest.value) {
    return {
      ok: false,
      errors: [{ path: 'digest.value', message: `摘要不符，文件可能已损坏或被改动 / digest mismatch (computed ${expected.slice(0, 12)}…)` }],
    }
  }
  return { ok: true, bundle: parsed.data }
}
