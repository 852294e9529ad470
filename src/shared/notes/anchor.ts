// Anchors for quoted passages, after the W3C Web Annotation selectors: the exact passage with
// some context on each side (TextQuoteSelector) and where it stood (TextPositionSelector).
// A quote is found again at its old position, else where the passage occurs with the
// best-matching context, else not at all. Pure string work: no DOM, runs anywhere.
import { QUOTE_CONTEXT, type QuoteAnchor, type QuoteField } from '../model/user-data'

export interface TextRange {
  start: number
  end: number
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff
/** True when `i` falls between the two halves of a surrogate pair (an emoji, a rare CJK character). */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i))
}

/**
 * The anchor of `text.slice(start, end)`. Whitespace at the edges of the selection is dropped
 * and a boundary inside a surrogate pair is widened to the whole character. Null when nothing
 * but whitespace is selected.
 */
export function makeAnchor(text: string, start: number, end: number, field: QuoteField, index?: number): QuoteAnchor | null {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(n)))
  let s = clamp(Math.min(start, end))
  let e = clamp(Math.max(start, end))
  while (s < e && /\s/.test(text[s]!)) s++
  while (e > s && /\s/.test(text[e - 1]!)) e--
  if (s === e) return null
  if (splitsPair(text, s)) s--
  if (splitsPair(text, e)) e++
  let p = Math.max(0, s - QUOTE_CONTEXT)
  if (splitsPair(text, p)) p++
  let q = Math.min(text.length, e + QUOTE_CONTEXT)
  if (splitsPair(text, q)) q--
  return {
    field,
    ...(field === 'keyMeasures' ? { index: Math.max(0, Math.trunc(index ?? 0)) } : {}),
    exact: text.slice(s, e),
    prefix: text.slice(p, s),
    suffix: text.slice(e, q),
    start: s,
    end: e,
  }
}

type Locator = Pick<QuoteAnchor, 'exact' | 'prefix' | 'suffix' | 'start'>

/** How many characters of context agree: the prefix read backwards from the passage, the suffix forwards. */
function contextScore(text: string, at: number, a: Locator): number {
  let before = 0
  while (before < a.prefix.length && at - before - 1 >= 0 && text[at - before - 1] === a.prefix[a.prefix.length - before - 1]) before++
  const end = at + a.exact.length
  let after = 0
  while (after < a.suffix.length && end + after < text.length && text[end + after] === a.suffix[after]) after++
  return before + after
}

/** The most context an occurrence at `at` can agree on, given where the text begins and ends. */
function fullScore(text: string, at: number, a: Locator): number {
  return Math.min(a.prefix.length, at) + Math.min(a.suffix.length, text.length - at - a.exact.length)
}

/**
 * Where the anchored passage is in `text` now. The old position wins when the passage is still
 * there with its context; otherwise every occurrence is scored by how much of the prefix and
 * suffix agree, the best one wins, and a tie goes to the one nearest the old position (so an
 * unchanged passage whose context was edited stays put). Null when the passage is gone.
 */
export function resolveAnchor(text: string, anchor: Locator): TextRange | null {
  const { exact } = anchor
  if (!exact) return null
  const at = anchor.start
  if (at >= 0 && text.startsWith(exact, at) && contextScore(text, at, anchor) === fullScore(text, at, anchor)) {
    return { start: at, end: at + exact.length }
  }
  let best = -1
  let bestScore = -1
  let bestDistance = Infinity
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const score = contextScore(text, i, anchor)
    const distance = Math.abs(i - at)
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = i
      bestScore = score
      bestDistance = distance
    }
  }
  return best < 0 ? null : { start: best, end: best + exact.length }
}
