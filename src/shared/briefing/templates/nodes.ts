// Small constructors for briefing nodes, so templates read as outlines rather than JSON.
import type { CoverAttrs, DocNode } from '../doc-model'

/** A fresh anchor for a heading (outline, table of contents); unique per heading, not per text. */
export function headingId(): string {
  return `h-${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`
}

export const text = (s: string): DocNode => ({ type: 'text', text: s })
export const paragraph = (s = ''): DocNode => (s ? { type: 'paragraph', content: [text(s)] } : { type: 'paragraph' })
export const heading = (level: 1 | 2 | 3 | 4, s: string): DocNode => ({ type: 'heading', attrs: { level, id: headingId() }, content: [text(s)] })
export const cover = (attrs: CoverAttrs): DocNode => ({ type: 'cover', attrs: { ...attrs } })
export const toc = (): DocNode => ({ type: 'toc' })
export const pageBreak = (): DocNode => ({ type: 'pageBreak' })
export const referenceList = (): DocNode => ({ type: 'referenceList' })
export const doc = (content: DocNode[]): DocNode => ({ type: 'doc', content })

/** A heading followed by the paragraph telling the writer what belongs there. */
export const section = (level: 1 | 2 | 3 | 4, title: string, prompt: string): DocNode[] => [heading(level, title), paragraph(prompt)]
