// Reads an update bundle from text in three steps: JSON, validation (schema), verification (digest). Each problem names where it is
// (a JSON path) and why, so a data maintainer can fix the file.
import { toFieldErrors, type FieldError } from '../model/validate'
import { bundleDigest } from './digest'
import { z } from 'zod'
import { bundleSchema, type Bundle } from './schema'
import { RECORD_KINDS, RECORD_SCHEMAS } from '../model/records'
import { fastSafeParser } from '../model/fast-parse'

/** `rejected`: records left out because they failed validation (only with `partial`). */
export type ReadResult = { ok: true; bundle: Bundle; rejected: FieldError[] } | { ok: false; errors: FieldError[] }

export interface ReadOptions {
  /**
   * Leave out records that fail validation (each named in `rejected`) instead of refusing the
   * whole bundle, so good records are not held back by bad ones. The envelope, tombstones,
   * forbidden keys and the digest are never partial: a problem there refuses the file.
   */
  partial?: boolean
}

/** How many records the errors of a partial read name (a record can have several errors). */
export function countRejectedRecords(rejected: readonly FieldError[]): number {
  return new Set(rejected.map((e) => /^records\.\w+\[\d+\]/.exec(e.path)?.[0] ?? e.path)).size
}

/** The envelope with records left unchecked, for checking them one by one. */
const envelopeSchema = bundleSchema.extend({
  records: z.strictObject(Object.fromEntries(RECORD_KINDS.map((k) => [k, z.array(z.unknown()).max(1_000_000).default([])]))),
})

// The schemas' results through the lean runner (see fast-parse.ts): zod's answer, quicker for valid records.
const parseBundle = fastSafeParser(bundleSchema)
const parseEnvelope = fastSafeParser(envelopeSchema)
const parseRecord = Object.fromEntries(RECORD_KINDS.map((k) => [k, fastSafeParser(RECORD_SCHEMAS[k] as z.ZodType)])) as Record<string, ReturnType<typeof fastSafeParser>>

