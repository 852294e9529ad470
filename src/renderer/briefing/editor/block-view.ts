// Plain-DOM node views for the briefing's block atoms (no Vue per block: a 150-page briefing
// must stay light). Blocks ask the screen for help (edit, refresh a chart) through one DOM
// event, so the editor extensions do not depend on stores.
import type { Editor } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'

export const BLOCK_EVENT = 'briefing-block'
export interface BlockEventDetail {
  action: 'edit' | 'refresh' | 'freeze' | 'open'
  type: string
  pos: number
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag)
  if (cls) e.className = cls
  if (text !== undefined) e.textContent = text
  return e
}

/** A small button inside a block that reports an action for the block at its current position. */
export function actionButton(editor: Editor, label: string, detail: Omit<BlockEventDetail, 'pos'>, getPos: () => number | undefined): HTMLButtonElement {
  const b = el('button', 'block-action', label)
  b.type = 'button'
  b.contentEditable = 'false'
  b.addEventListener('mousedown', (e) => e.preventDefault())
  b.addEventListener('click', () => {
    const pos = getPos()
    if (pos === undefined) return
    editor.view.dom.dispatchEvent(new CustomEvent<BlockEventDetail>(BLOCK_EVENT, { bubbles: true, detail: { ...detail, pos } }))
  })
  return b
}

export interface DerivedView {
  refresh(doc: PmNode): void
}

/** Node views whose content is derived from the whole document (contents, references). */
export class DerivedViews {
  private views = new Set<DerivedView>()
  private timer: ReturnType<typeof setTimeout> | null = null
  add(v: DerivedView): void {
    this.views.add(v)
  }
  remove(v: DerivedView): void {
    this.views.delete(v)
  }
  /** Redraws them after a pause in typing, never on every keystroke. */
  schedule(editor: Editor, ms = 400): void {
    if (!this.views.size) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.now(editor), ms)
  }
  now(editor: Editor): void {
    this.timer = null
    if (editor.isDestroyed) return
    for (const v of this.views) v.refresh(editor.state.doc)
  }
}
