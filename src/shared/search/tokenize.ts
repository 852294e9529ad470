// One tokenizer for documents and queries alike, so both split the same way: Chinese runs
// become character bigrams (plus single characters, so a one-character query still finds
// something), Latin and digit runs become lowercased words, and document numbers add their
// normalised key. NFKC folds full-width letters and digits first.
import { docNumberKey } from '../policy/doc-number'

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:[.+#-][a-z0-9]+)*/g
const DOC_NUMBER = /[\u4e00-\u9fffA-Za-z]{1,20}\s*[〔［[（(【]\s*\d{4}\s*[〕］\]）)】]\s*第?\s*\d{1,5}\s*号?/g

export function normalizeText(s: string): string {
  return s.normalize('NFKC').toLowerCase()
}

export interface Token {
  term: string
  /** Offset in the normalised text, for highlighting. */
  start: number
  end: number
}

/** Tokens with positions; `unigrams` adds single CJK characters (documents only need them once). */
export function tokenizeWithOffsets(text: string, unigrams = true): Token[] {
  const norm = normalizeText(text)
  const out: Token[] = []
  for (const m of norm.matchAll(RUN)) {
    const run = m[0]
    const at = m.index ?? 0
    if (CJK.test(run[0]!)) {
      const chars = [...run]
      if (unigrams || chars.length === 1) chars.forEach((c, i) => out.push({ term: c, start: at + i, end: at + i + 1 }))
      for (let i = 0; i + 1 < chars.length; i++) out.push({ term: chars[i]! + chars[i + 1]!, start: at + i, end: at + i + 2 })
    } else {
      out.push({ term: run, start: at, end: at + run.length })
    }
  }
  return out
}

export function tokenize(text: string): string[] {
  return tokenizeWithOffsets(text).map((t) => t.term)
}

/** The terms a document number contributes: its normalised key, whatever its spelling. */
export function docNumberTerms(text: string): string[] {
  const terms: string[] = []
  for (const m of text.normalize('NFKC').matchAll(DOC_NUMBER)) {
    const key = docNumberKey(m[0])
    if (key) terms.push(`#doc:${key}`)
  }
  return terms
}

/**
 * Query terms, grouped so each group must match: a Chinese run of two or more characters
 * needs all its bigrams; a single character needs itself; a Latin word may match as prefix.
 */
export interface QueryPart {
  terms: string[]
  prefix: boolean
  text: string
}

export function parseQuery(query: string): QueryPart[] {
  const parts: QueryPart[] = []
  for (const key of docNumberTerms(query)) parts.push({ terms: [key], prefix: false, text: key.slice(5) })
  const rest = query.normalize('NFKC').replace(DOC_NUMBER, ' ')
  for (const m of normalizeText(rest).matchAll(RUN)) {
    const run = m[0]
    if (CJK.test(run[0]!)) {
      const chars = [...run]
      const terms = chars.length === 1 ? [run] : chars.slice(0, -1).map((c, i) => c + chars[i + 1]!)
      parts.push({ terms, prefix: false, text: run })
    } else {
      parts.push({ terms: [run], prefix: true, text: run })
    }
  }
  return parts
}
