// Turns schema issues into messages an analyst can act on: the field path, then the reason.
import type { z } from 'zod'

export function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)'
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('')
}

export function formatIssues(issues: readonly z.core.$ZodIssue[], max = 5): string {
  const lines = issues.slice(0, max).map((i) => `${issuePath(i.path)}: ${i.message}`)
  if (issues.length > max) lines.push(`… +${issues.length - max}`)
  return lines.join('; ')
}

export type FieldError = { path: string; message: string }
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((i) => ({ path: issuePath(i.path), message: i.message }))
}
