// resources/bundle.schema.json is generated from the zod schema and must stay in step with it;
// the default data must validate against it. A small validator for exactly the keywords the
// file uses stands in for a JSON Schema library (and fails on any keyword it does not know).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { bundleJsonSchemaText } from '../../../src/shared/bundle/json-schema'

type S = Record<string, unknown>
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'format'])

function check(schema: S, v: unknown, path: string, errors: string[]): void {
  const fail = (why: string) => errors.push(`${path || '(root)'}: ${why}`)
  for (const [k, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k)) continue
    switch (k) {
      case 'type': {
        const types = Array.isArray(rule) ? (rule as string[]) : [rule as string]
        const is = (t: string): boolean =>
          t === 'object' ? v !== null && typeof v === 'object' && !Array.isArray(v)
          : t === 'array' ? Array.isArray(v)
          : t === 'integer' ? Number.isInteger(v)
          : t === 'null' ? v === null
          : typeof v === t
        if (!types.some(is)) fail(`not ${types.join(' or ')}`)
        break
      }
      case 'const': if (v !== rule) fail(`not ${JSON.stringify(rule)}`); break
      case 'enum': if (!(rule as unknown[]).includes(v)) fail(`not one of ${JSON.stringify(rule)}`); break
      case 'pattern': if (typeof v === 'string' && !new RegExp(rule as string, 'u').test(v)) fail(`does not match ${rule as string}`); break
      case 'minLength': if (typeof v === 'string' && [...v].length < (rule as number)) fail('too short'); break
      case 'maxLength': if (typeof v === 'string' && [...v].length > (rule as number)) fail('too long'); break
      case 'minimum': if (typeof v === 'number' && v < (rule as number)) fail('too small'); break
      case 'exclusiveMinimum': if (typeof v === 'number' && v <= (rule as number)) fail('too small'); break
      case 'maximum': if (typeof v === 'number' && v > (rule as number)) fail('too large'); break
      case 'minItems': if (Array.isArray(v) && v.length < (rule as number)) fail('too few items'); break
      case 'maxItems': if (Array.isArray(v) && v.length > (rule as number)) fail('too many items'); break
      case 'items': if (Array.isArray(v)) v.forEach((x, i) => check(rule as S, x, `${path}[${i}]`, errors)); break
      case 'required': for (const r of rule as string[]) if (v && typeof v === 'object' && !(r in v)) fail(`missing ${r}`); break
      case 'properties':
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          for (const [p, sub] of Object.entries(rule as Record<string, S>)) {
            if (p in v) check(sub, (v as S)[p], path ? `${path}.${p}` : p, errors)
          }
        }
        break
      case 'additionalProperties':
        if (rule === false && v && typeof v === 'object' && !Array.isArray(v)) {
          const known = Object.keys((schema.properties ?? {}) as S)
          for (const p of Object.keys(v)) if (!known.includes(p)) fail(`unexpected property ${p}`)
        }
        break
      case 'anyOf':
        if (!(rule as S[]).some((sub) => { const e: string[] = []; check(sub, v, path, e); return e.length === 0 })) fail('matches no alternative')
        break
      default:
        throw new Error(`schema keyword ${k} is not understood by this test; extend check()`)
    }
  }
}

const schema = JSON.parse(readFileSync('resources/bundle.schema.json', 'utf8')) as S
const validate = (v: unknown): string[] => {
  const errors: string[] = []
  check(schema, v, '', errors)
  return errors
}

describe('resources/bundle.schema.json', () => {
  it('is exactly what scripts/gen-bundle-schema.ts generates from the zod schema', () => {
    expect(readFileSync('resources/bundle.schema.json', 'utf8')).toBe(bundleJsonSchemaText())
  })

  it('accepts the default data bundle, with its signature', () => {
    const bundle = JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8')) as S
    expect(validate(bundle)).toEqual([])
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'publisher', 'createdAt', 'sequence', 'records', 'digest']))
  })

  it('refuses wrong enums, missing fields, unknown keys and malformed signatures, naming the path', () => {
    const bundle = JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8')) as S & { records: { policies: S[] } }
    bundle.records.policies[0]!.level = 'galactic'
    delete bundle.createdAt
    bundle.extra = 1
    bundle.signature = { algorithm: 'rsa', keyId: 'xyz', value: '' }
    expect(validate(bundle)).toEqual(
      expect.arrayContaining([
        '(root): missing createdAt',
        '(root): unexpected property extra',
        expect.stringMatching(/^records\.policies\[0\]\.level: not one of/),
        'signature.algorithm: not "ed25519"',
        expect.stringMatching(/^signature\.keyId: does not match/),
      ]),
    )
  })
})
