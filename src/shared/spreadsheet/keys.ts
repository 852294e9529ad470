// The keys that say two policies are the same document: the normalised document number, or
// the normalised title with a date. Sheet record ids are a hash of that key, so importing the
// same sheet again yields the same ids.
import { docNumberKey } from '../policy/doc-number'

export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\s《》〈〉“”‘’"'「」『』()（）[\]【】,，.。、:：;；!！?？·—-]/g, '')
    .toLowerCase()
}

/** Two partial dates agree when they are equal at the precision both give (2023 agrees with 2023-05-30). */
export function datesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return false
  const x = a.replace('+', '')
  const y = b.replace('+', '')
  const n = Math.min(x.length, y.length)
  return x.slice(0, n) === y.slice(0, n)
}

/** 64 bits of two FNV-1a variants, as 16 hex digits: stable across runs and platforms. */
export function hash64(s: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13)
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0')
}

export function sheetRecordId(p: { title: string; docNumber: string | null; issued: string | null; published: string | null }): string {
  const doc = docNumberKey(p.docNumber)
  const key = doc ? `doc:${doc}` : `title:${titleKey(p.title)}|${p.issued ?? p.published ?? ''}`
  return `pol-sheet-${hash64(key)}`
}
