// Citations, footnotes and headings of a briefing, computed from the document alone: numbers
// follow the order of first appearance, the reference list and the table of contents are
// derived, never stored, so they cannot drift from the text.
import { formatPartialDate } from '../dates/partial-date'
import { nodeText, walk, type CitationAttrs, type CitationKind, type DocNode } from './doc-model'

export const citationKey = (kind: CitationKind, id: string) => `${kind}:${id}`

function citationAttrs(n: DocNode): CitationAttrs {
  const a = n.attrs ?? {}
  return {
    refKind: a['refKind'] === 'vendor' ? 'vendor' : 'policy',
    refId: String(a['refId'] ?? ''),
    title: String(a['title'] ?? ''),
    docNumber: typeof a['docNumber'] === 'string' && a['docNumber'] ? a['docNumber'] : null,
    date: typeof a['date'] === 'string' && a['date'] ? a['date'] : null,
    detail: typeof a['detail'] === 'string' && a['detail'] ? a['detail'] : null,
    broken: a['broken'] === true,
  }
}

export interface ReferenceEntry extends CitationAttrs {
  n: number
  key: string
}

/** Every cited record once, numbered 1, 2, 3… in order of first appearance. */
export function referenceEntries(doc: DocNode): ReferenceEntry[] {
  const seen = new Map<string, ReferenceEntry>()
  walk(doc, (n) => {
    if (n.type !== 'citation') return
    const attrs = citationAttrs(n)
    const key = citationKey(attrs.refKind, attrs.refId)
    if (!seen.has(key)) seen.set(key, { ...attrs, n: seen.size + 1, key })
  })
  return [...seen.values()]
}

/** Citation number by key (`policy:id`). */
export function citationNumbers(doc: DocNode): Map<string, number> {
  return new Map(referenceEntries(doc).map((e) => [e.key, e.n]))
}

/** One line of the reference list, in the order reader expect in Chinese reports. */
export function formatReference(e: CitationAttrs): string {
  const parts = [`《${e.title}》`]
  if (e.docNumber) parts.push(e.docNumber)
  if (e.detail) parts.push(e.detail)
  if (e.date) parts.push(formatPartialDate(e.date, 'zh-CN') ?? e.date)
  return parts.join('，') + '。'
}

/** Footnote texts in document order (their numbers are index + 1). */
export function footnoteTexts(doc: DocNode): string[] {
  const out: string[] = []
  walk(doc, (n) => {
    if (n.type === 'footnote') out.push(String(n.attrs?.['text'] ?? ''))
  })
  return out
}

/** The records a document cites, for looking them up. */
export function citedRefs(doc: DocNode): { refKind: CitationKind; refId: string }[] {
  return referenceEntries(doc).map(({ refKind, refId }) => ({ refKind, refId }))
}

export type CitationLookup = (kind: CitationKind, id: string) => Omit<CitationAttrs, 'refKind' | 'refId' | 'broken'> | null

/**
 * The document with every citation refreshed from the current records: changed titles,
 * numbers and dates follow; a record that is gone keeps its last text and is marked broken.
 * Returns the same object when nothing changed.
 */
export function refreshCitations(doc: DocNode, lookup: CitationLookup): DocNode {
  let changed = false
  const visit = (n: DocNode): DocNode => {
    if (n.type === 'citation') {
      const a = citationAttrs(n)
      const found = lookup(a.refKind, a.refId)
      const next: CitationAttrs = found ? { ...a, ...found, broken: false } : { ...a, broken: true }
      if (JSON.stringify(next) === JSON.stringify(a)) return n
      changed = true
      return { ...n, attrs: { ...n.attrs, ...next } }
    }
    if (!n.content) return n
    const content = n.content.map(visit)
    return content.some((c, i) => c !== n.content![i]) ? { ...n, content } : n
  }
  const out = visit(doc)
  return changed ? out : doc
}

export interface TocEntry {
  level: number
  text: string
  /** index of the heading among all headings, stable for a given document */
  index: number
  id: string | null
}

/** Headings of levels 1–3 for the table of contents and the outline. */
export function tocEntries(doc: DocNode, maxLevel = 3): TocEntry[] {
  const out: TocEntry[] = []
  let index = 0
  walk(doc, (n) => {
    if (n.type !== 'heading') return
    const level = Number(n.attrs?.['level'] ?? 1)
    const id = typeof n.attrs?.['id'] === 'string' ? (n.attrs['id'] as string) : null
    if (level <= maxLevel) out.push({ level, text: nodeText(n).trim(), index, id })
    index++
  })
  return out
}

/**
 * Counted as Word and WPS count 字数: each Chinese character and each full-width punctuation
 * mark counts one, each Latin word or number counts one; spaces do not count.
 */
export function countCharacters(text: string): { cjk: number; words: number; total: number } {
  const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffee\u2018-\u201f\u2026\u2014\u00b7\u{20000}-\u{2fa1f}]/gu
  const cjk = (text.match(CJK) ?? []).length
  const words = (text.replace(CJK, ' ').match(/[A-Za-z0-9][A-Za-z0-9'’.-]*/g) ?? []).length
  return { cjk, words, total: cjk + words }
}
