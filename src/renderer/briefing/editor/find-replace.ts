// Find and replace inside the briefing: matches are decorations (the document is not touched
// until a replace), recomputed when the query or the document changes.
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as PmNode } from '@tiptap/pm/model'

export interface FindState {
  query: string
  caseSensitive: boolean
  matches: { from: number; to: number }[]
  current: number
  decorations: DecorationSet
}

export const findKey = new PluginKey<FindState>('briefing-find')

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      setFindQuery: (query: string, caseSensitive?: boolean) => ReturnType
      findNext: () => ReturnType
      findPrevious: () => ReturnType
      replaceCurrent: (replacement: string) => ReturnType
      replaceAll: (replacement: string) => ReturnType
    }
  }
}

/** Every match of `query` in the text blocks of `doc` (a match never spans two blocks). */
export function findMatches(doc: PmNode, query: string, caseSensitive: boolean): { from: number; to: number }[] {
  if (!query) return []
  const q = caseSensitive ? query : query.toLowerCase()
  const out: { from: number; to: number }[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return !node.isAtom
    // map text offsets to positions: text nodes are contiguous, atoms count one position
    let text = ''
    const starts: { offset: number; pos: number }[] = []
    node.forEach((child, off) => {
      starts.push({ offset: text.length, pos: pos + 1 + off })
      text += child.isText ? (child.text ?? '') : '\ufffc'
    })
    const hay = caseSensitive ? text : text.toLowerCase()
    for (let i = hay.indexOf(q); i !== -1; i = hay.indexOf(q, i + q.length)) {
      const toPos = (o: number) => {
        let s = starts[0]!
        for (const st of starts) if (st.offset <= o) s = st
        return s.pos + (o - s.offset)
      }
      out.push({ from: toPos(i), to: toPos(i + q.length - 1) + 1 })
    }
    return false
  })
  return out
}

function build(doc: PmNode, query: string, caseSensitive: boolean, current: number): FindState {
  const matches = findMatches(doc, query, caseSensitive)
  const cur = matches.length ? Math.min(Math.max(current, 0), matches.length - 1) : -1
  const decorations = DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === cur ? 'find-hit current' : 'find-hit' })),
  )
  return { query, caseSensitive, matches, current: cur, decorations }
}

const EMPTY: FindState = { query: '', caseSensitive: false, matches: [], current: -1, decorations: DecorationSet.empty }
type Meta = { query?: string; caseSensitive?: boolean; current?: number }

function select(state: EditorState, tr: Transaction, m: { from: number; to: number } | undefined): Transaction {
  return m ? tr.setSelection(TextSelection.create(tr.doc, m.from, m.to)).scrollIntoView() : tr
}

export const FindReplace = Extension.create({
  name: 'findReplace',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => EMPTY,
          apply(tr, prev) {
            const meta = tr.getMeta(findKey) as Meta | undefined
            if (meta) return build(tr.doc, meta.query ?? prev.query, meta.caseSensitive ?? prev.caseSensitive, meta.current ?? prev.current)
            if (tr.docChanged && prev.query) return build(tr.doc, prev.query, prev.caseSensitive, prev.current)
            return prev
          },
        },
        props: { decorations: (state) => findKey.getState(state)?.decorations },
      }),
    ]
  },
  addCommands() {
    const move = (delta: number) => () => ({ state, tr, dispatch }: { state: EditorState; tr: Transaction; dispatch?: (tr: Transaction) => void }) => {
      const f = findKey.getState(state)
      if (!f || !f.matches.length) return false
      const next = (f.current + delta + f.matches.length) % f.matches.length
      if (dispatch) dispatch(select(state, tr.setMeta(findKey, { current: next }), f.matches[next]))
      return true
    }
    return {
      setFindQuery:
        (query, caseSensitive) =>
        ({ state, tr, dispatch }) => {
          if (!dispatch) return true
          const first = findMatches(state.doc, query, caseSensitive ?? findKey.getState(state)?.caseSensitive ?? false)[0]
          dispatch(select(state, tr.setMeta(findKey, { query, caseSensitive, current: 0 }), first))
          return true
        },
      findNext: move(1),
      findPrevious: move(-1),
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const f = findKey.getState(state)
          const m = f?.matches[f.current]
          if (!f || !m) return false
          if (dispatch) {
            tr.insertText(replacement, m.from, m.to)
            dispatch(tr.setMeta(findKey, { current: f.current }))
          }
          return true
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const f = findKey.getState(state)
          if (!f || !f.matches.length) return false
          if (dispatch) {
            for (const m of [...f.matches].reverse()) tr.insertText(replacement, m.from, m.to)
            dispatch(tr.setMeta(findKey, { current: 0 }))
          }
          return true
        },
    }
  },
})
