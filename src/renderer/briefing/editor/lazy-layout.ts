// Long briefings open fast: the editor's top-level blocks are laid out only when they come near
// the screen (content-visibility: auto on `.lazy-open > :not(.laid-out)`, see BriefingEditor.vue).
// This plugin marks the blocks that must always be laid out, class "laid-out": those near the
// caret, and those a change touched. A mark is kept for good. Chrome treats a block it has not
// yet drawn as off screen, and keys typed into it before the next frame landed in the wrong order
// ("bg/" for "/bg"); a block made with Enter is marked in the same transaction that makes it.
//
// The marks are the few exceptions, not the many lazy blocks: Tiptap draws the document once
// without plugins and then again with them, and a decoration on every block made that second
// pass touch every block (250 of a 690 ms open).
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as PMNode } from '@tiptap/pm/model'

/** Positions either side of the selection within which blocks are always laid out. */
export const NEAR_CARET = 3000
/** The editor's class that turns lazy layout on; blocks with LAID_OUT are exempt. */
export const LAZY_OPEN = 'lazy-open'
export const LAID_OUT = 'laid-out'
const key = new PluginKey<DecorationSet>('briefing-lazy-layout')
const mark = (from: number, node: PMNode) => Decoration.node(from, from + node.nodeSize, { class: LAID_OUT })

/** Marks every top-level block overlapping [from, to] that is not marked exactly yet. */
function markRange(set: DecorationSet, doc: PMNode, from: number, to: number): DecorationSet {
  const lo = Math.max(0, from)
  const hi = Math.min(doc.content.size, to)
  const stale: Decoration[] = []
  const fresh: Decoration[] = []
  const have = set.find(lo, hi)
  doc.nodesBetween(lo, hi, (node, pos) => {
    const end = pos + node.nodeSize
    const existing = have.filter((d) => d.from < end && d.to > pos)
    if (existing.length === 1 && existing[0]!.from === pos && existing[0]!.to === end) return false
    // a split or joined block: its mapped mark no longer fits it
    stale.push(...existing)
    fresh.push(mark(pos, node))
    return false
  })
  if (!stale.length && !fresh.length) return set
  return (stale.length ? set.remove(stale) : set).add(doc, fresh)
}

/** Ranges of the new document that the transaction's steps wrote. */
function changedRanges(tr: Transaction): [number, number][] {
  const out: [number, number][] = []
  tr.mapping.maps.forEach((map, i) => {
    const after = tr.mapping.slice(i + 1)
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => out.push([after.map(newStart, -1), after.map(newEnd, 1)]))
  })
  return out
}

export function laidOutBlocks(doc: PMNode, from: number, to: number): DecorationSet {
  return markRange(DecorationSet.empty, doc, from - NEAR_CARET, to + NEAR_CARET)
}

export function applyLaidOut(tr: Transaction, set: DecorationSet): DecorationSet {
  if (!tr.docChanged && !tr.selectionSet) return set
  let next = tr.docChanged ? set.map(tr.mapping, tr.doc) : set
  if (tr.docChanged) for (const [from, to] of changedRanges(tr)) next = markRange(next, tr.doc, from, to)
  const { from, to } = tr.selection
  return markRange(next, tr.doc, from - NEAR_CARET, to + NEAR_CARET)
}

export const LazyLayout = Extension.create({
  name: 'lazyLayout',
  addProseMirrorPlugins: () => [
    new Plugin<DecorationSet>({
      key,
      state: {
        init: (_, state) => laidOutBlocks(state.doc, state.selection.from, state.selection.to),
        apply: applyLaidOut,
      },
      props: { decorations: (state) => key.getState(state) },
    }),
  ],
})
