// Whether a note's quote is still in its policy's text: found (with where), missing (the text
// changed and the passage is gone), or unknown (no quote, or the policy is not at hand).
import type { Note } from '@shared/model/user-data'
import { locateQuote, type QuotableText, type QuoteSpot } from '@shared/notes/policy-quotes'

export type QuoteStatus = 'found' | 'missing' | 'unknown'

export function quoteSpot(note: Note, policy: QuotableText | null | undefined): QuoteSpot | null | undefined {
  if (!note.quote || note.targetKind !== 'policies' || !policy) return undefined
  return locateQuote(policy, note.quote)
}

export function statusOf(spot: QuoteSpot | null | undefined): QuoteStatus {
  return spot === undefined ? 'unknown' : spot === null ? 'missing' : 'found'
}
