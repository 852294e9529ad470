// What can be inserted into a briefing, shared by the slash menu and the toolbar's insert menu.
// Items that need a choice (a record, a chart, an image) ask the screen through `request`.
import type { Editor } from '@tiptap/core'

export type InsertRequest = 'citation' | 'chart' | 'image' | 'footnote' | 'cover' | 'quote'

export interface InsertItem {
  id: string
  /** i18n key under briefingEditor.insert */
  label: string
  /** extra words the slash filter matches (pinyin initials, English) */
  keywords: string
  run: (editor: Editor, request: (kind: InsertRequest) => void) => void
}

const chain = (e: Editor) => e.chain().focus()

export const INSERT_ITEMS: readonly InsertItem[] = [
  { id: 'h1', label: 'h1', keywords: 'heading 1 bt1 标题', run: (e) => chain(e).setNode('heading', { level: 1 }).run() },
  { id: 'h2', label: 'h2', keywords: 'heading 2 bt2 标题', run: (e) => chain(e).setNode('heading', { level: 2 }).run() },
  { id: 'h3', label: 'h3', keywords: 'heading 3 bt3 标题', run: (e) => chain(e).setNode('heading', { level: 3 }).run() },
  { id: 'bullet', label: 'bullet', keywords: 'list bullet lb 列表', run: (e) => chain(e).toggleBulletList().run() },
  { id: 'ordered', label: 'ordered', keywords: 'list ordered numbered bh 编号', run: (e) => chain(e).toggleOrderedList().run() },
  { id: 'quote', label: 'blockquote', keywords: 'quote blockquote yy 引用', run: (e) => chain(e).toggleBlockquote().run() },
  { id: 'table', label: 'table', keywords: 'table bg 表格', run: (e) => chain(e).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  { id: 'image', label: 'image', keywords: 'image picture tp 图片', run: (_e, req) => req('image') },
  { id: 'citation', label: 'citation', keywords: 'cite citation policy vendor yz 引注 引用 政策 厂商', run: (_e, req) => req('citation') },
  { id: 'footnote', label: 'footnote', keywords: 'footnote jz 脚注', run: (_e, req) => req('footnote') },
  { id: 'chart', label: 'chart', keywords: 'chart graph tb 图表', run: (_e, req) => req('chart') },
  { id: 'policyQuote', label: 'policyQuote', keywords: 'quote passage note zy 摘引 笔记', run: (_e, req) => req('quote') },
  { id: 'pageBreak', label: 'pageBreak', keywords: 'page break fy 分页', run: (e) => chain(e).insertBlock('pageBreak').run() },
  { id: 'toc', label: 'toc', keywords: 'contents toc ml 目录', run: (e) => chain(e).insertBlock('toc').run() },
  { id: 'references', label: 'references', keywords: 'references bibliography ckwx 参考文献', run: (e) => chain(e).insertBlock('referenceList').run() },
  { id: 'cover', label: 'cover', keywords: 'cover title page fm 封面', run: (_e, req) => req('cover') },
  { id: 'hr', label: 'hr', keywords: 'rule divider fgx 分隔线', run: (e) => chain(e).setHorizontalRule().run() },
]

/** Items whose label or keywords contain the query (case-insensitive). */
export function filterItems(query: string, label: (key: string) => string): InsertItem[] {
  const q = query.trim().toLowerCase()
  if (!q) return [...INSERT_ITEMS]
  return INSERT_ITEMS.filter((i) => label(i.label).toLowerCase().includes(q) || i.keywords.toLowerCase().includes(q))
}
