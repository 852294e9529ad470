// A readable diff of two briefing documents: top-level blocks aligned by their text, a changed
// block shown character by character (Chinese has no spaces to split words on), and long runs
// of unchanged blocks folded away. Pure: the history panel only renders what this returns.
import { diffArrays, diffChars } from 'diff'
import type { DocNode } from './doc-model'
import { nodeText } from './doc-model'

export interface InlinePart {
  kind: 'same' | 'ins' | 'del'
  text: string
}

export type DiffBlock =
  /** an unchanged block kept as context around a change */
  | { kind: 'equal'; type: string; text: string }
  /** a run of unchanged blocks folded away */
  | { kind: 'same'; count: number }
  | { kind: 'added'; type: string; text: string }
  | { kind: 'removed'; type: string; text: string }
  /** the same block edited in place; `fromType` when its type changed too (paragraph → heading) */
  | { kind: 'changed'; type: string; fromType?: string; parts: InlinePart[] }

interface Block {
  type: string
  text: string
  key: string
}

/** Unchanged blocks shown on each side of a change. */
export const DIFF_CONTEXT = 1
/** Below this share of common characters a removed+added pair reads better as two blocks. */
const MIN_SIMILARITY = 0.3
/** diffChars is O(N·D); past this many edits a block is shown as replaced instead. */
const MAX_CHAR_EDITS = 4000

/** The block's printed text; atoms without content fall back to what names them. */
function blockText(node: DocNode): string {
  const text = nodeText(node)
  if (text) return text
  const a = node.attrs ?? {}
  for (const k of ['title', 'caption', 'text']) if (typeof a[k] === 'string' && a[k]) return a[k]
  return ''
}

function blockType(node: DocNode): string {
  const level = node.attrs?.['level']
  return node.type === 'heading' && typeof level === 'number' ? `heading${level}` : node.type
}

/** Top-level blocks; empty paragraphs (Tiptap's trailing ones, blank lines) carry nothing to compare. */
export function docBlocks(doc: DocNode): Block[] {
  const out: Block[] = []
  for (const node of doc.content ?? []) {
    const type = blockType(node)
    const text = blockText(node)
    if (type === 'paragraph' && text.trim() === '') continue
    out.push({ type, text, key: `${type}\u0000${text}` })
  }
  return out
}

/** Character parts of one edited block, or null when the two texts have too little in common. */
function inlineDiff(before: string, after: string): InlinePart[] | null {
  const changes = diffChars(before, after, { maxEditLength: MAX_CHAR_EDITS })
  if (!changes) return null
  const parts: InlinePart[] = changes.map((c) => ({ kind: c.added ? 'ins' : c.removed ? 'del' : 'same', text: c.value }))
  const common = parts.filter((p) => p.kind === 'same').reduce((n, p) => n + p.text.length, 0)
  const longest = Math.max(before.length, after.length)
  if (longest > 0 && common / longest < MIN_SIMILARITY) return null
  return parts
}

/** Pairs a run of removed blocks with the added run next to it: edited in place where they match. */
function pairRuns(removed: Block[], added: Block[]): DiffBlock[] {
  const out: DiffBlock[] = []
  const n = Math.min(removed.length, added.length)
  const leftovers: DiffBlock[] = []
  for (let i = 0; i < n; i++) {
    const r = removed[i]!
    const a = added[i]!
    const parts = inlineDiff(r.text, a.text)
    if (parts) out.push(r.type === a.type ? { kind: 'changed', type: a.type, parts } : { kind: 'changed', type: a.type, fromType: r.type, parts })
    else out.push({ kind: 'removed', type: r.type, text: r.text }, { kind: 'added', type: a.type, text: a.text })
  }
  for (const r of removed.slice(n)) leftovers.push({ kind: 'removed', type: r.type, text: r.text })
  for (const a of added.slice(n)) leftovers.push({ kind: 'added', type: a.type, text: a.text })
  return out.concat(leftovers)
}

/** Folds a run of equal blocks, keeping DIFF_CONTEXT blocks next to each change. */
function foldEqual(run: Block[], atStart: boolean, atEnd: boolean): DiffBlock[] {
  const head = atStart ? 0 : DIFF_CONTEXT
  const tail = atEnd ? 0 : DIFF_CONTEXT
  const show = (b: Block): DiffBlock => ({ kind: 'equal', type: b.type, text: b.text })
  if (run.length <= head + tail + 1) return run.map(show)
  return [...run.slice(0, head).map(show), { kind: 'same', count: run.length - head - tail }, ...run.slice(run.length - tail).map(show)]
}

/** The blocks of `after` compared with `before` (e.g. before = a snapshot, after = the current text). */
export function diffDocs(before: DocNode, after: DocNode): DiffBlock[] {
  const changes = diffArrays(docBlocks(before), docBlocks(after), { comparator: (l, r) => l.key === r.key })
  const out: DiffBlock[] = []
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!
    if (!c.added && !c.removed) {
      out.push(...foldEqual(c.value, i === 0, i === changes.length - 1))
      continue
    }
    const next = changes[i + 1]
    if (next && (next.added || next.removed) && next.added !== c.added) {
      // diff emits a replaced run as removed then added (or the other way round)
      out.push(...(c.removed ? pairRuns(c.value, next.value) : pairRuns(next.value, c.value)))
      i++
    } else {
      for (const b of c.value) out.push({ kind: c.added ? 'added' : 'removed', type: b.type, text: b.text })
    }
  }
  return out
}

/** True when the diff shows no change at all. */
export function isUnchanged(blocks: readonly DiffBlock[]): boolean {
  return blocks.every((b) => b.kind === 'equal' || b.kind === 'same')
}