function splitRecords(records: Record<string, unknown[]>): { records: Bundle['records']; rejected: FieldError[]; rejectedAt: { kind: string; index: number }[] } {
  const rejected: FieldError[] = []
  const rejectedAt: { kind: string; index: number }[] = []
  const good: Record<string, unknown[]> = {}
  for (const kind of RECORD_KINDS) {
    const list = records[kind] ?? []
    const parse = parseRecord[kind]!
    const kept: unknown[] = []
    list.forEach((rec, i) => {
      const res = parse(rec)
      if (res.success) {
        kept.push(res.data)
        return
      }
      rejectedAt.push({ kind, index: i })
      for (const e of toFieldErrors(res.error.issues)) rejected.push({ path: `records.${kind}[${i}]${e.path && e.path !== '(root)' ? '.' + e.path : ''}`, message: e.message })
    })
    good[kind] = kept
  }
  return { records: good as Bundle['records'], rejected, rejectedAt }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Deeper than any record needs; a file nested deeper is refused rather than walked. */
export const MAX_DEPTH = 64

/**
 * Finds keys that could pollute prototypes if the data were ever merged into objects, and
 * nesting deeper than MAX_DEPTH. Iterative, so a hostile file cannot overflow the stack.
 */
export function findForbiddenKey(value: unknown, path = ''): string | null {
  const stack: [unknown, string, number][] = [[value, path, 0]]
  while (stack.length) {
    const [v, here, depth] = stack.pop()!
    if (v === null || typeof v !== 'object') continue
    if (depth > MAX_DEPTH) return `${here || '(root)'} (nesting deeper than ${MAX_DEPTH})`
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${here}[${i}]`, depth + 1])
      continue
    }
    const keys = Object.keys(v)
    for (const key of keys) if (FORBIDDEN_KEYS.has(key)) return here ? `${here}.${key}` : key
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!
      stack.push([(v as Record<string, unknown>)[key], here ? `${here}.${key}` : key, depth + 1])
    }
  }
  return null
}

/**
 * One quick pass over parsed JSON without building paths: true when no forbidden key and no
 * nesting deeper than MAX_DEPTH (else findForbiddenKey names the place).
 */
export function isClean(value: unknown): boolean {
  const visit = (v: object, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i]
        if (x !== null && typeof x === 'object' && !visit(x, depth + 1)) return false
      }
      return true
    }
    const obj = v as Record<string, unknown>
    for (const k of Object.keys(obj)) {
      if (FORBIDDEN_KEYS.has(k)) return false
      const x = obj[k]
      if (x !== null && typeof x === 'object' && !visit(x, depth + 1)) return false
    }
    return true
  }
  return value === null || typeof value !== 'object' || visit(value, 0)
}

/** The forbidden key or too-deep nesting in `value`, as the error that refuses the file; else `fallback`. */
function refusal(value: unknown, path = '', fallback: FieldError[] = []): FieldError[] {
  const found = isClean(value) ? null : findForbiddenKey(value, path)
  if (!found) return fallback
  const tooDeep = found.endsWith(`deeper than ${MAX_DEPTH})`)
  return [{ path: found.replace(/ \(nesting.*$/, ''), message: tooDeep ? `嵌套过深 / nested too deeply (max ${MAX_DEPTH})` : '不允许的键名 / forbidden key' }]
}

/** Two records of one kind with the same id: the later one is named. */
function findDuplicateId(bundle: Bundle): FieldError | null {
  for (const [kind, list] of Object.entries(bundle.records)) {
    const seen = new Set<string>()
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!.id
      if (seen.has(id)) return { path: `records.${kind}[${i}].id`, message: `重复的 id / duplicate id: ${id}` }
      seen.add(id)
    }
  }
  return null
}

/** Step 1, read: the text as JSON (a leading BOM allowed). */
export function parseBundleText(text: string): { ok: true; raw: unknown } | { ok: false; errors: FieldError[] } {
  try {
    return { ok: true, raw: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) }
  } catch (err) {
    return { ok: false, errors: [{ path: '(file)', message: `不是有效的 JSON / not valid JSON: ${(err as Error).message}` }] }
  }
}

export type ValidateResult = { ok: true; bundle: Bundle; rejected: FieldError[] } | { ok: false; errors: FieldError[] }

/**
 * Step 2, validate: every field by the schema, no forbidden key or deep nesting, no duplicate id.
 * Every object the schemas accept is strict (an unknown key fails), so a value they accept holds
 * no forbidden key and nests no deeper than they do; the walk that looks for either runs only
 * over what failed, to name the forbidden key rather than an unknown one. Records left out of a
 * partial read are walked too: a forbidden key anywhere refuses the whole file.
 */
export function validateBundle(raw: unknown, opts: ReadOptions = {}): ValidateResult {
  let bundle: Bundle
  let rejected: FieldError[] = []
  if (opts.partial) {
    const envelope = parseEnvelope(raw)
    if (!envelope.success) return { ok: false, errors: refusal(raw, '', toFieldErrors(envelope.error.issues)) }
    const split = splitRecords(envelope.data.records as Record<string, unknown[]>)
    for (const { kind, index } of split.rejectedAt) {
      const refused = refusal((raw as { records: Record<string, unknown[]> }).records[kind]![index], `records.${kind}[${index}]`)
      if (refused.length) return { ok: false, errors: refused }
    }
    rejected = split.rejected
    bundle = { ...envelope.data, records: split.records }
  } else {
    const parsed = parseBundle(raw)
    if (!parsed.success) return { ok: false, errors: refusal(raw, '', toFieldErrors(parsed.error.issues)) }
    bundle = parsed.data
  }
  const duplicate = findDuplicateId(bundle)
  if (duplicate) return { ok: false, errors: [duplicate] }
  return { ok: true, bundle, rejected }
}

/** Step 3, verify: the digest the bundle carries is the digest of what it holds. */
export async function verifyBundleDigest(raw: unknown, bundle: Bundle): Promise<FieldError | null> {
  const expected = await bundleDigest(raw as Record<string, unknown>)
  if (expected === bundle.digest.value) return null
  return { path: 'digest.value', message: `摘要不符，文件可能已损坏或被改动 / digest mismatch (computed ${expected.slice(0, 12)}…)` }
}

/** Read, validate and verify in one go (the signature is checked by the caller, against trusted keys). */
export async function readBundleText(text: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const parsed = parseBundleText(text)
  if (!parsed.ok) return parsed
  const valid = validateBundle(parsed.raw, opts)
  if (!valid.ok) return valid
  const mismatch = await verifyBundleDigest(parsed.raw, valid.bundle)
  if (mismatch) return { ok: false, errors: [mismatch] }
  return { ok: true, bundle: valid.bundle, rejected: valid.rejected }
}
