// Checks a briefing document against the contract of doc-model.ts before it is saved as a
// template, imported or converted: known nodes and marks, where each may stand, heading levels,
// the attributes our atoms print from, and tables that are rectangular. Returns the problems.
import { CHART_KINDS, MARKS, NODES, type DocNode } from './doc-model'
import { tableGrid } from './table-grid'

const BLOCKS = new Set([
  'paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'codeBlock', 'horizontalRule', 'table', 'image',
  'referenceList', 'pageBreak', 'chart', 'cover', 'toc', 'quoteBlock',
])
const INLINES = new Set(['text', 'hardBreak', 'citation', 'footnote'])
const LEAVES = new Set(['text', 'hardBreak', 'citation', 'footnote', 'horizontalRule', 'image', 'referenceList', 'pageBreak', 'chart', 'cover', 'toc', 'quoteBlock'])

/** What each non-leaf node may contain. */
const CHILDREN: Record<string, (child: string) => boolean> = {
  doc: (c) => BLOCKS.has(c),
  blockquote: (c) => BLOCKS.has(c),
  listItem: (c) => BLOCKS.has(c),
  tableCell: (c) => BLOCKS.has(c),
  tableHeader: (c) => BLOCKS.has(c),
  paragraph: (c) => INLINES.has(c),
  heading: (c) => INLINES.has(c),
  codeBlock: (c) => c === 'text',
  bulletList: (c) => c === 'listItem',
  orderedList: (c) => c === 'listItem',
  table: (c) => c === 'tableRow',
  tableRow: (c) => c === 'tableHeader' || c === 'tableCell',
}

type AttrRule = 'string' | 'string?' | 'boolean' | 'number' | 'object' | readonly string[]

/** Attributes our atoms need to print without the database (see the interfaces in doc-model.ts). */
const ATTRS: Record<string, Record<string, AttrRule>> = {
  citation: { refKind: ['policy', 'vendor'], refId: 'string', title: 'string', docNumber: 'string?', date: 'string?', detail: 'string?', broken: 'boolean' },
  footnote: { text: 'string' },
  chart: { chartKind: CHART_KINDS, params: 'object', caption: 'string', svg: 'string', frozen: 'boolean', drawnAt: 'number' },
  cover: { title: 'string', subtitle: 'string', unit: 'string', author: 'string', date: 'string', serial: 'string', label: 'string' },
  quoteBlock: { source: ['policy', 'note'], policyId: 'string?', noteId: 'string?', policyTitle: 'string', text: 'string' },
  image: { src: 'string' },
}

function attrProblem(value: unknown, rule: AttrRule): string | null {
  if (Array.isArray(rule)) return rule.includes(value as string) ? null : `should be one of ${rule.join(', ')}`
  switch (rule) {
    case 'string':
      return typeof value === 'string' ? null : 'should be a string'
    case 'string?':
      return value === null || typeof value === 'string' ? null : 'should be a string or null'
    case 'boolean':
      return typeof value === 'boolean' ? null : 'should be true or false'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'should be a number'
    default:
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? null : 'should be an object'
  }
}

/** Problems as `path: reason`, the path like `doc.content[2].content[0] (heading)`; empty when valid. */
export function validateDoc(doc: DocNode): string[] {
  const problems: string[] = []
  const knownNodes = new Set<string>(NODES)
  const knownMarks = new Set<string>(MARKS)

  const check = (n: DocNode, path: string, parent: DocNode | null) => {
    const here = `${path} (${String(n.type)})`
    const say = (reason: string) => problems.push(`${here}: ${reason}`)
    if (!knownNodes.has(n.type)) {
      say('unknown node type')
      return
    }
    if (parent === null && n.type !== 'doc') say('the root must be a doc')
    if (parent !== null && n.type === 'doc') say('a doc cannot be nested')
    if (parent && CHILDREN[parent.type] && !CHILDREN[parent.type]!(n.type)) say(`cannot stand inside ${parent.type}`)

    for (const m of n.marks ?? []) {
      if (!knownMarks.has(m.type)) say(`unknown mark ${String(m.type)}`)
      if (m.type === 'link' && typeof m.attrs?.['href'] !== 'string') say('link without an href')
    }
    // Tiptap's code mark excludes every other mark: such text would not load as saved.
    if (n.marks && n.marks.length > 1 && n.marks.some((m) => m.type === 'code')) say('code cannot combine with other marks')
    if (n.marks?.length && !INLINES.has(n.type)) say('only inline nodes carry marks')

    if (n.type === 'text') {
      if (typeof n.text !== 'string' || n.text === '') say('text node without text')
      if (parent?.type === 'codeBlock' && n.marks?.length) say('code block text cannot carry marks')
    } else if (n.text !== undefined) say('only text nodes have text')

    if (LEAVES.has(n.type) && n.content?.length) say('cannot have content')
    if (n.type === 'doc' && !n.content?.length) say('a doc needs at least one block')
    if ((n.type === 'bulletList' || n.type === 'orderedList' || n.type === 'table' || n.type === 'tableRow') && !n.content?.length) say('cannot be empty')
    if (n.type === 'listItem' && n.content?.[0]?.type !== 'paragraph') say('a list item starts with a paragraph')
    if ((n.type === 'tableCell' || n.type === 'tableHeader' || n.type === 'blockquote') && !n.content?.length) say('needs at least one block')

    if (n.type === 'heading') {
      const level = n.attrs?.['level']
      if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 4) say(`heading level ${String(level)} is not 1–4`)
      const id = n.attrs?.['id']
      if (id !== undefined && id !== null && typeof id !== 'string') say('heading id should be a string')
    }
    const rules = ATTRS[n.type]
    if (rules) {
      for (const [key, rule] of Object.entries(rules)) {
        if (!n.attrs || !(key in n.attrs)) say(`missing attribute ${key}`)
        else {
          const why = attrProblem(n.attrs[key], rule)
          if (why) say(`attribute ${key} ${why}`)
        }
      }
    }
    if (n.type === 'table') {
      const grid = tableGrid(n)
      const widths = grid.map((row) => row.length)
      const width = Math.max(0, ...widths)
      grid.forEach((row, r) => {
        if (row.length !== width) say(`row ${r} is ${row.length} cells wide, others ${width}`)
        else if (row.some((c) => c === null)) say(`row ${r} has a hole`)
      })
    }
    n.content?.forEach((child, i) => check(child, `${path}.content[${i}]`, n))
  }

  if (!doc || typeof doc !== 'object') return ['doc: not a document']
  check(doc, 'doc', null)
  return problems
}
