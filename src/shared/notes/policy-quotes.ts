// Quotes in a policy's text: which string a quote's field names, and where a note's quote is
// in the policy as it is now. A key measure may have moved to another place in the list, so
// the quoted one is tried first and then the others, nearest first.
import type { Policy } from '../model/records'
import type { QuoteAnchor, QuoteField } from '../model/user-data'
import { resolveAnchor } from './anchor'

export type QuotableText = Pick<Policy, 'summary' | 'keyMeasures' | 'fullText'>

export interface QuoteSpot {
  field: QuoteField
  /** The key measure, for quotes in key measures. */
  index?: number
  start: number
  end: number
}

/** The text a quote field stands for; null when the policy has no such text. */
export function quotableText(policy: QuotableText, field: QuoteField, index?: number): string | null {
  if (field === 'summary') return policy.summary
  if (field === 'fullText') return policy.fullText
  return index === undefined ? null : (policy.keyMeasures[index] ?? null)
}

/** Where the quoted passage is in the policy now, or null when it is no longer there. */
export function locateQuote(policy: QuotableText, anchor: QuoteAnchor): QuoteSpot | null {
  if (anchor.field !== 'keyMeasures') {
    const text = quotableText(policy, anchor.field)
    const range = text === null ? null : resolveAnchor(text, anchor)
    return range && { field: anchor.field, ...range }
  }
  const from = anchor.index ?? 0
  const order = policy.keyMeasures.map((_, i) => i).sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || a - b)
  for (const i of order) {
    const range = resolveAnchor(policy.keyMeasures[i]!, anchor)
    if (range) return { field: 'keyMeasures', index: i, ...range }
  }
  return null
}
