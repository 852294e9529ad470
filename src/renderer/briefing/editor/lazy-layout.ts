// Long briefings open fast: the blocks a briefing has when it opens are laid out only when they
// come near the screen (content-visibility: auto, class "lazy-block"). A block loses that for
// good once the caret comes near it, and blocks made while writing never have it: Chrome treats
// a block it has not yet drawn as off screen, and keys typed into it before the next frame
// landed in the wrong order ("bg/" for "/bg").
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type Selection } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as PMNode } from '@tiptap/pm/model'

/** Positions either side of the selection within which blocks are always laid out. */
export const NEAR_CARET = 3000
const key = new PluginKey<DecorationSet>('briefing-lazy-layout')

function stripNear(set: DecorationSet, sel: Selection): DecorationSet {
  const near = set.find(Math.max(0, sel.from - NEAR_CARET), sel.to + NEAR_CARET)
  return near.length ? set.remove(near) : set
}

export function lazyBlocks(doc: PMNode, sel: Selection): DecorationSet {
  const decos: Decoration[] = []
  doc.forEach((node, offset) => decos.push(Decoration.node(offset, offset + node.nodeSize, { class: 'lazy-block' })))
  return stripNear(DecorationSet.create(doc, decos), sel)
}

export const LazyLayout = Extension.create({
  name: 'lazyLayout',
  addProseMirrorPlugins: () => [
    new Plugin<DecorationSet>({
      key,
      state: {
        init: (_, state) => lazyBlocks(state.doc, state.selection),
        apply: (tr, set) => (tr.docChanged || tr.selectionSet ? stripNear(set.map(tr.mapping, tr.doc), tr.selection) : set),
      },
      props: { decorations: (state) => key.getState(state) },
    }),
  ],
})
