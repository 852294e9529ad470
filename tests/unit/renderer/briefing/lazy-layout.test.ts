// Which blocks of a briefing are laid out lazily: those it had when it opened, away from the
// caret; never a block near the caret, never one made while writing (typing into a block Chrome
// has not drawn yet put the keys in the wrong order).
import { describe, expect, test } from 'vitest'
import { getSchema } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import type { Plugin} from '@tiptap/pm/state';
import { EditorState, TextSelection } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { splitBlock } from '@tiptap/pm/commands'
import { LazyLayout, NEAR_CARET } from '../../../../src/renderer/briefing/editor/lazy-layout'

const schema = getSchema([StarterKit])
const PARA = '国务院印发新一代人工智能发展规划，提出三步走战略目标。'.repeat(4) // 112 characters
const doc = schema.nodeFromJSON({ type: 'doc', content: Array.from({ length: 400 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `${i} ${PARA}` }] })) })
const plugin = (LazyLayout.config.addProseMirrorPlugins as () => Plugin[]).call({})[0]!

const lazyStarts = (state: EditorState): number[] =>
  (plugin.getState(state) as DecorationSet).find().map((d) => d.from)
const blockStarts = (state: EditorState): number[] => {
  const out: number[] = []
  state.doc.forEach((_n, offset) => out.push(offset))
  return out
}

describe('lazy layout of long briefings', () => {
  test('opened with the caret at the top: blocks far below are lazy, those near the caret are not', () => {
    const state = EditorState.create({ doc, plugins: [plugin] })
    const lazy = lazyStarts(state)
    expect(lazy.length).toBeGreaterThan(350)
    for (const from of blockStarts(state)) {
      const block = state.doc.resolve(from + 1).parent
      const end = from + block.nodeSize
      const near = end > state.selection.from - NEAR_CARET && from < state.selection.to + NEAR_CARET
      expect(lazy.includes(from), `block at ${from}`).toBe(!near)
    }
  })

  test('moving the caret lays out the blocks around it for good', () => {
    let state = EditorState.create({ doc, plugins: [plugin] })
    const middle = blockStarts(state)[200]! + 3
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, middle)))
    expect(lazyStarts(state).some((f) => Math.abs(f - middle) < NEAR_CARET)).toBe(false)
    // back to the top: the middle stays laid out
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1)))
    expect(lazyStarts(state).some((f) => Math.abs(f - middle) < NEAR_CARET)).toBe(false)
  })

  test('a block made with Enter is never lazy, wherever it is', () => {
    let state = EditorState.create({ doc, plugins: [plugin] })
    const end = state.doc.content.size - 1 // end of the last paragraph
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)))
    splitBlock(state, (tr) => (state = state.apply(tr)))
    expect(state.doc.childCount).toBe(401)
    const starts = blockStarts(state)
    const lazy = lazyStarts(state)
    expect(lazy).not.toContain(starts[400])
    expect(lazy).not.toContain(starts[399])
    // far above (and far below the top), blocks the briefing opened with are still lazy
    expect(lazy).toContain(starts[100])
  })
})
