// A lean runner for the zod schemas on the import path: the same schema objects, read once into
// plain closures, with zod's own check functions (lengths, patterns, refinements, trim). It
// builds only the output and never the issue objects, so a bundle of valid records is checked
// with a fraction of zod's allocations. It only ever answers "valid, and here is what zod gives"
// or "ask zod": any failure, and any schema part it does not know, goes to zod itself, which
// then gives the result and the messages. No code is generated, so it runs under the strict CSP.
import type { z } from 'zod'

const ASK_ZOD = Symbol('ask zod')
type Step = (value: unknown) => unknown

interface Check {
  _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => unknown }
}
interface Payload {
  value: unknown
  issues: unknown[]
}
interface Internals {
  def: Record<string, unknown> & { type: string; checks?: Check[] }
  traits: Set<string>
  optin?: 'optional' | 'defaulted'
  optout?: 'optional'
  values?: Set<unknown>
}
const internals = (schema: unknown) => (schema as { _zod: Internals })._zod

/** Zod's checks of one schema, in zod's order: a schema that is itself a check (a string format) first. */
function checksOf(schema: unknown): Check[] {
  const zod = internals(schema)
  const own = zod.def.checks ?? []
  return zod.traits.has('$ZodCheck') ? [schema as Check, ...own] : [...own]
}

function withChecks(step: Step, checks: Check[]): Step {
  if (!checks.length) return step
  return (value) => {
    const parsed = step(value)
    if (parsed === ASK_ZOD) return ASK_ZOD
    const payload: Payload = { value: parsed, issues: [] }
    for (const check of checks) {
      const when = check._zod.def.when
      if (when && !when(payload)) continue
      if (check._zod.check(payload) instanceof Promise || payload.issues.length) return ASK_ZOD
    }
    return payload.value
  }
}

const cache = new WeakMap<object, Step>()

function compile(schema: z.ZodType): Step {
  const known = cache.get(schema)
  if (known) return known
  // a placeholder while compiling, so a schema that refers to itself asks zod rather than looping
  cache.set(schema, (v) => delegate(schema, v))
  const step = withChecks(typeStep(schema), checksOf(schema))
  cache.set(schema, step)
  return step
}

function delegate(schema: z.ZodType, value: unknown): unknown {
  const res = schema.safeParse(value)
  return res.success ? res.data : ASK_ZOD
}

function typeStep(schema: z.ZodType): Step {
  const zod = internals(schema)
  const def = zod.def
  if (def['coerce']) return (v) => delegate(schema, v)
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : ASK_ZOD)
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : ASK_ZOD)
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : ASK_ZOD)
    case 'unknown':
    case 'any':
      return (v) => v
    case 'enum':
    case 'literal': {
      const values = zod.values
      if (!values) break
      return (v) => (values.has(v) ? v : ASK_ZOD)
    }
    case 'nullable': {
      const inner = compile(def['innerType'] as z.ZodType)
      return (v) => (v === null ? null : inner(v))
    }
    case 'optional': {
      const innerSchema = def['innerType'] as z.ZodType
      const inner = compile(innerSchema)
      const substitutes = internals(innerSchema).optin === 'defaulted'
      return (v) => (v === undefined && !substitutes ? undefined : inner(v))
    }
    case 'default': {
      const inner = compile(def['innerType'] as z.ZodType)
      // zod reads the getter each time: a fresh copy of an array or object default
      const fallback = () => def['defaultValue']
      return (v) => {
        if (v === undefined) return fallback()
        const out = inner(v)
        return out === undefined ? fallback() : out
      }
    }
    case 'array':
      return arrayStep(compile(def['element'] as z.ZodType))
    case 'object':
      return objectStep(schema)
  }
  return (v) => delegate(schema, v)
}

/** Keeps the input array when every element comes out as it went in (strings, enums, numbers). */
function arrayStep(element: Step): Step {
  return (v) => {
    if (!Array.isArray(v)) return ASK_ZOD
    let out: unknown[] | null = null
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i]
      const r = element(item)
      if (r === ASK_ZOD) return ASK_ZOD
      if (out) out[i] = r
      else if (r !== item) {
        out = v.slice(0, i)
        out[i] = r
      }
    }
    return out ?? v
  }
}

interface Field {
  key: string
  step: Step
  /** Absent and optional: the key is left out. */
  skipWhenAbsent: boolean
  /** Absent and neither optional nor defaulted: zod reports it missing. */
  required: boolean
  /** Absent, defaulted, and the default itself came out undefined: zod writes the key anyway. */
  keepUndefinedWhenAbsent: boolean
}

function objectStep(schema: z.ZodType): Step {
  const def = internals(schema).def
  const shape = def['shape'] as Record<string, z.ZodType>
  const catchall = def['catchall'] as z.ZodType | undefined
  // only strict objects and objects that drop unknown keys; a catchall that keeps them asks zod
  if (catchall && internals(catchall).def.type !== 'never') return (v) => delegate(schema, v)
  const keys = Object.keys(shape).filter((k) => k !== '__proto__')
  const keySet = new Set(Object.keys(shape))
  // unknown keys refused; counting own keys is exact only when no shape key is also inherited
  const strict = Boolean(catchall)
  const countKeys = !keys.some((k) => k in Object.prototype)
  const fields: Field[] = keys.map((key) => {
    const { optin, optout } = internals(shape[key])
    return {
      key,
      step: compile(shape[key]!),
      skipWhenAbsent: optout === 'optional' && optin === 'optional',
      required: optin === undefined,
      keepUndefinedWhenAbsent: optin === 'defaulted' && optout !== 'optional',
    }
  })
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return ASK_ZOD
    const input = v as Record<string, unknown>
    const out: Record<string, unknown> = {}
    let seen = 0
    for (const f of fields) {
      const value = input[f.key]
      // `in` only for what reads as undefined: absent, or (never from JSON) present as undefined
      const present = value !== undefined || f.key in input
      if (present) seen++
      else if (f.skipWhenAbsent) continue
      else if (f.required) return ASK_ZOD
      const r = f.step(value)
      if (r === ASK_ZOD) return ASK_ZOD
      if (r !== undefined || present || f.keepUndefinedWhenAbsent) out[f.key] = r
    }
    // Every own key was one of the shape's, so nothing is unknown: the loop over every key (as
    // zod does, inherited ones included) runs only when the counts differ or the object is not
    // a plain one, whose prototype could add keys.
    const plain = Object.getPrototypeOf(input) === Object.prototype
    if (strict && (!countKeys || !plain || seen !== Object.keys(input).length)) for (const key in input) if (!keySet.has(key)) return ASK_ZOD
    return out
  }
}

export type FastResult<T> = { success: true; data: T } | { success: false; error: z.ZodError }

/**
 * `schema.safeParse`, the same result for any input: valid input takes the lean runner, and
 * anything it cannot vouch for (every invalid input among it) is parsed by zod.
 */
export function fastSafeParser<S extends z.ZodType>(schema: S): (value: unknown) => FastResult<z.output<S>> {
  let step: Step | null = null
  return (value) => {
    step ??= compile(schema)
    const out = step(value)
    if (out !== ASK_ZOD) return { success: true, data: out as z.output<S> }
    return schema.safeParse(value) as FastResult<z.output<S>>
  }
}
