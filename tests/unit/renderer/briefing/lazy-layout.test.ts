// Which blocks of a briefing are always laid out (class "laid-out"; the rest are lazy): those
// near the caret, for good once the caret has been near them, and every block a change wrote,
// wherever it is (typing into a block Chrome has not drawn yet put the keys in the wrong order).
// The marks stay few: a decoration on every block made opening a long briefing slow.
import { describe, expect, test } from 'vitest'
import { getSchema } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import type { Plugin } from '@tiptap/pm/state'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { joinBackward, splitBlock } from '@tiptap/pm/commands'
import { LazyLayout, NEAR_CARET } from '../../../../src/renderer/briefing/editor/lazy-layout'

const schema = getSchema([StarterKit])
const PARA = '国务院印发新一代人工智能发展规划，提出三步走战略目标。'.repeat(4) // 112 characters
const doc = schema.nodeFromJSON({ type: 'doc', content: Array.from({ length: 400 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `${i} ${PARA}` }] })) })
const plugin = (LazyLayout.config.addProseMirrorPlugins as () => Plugin[]).call({})[0]!

const marks = (state: EditorState) => (plugin.getState(state) as DecorationSet).find()
const markedStarts = (state: EditorState): number[] => marks(state).map((d) => d.from)
const blocks = (state: EditorState): { from: number; to: number }[] => {
  const out: { from: number; to: number }[] = []
  state.doc.forEach((n, offset) => out.push({ from: offset, to: offset + n.nodeSize }))
  return out
}
/** Every mark covers exactly one top-level block. */
function expectExact(state: EditorState): void {
  const exact = new Set(blocks(state).map((b) => `${b.from}-${b.to}`))
  for (const d of marks(state)) expect(exact.has(`${d.from}-${d.to}`), `mark ${d.from}-${d.to}`).toBe(true)
}
const near = (b: { from: number; to: number }, at: number) => b.to > at - NEAR_CARET && b.from < at + NEAR_CARET

describe('lazy layout of long briefings', () => {
  test('opened with the caret at the top: only the blocks near the caret are marked', () => {
    const state = EditorState.create({ doc, plugins: [plugin] })
    const marked = markedStarts(state)
    expect(marked.length).toBeGreaterThan(5)
    expect(marked.length).toBeLessThan(50)
    for (const b of blocks(state)) expect(marked.includes(b.from), `block at ${b.from}`).toBe(near(b, state.selection.from))
    expectExact(state)
  })

  test('moving the caret lays out the blocks around it for good', () => {
    let state = EditorState.create({ doc, plugins: [plugin] })
    const middle = blocks(state)[200]!.from + 3
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, middle)))
    const around = blocks(state).filter((b) => near(b, middle))
    expect(around.every((b) => markedStarts(state).includes(b.from))).toBe(true)
    // back to the top: the middle stays laid out
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1)))
    expect(around.every((b) => markedStarts(state).includes(b.from))).toBe(true)
    expectExact(state)
  })

  test('a block made with Enter is marked in the same transaction; a split or joined block keeps one exact mark', () => {
    let state = EditorState.create({ doc, plugins: [plugin] })
    const end = state.doc.content.size - 1 // end of the last paragraph
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)))
    splitBlock(state, (tr) => (state = state.apply(tr)))
    expect(state.doc.childCount).toBe(401)
    const starts = blocks(state).map((b) => b.from)
    expect(markedStarts(state)).toContain(starts[400])
    expect(markedStarts(state)).toContain(starts[399])
    // far above the caret, blocks the briefing opened with are still lazy
    expect(markedStarts(state)).not.toContain(starts[100])
    expectExact(state)
    joinBackward(state, (tr) => (state = state.apply(tr)))
    expect(state.doc.childCount).toBe(400)
    expectExact(state)
  })

  test('a block written far from the caret (an insertion by a command) is marked too', () => {
    let state = EditorState.create({ doc, plugins: [plugin] })
    const at = state.doc.content.size
    state = state.apply(state.tr.insert(at, schema.nodes['paragraph']!.create(null, schema.text('附：参考文献'))))
    expect(state.selection.from).toBeLessThan(NEAR_CARET)
    expect(markedStarts(state)).toContain(at)
    expectExact(state)
  })
})
