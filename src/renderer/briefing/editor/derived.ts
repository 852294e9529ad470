// What the outline, the contents block and the reference list show, read straight from the
// editor's document (no JSON serialisation), with the same rules as shared/briefing/citations.
import type { Node as PmNode } from '@tiptap/pm/model'
import { citationKey } from '@shared/briefing/citations'
import type { CitationAttrs } from '@shared/briefing/doc-model'

export interface Heading {
  level: number
  text: string
  pos: number
}

export function headingsOf(doc: PmNode, maxLevel = 4): Heading[] {
  const out: Heading[] = []
  doc.descendants((node, pos) => {
    if (node.type.name === 'heading') {
      const level = Number(node.attrs['level'])
      if (level <= maxLevel) out.push({ level, text: node.textContent.trim(), pos })
      return false
    }
    return !node.isTextblock && !node.isAtom
  })
  return out
}

export function referencesOf(doc: PmNode): (CitationAttrs & { n: number })[] {
  const seen = new Map<string, CitationAttrs & { n: number }>()
  doc.descendants((node) => {
    if (node.type.name === 'citation') {
      const a = node.attrs as CitationAttrs
      const key = citationKey(a.refKind, a.refId)
      if (!seen.has(key)) seen.set(key, { ...a, n: seen.size + 1 })
    }
    return !node.isAtom
  })
  return [...seen.values()]
}
