// The slash menu: typing "/" at the start of a word opens a list of blocks to insert, filtered
// as one types, with arrows, Enter and Escape. Plain DOM, positioned at the caret.
import { Extension, type Editor, type Range } from '@tiptap/core'
import { PluginKey } from '@tiptap/pm/state'
import Suggestion, { type SuggestionKeyDownProps, type SuggestionProps } from '@tiptap/suggestion'
import { t, translate } from '../../i18n'
import { filterItems, type InsertItem, type InsertRequest } from './insert-items'

const label = (key: string) => translate(`briefingEditor.insert.${key}`)

function menu(request: () => (kind: InsertRequest) => void) {
  let dom: HTMLDivElement | null = null
  let items: InsertItem[] = []
  let active = 0
  let pick: ((item: InsertItem) => void) | null = null

  const draw = () => {
    if (!dom) return
    dom.replaceChildren(
      ...items.map((item, i) => {
        const b = document.createElement('button')
        b.type = 'button'
        b.role = 'option'
        b.className = i === active ? 'slash-item active' : 'slash-item'
        b.setAttribute('aria-selected', String(i === active))
        b.textContent = label(item.label)
        b.addEventListener('mousedown', (e) => {
          e.preventDefault()
          pick?.(item)
        })
        return b
      }),
    )
    if (!items.length) dom.append(Object.assign(document.createElement('div'), { className: 'muted small', textContent: t('briefingEditor.noMatch') }))
  }
  const place = (p: SuggestionProps<InsertItem>) => {
    const r = p.clientRect?.()
    if (!dom || !r) return
    dom.style.left = `${Math.round(r.left)}px`
    dom.style.top = `${Math.round(r.bottom + 4)}px`
  }
  return {
    onStart(p: SuggestionProps<InsertItem>) {
      dom = document.createElement('div')
      dom.className = 'slash-menu'
      dom.role = 'listbox'
      dom.dataset['testid'] = 'slash-menu'
      document.body.append(dom)
      items = p.items
      active = 0
      pick = (item) => p.command(item)
      draw()
      place(p)
    },
    onUpdate(p: SuggestionProps<InsertItem>) {
      items = p.items
      active = 0
      pick = (item) => p.command(item)
      draw()
      place(p)
    },
    onKeyDown({ event }: SuggestionKeyDownProps) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (items.length) active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length
        draw()
        return true
      }
      if (event.key === 'Enter') {
        const item = items[active]
        if (item) pick?.(item)
        return !!item
      }
      return false
    },
    onExit() {
      dom?.remove()
      dom = null
    },
    request,
  }
}

export const SlashMenu = Extension.create<{ request: (kind: InsertRequest) => void }>({
  name: 'slashMenu',
  addOptions: () => ({ request: () => {} }),
  addProseMirrorPlugins() {
    const request = () => this.options.request
    return [
      Suggestion<InsertItem, InsertItem>({
        editor: this.editor,
        pluginKey: new PluginKey('briefing-slash'),
        char: '/',
        allowedPrefixes: null,
        items: ({ query }) => filterItems(query, label),
        command: ({ editor, range, props }: { editor: Editor; range: Range; props: InsertItem }) => {
          editor.chain().focus().deleteRange(range).run()
          props.run(editor, request())
        },
        render: () => menu(request),
      }),
    ]
  },
})
