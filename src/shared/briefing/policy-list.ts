// A list of policies as editor (Tiptap / ProseMirror) JSON, appended to a briefing: a bold
// lead line, then one bullet per policy with its title, document number, date and a link to
// the record (and, when given, a live citation of it). Pure, so the document shape is unit-tested
// without an editor.

import type { CitationAttrs, DocNode } from './doc-model'

export type { DocNode } from './doc-model'

export interface ListedPolicy {
  id: string
  title: string
  /** Formatted for reading ("2023年5月"). */
  date: string
  docNumber: string | null
  /** when given, the item also carries a live citation of the record (numbered, in the reference list) */
  citation?: CitationAttrs
}

const text = (s: string, marks?: DocNode['marks']): DocNode => (marks ? { type: 'text', text: s, marks } : { type: 'text', text: s })
const paragraph = (content: DocNode[]): DocNode => ({ type: 'paragraph', content })

/** The in-app address of a policy, as the briefing's links carry it. */
export const policyHref = (id: string) => `#/policies/${id}`

/**
 * The blocks for a selection: `lead` in bold, a bullet per policy, and `more` as a last line
 * when the list was cut short.
 */
export function policyListBlocks(lead: string, items: readonly ListedPolicy[], linkText: string, more?: string): DocNode[] {
  const blocks: DocNode[] = [paragraph([text(lead, [{ type: 'bold' }])])]
  if (items.length) {
    blocks.push({
      type: 'bulletList',
      content: items.map((p) => ({
        type: 'listItem',
        content: [
          paragraph([
            text(`《${p.title}》${p.docNumber ? `（${p.docNumber}）` : ''}，${p.date}`),
            ...(p.citation ? [{ type: 'citation', attrs: { ...p.citation } }] : []),
            text('\u3000'),
            text(linkText, [{ type: 'link', attrs: { href: policyHref(p.id) } }]),
          ]),
        ],
      })),
    })
  }
  if (more) blocks.push(paragraph([text(more)]))
  return blocks
}

const isEmptyParagraph = (n: unknown) => {
  const node = n as DocNode | null
  return node?.type === 'paragraph' && !node.content?.length
}

/** The document with the blocks added at its end; a new briefing's lone empty line gives way to them. */
export function appendBlocks(doc: Record<string, unknown>, blocks: readonly DocNode[]): Record<string, unknown> {
  const content = Array.isArray(doc['content']) ? (doc['content'] as unknown[]) : []
  const kept = content.length === 1 && isEmptyParagraph(content[0]) ? [] : content
  return { ...doc, type: 'doc', content: [...kept, ...blocks] }
}
