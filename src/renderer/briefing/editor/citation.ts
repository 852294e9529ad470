// Citations and footnotes in the editor: inline atoms whose numbers are not stored but drawn
// from a plugin that numbers them in order of first appearance (a repeated record keeps its
// number). The plugin recomputes only when a transaction changes the document.
import { Node, mergeAttributes } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as PmNode } from '@tiptap/pm/model'
import { citationKey } from '@shared/briefing/citations'
import type { CitationAttrs } from '@shared/briefing/doc-model'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citation: { insertCitation: (attrs: CitationAttrs) => ReturnType }
    footnote: { insertFootnote: (text: string) => ReturnType }
  }
}

const attr = (name: string, fallback: unknown) => ({
  default: fallback,
  parseHTML: (el: HTMLElement) => {
    const v = el.getAttribute(`data-${name}`)
    if (v === null) return fallback
    return typeof fallback === 'boolean' ? v === 'true' : v
  },
  renderHTML: (attrs: Record<string, unknown>) => (attrs[name] === null ? {} : { [`data-${name}`]: String(attrs[name]) }),
})

export const Citation = Node.create({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      refKind: attr('refKind', 'policy'),
      refId: attr('refId', ''),
      title: attr('title', ''),
      docNumber: attr('docNumber', null),
      date: attr('date', null),
      detail: attr('detail', null),
      broken: attr('broken', false),
    }
  },
  parseHTML: () => [{ tag: 'span[data-citation]' }],
  renderHTML({ HTMLAttributes, node }) {
    const a = node.attrs as CitationAttrs
    const tip = `《${a.title}》${a.docNumber ? ` ${a.docNumber}` : ''}${a.date ? ` ${a.date}` : ''}${a.broken ? ' — 记录已删除 / record deleted' : ''}`
    return ['span', mergeAttributes(HTMLAttributes, { 'data-citation': '', class: a.broken ? 'cite broken' : 'cite', title: tip })]
  },
  addCommands() {
    return { insertCitation: (attrs) => ({ commands }) => commands.insertContent({ type: 'citation', attrs: { ...attrs } }) }
  },
})

export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return { text: attr('text', '') }
  },
  parseHTML: () => [{ tag: 'span[data-footnote]' }],
  renderHTML({ HTMLAttributes, node }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-footnote': '', class: 'fn-ref', title: String(node.attrs['text'] ?? '') })]
  },
  addCommands() {
    return { insertFootnote: (text) => ({ commands }) => commands.insertContent({ type: 'footnote', attrs: { text } }) }
  },
})

/** Number decorations for every citation and footnote; `data-n` is shown by CSS. */
function numberDecorations(doc: PmNode): DecorationSet {
  const decos: Decoration[] = []
  const numbers = new Map<string, number>()
  let footnotes = 0
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      // inline children only: scan them without descending further
      node.forEach((child, offset) => {
        const at = pos + 1 + offset
        if (child.type.name === 'citation') {
          const key = citationKey(child.attrs['refKind'] as CitationAttrs['refKind'], String(child.attrs['refId']))
          if (!numbers.has(key)) numbers.set(key, numbers.size + 1)
          decos.push(Decoration.node(at, at + child.nodeSize, { 'data-n': String(numbers.get(key)) }))
        } else if (child.type.name === 'footnote') {
          decos.push(Decoration.node(at, at + child.nodeSize, { 'data-n': String(++footnotes) }))
        }
      })
      return false
    }
    return !node.isAtom
  })
  return DecorationSet.create(doc, decos)
}

export const numberingKey = new PluginKey<DecorationSet>('briefing-numbering')

/** Keeps citation and footnote numbers current. */
export function numberingPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: numberingKey,
    state: {
      init: (_config, state: EditorState) => numberDecorations(state.doc),
      apply: (tr, old) => (tr.docChanged ? (touchesAtoms(tr) ? numberDecorations(tr.doc) : old.map(tr.mapping, tr.doc)) : old),
    },
    props: { decorations: (state) => numberingKey.getState(state) },
  })
}

/**
 * Typing in a long document must stay cheap: renumber only when a step removed or inserted a
 * citation or footnote (found by looking at the changed ranges, not at the whole document).
 */
function touchesAtoms(tr: Transaction): boolean {
  let hit = false
  tr.steps.forEach((step, i) => {
    if (hit) return
    const json = step.toJSON() as { stepType?: string; from?: number; to?: number; slice?: { content?: unknown } }
    if (json.stepType !== 'replace' && json.stepType !== 'replaceAround') {
      hit = json.stepType !== 'addMark' && json.stepType !== 'removeMark'
      return
    }
    if (json.slice?.content && JSON.stringify(json.slice.content).match(/"type":"(citation|footnote)"/)) hit = true
    const doc = tr.docs[i]
    if (!hit && doc && json.from !== undefined && json.to !== undefined && json.to > json.from) {
      doc.nodesBetween(json.from, json.to, (node) => {
        if (node.type.name === 'citation' || node.type.name === 'footnote') hit = true
        return !hit
      })
    }
  })
  return hit
}
