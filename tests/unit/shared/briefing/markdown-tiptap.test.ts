// The imported documents must load into Tiptap as they are: checked against the schema the
// editor's standard extensions build (StarterKit, tables, images, heading anchors).
import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { Node, getSchema } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import Heading from '@tiptap/extension-heading'
import { TableKit } from '@tiptap/extension-table'
import Image from '@tiptap/extension-image'
import { markdownToDoc } from '@shared/briefing/markdown-import'
import { docToMarkdown } from '@shared/briefing/markdown-export'
import { representativeDoc } from './markdown-fixture'

const AnchoredHeading = Heading.extend({
  addAttributes() {
    return { ...this.parent?.(), id: { default: null } }
  },
})
// The two atoms of ours the importer makes, shaped as doc-model.ts defines them.
const Footnote = Node.create({ name: 'footnote', group: 'inline', inline: true, atom: true, addAttributes: () => ({ text: { default: '' } }) })
const PageBreak = Node.create({ name: 'pageBreak', group: 'block', atom: true })
const schema = getSchema([StarterKit.configure({ heading: false }), AnchoredHeading.configure({ levels: [1, 2, 3, 4] }), TableKit, Image, Footnote, PageBreak])
const load = (md: string) => {
  const node = schema.nodeFromJSON(markdownToDoc(md))
  node.check()
  return node
}

describe('imported Markdown loads into the editor schema', () => {
  test('the exported representative briefing', () => {
    // Our other atoms (cover, citation, chart…) export as plain Markdown and read back as text.
    const node = load(docToMarkdown(representativeDoc))
    expect(node.textContent).toContain('人工智能+”行动')
    expect(node.textContent).toContain('规划 | 总体')
  })

  test('emphasis inside emphasis marks the text once (found by the property below)', () => {
    expect(() => load('*** *[^1]**')).not.toThrow()
    expect(() => load('*a *b* c*')).not.toThrow()
  })

  test('arbitrary Markdown-ish text never yields a document the schema refuses', () => {
    const chunk = fc.constantFrom('# ', '## ', '##### ', '- ', '1. ', '> ', '**', '*', '~~', '`', '```\n', '\n', '\n\n', '| a | b |\n| - | - |\n| c | d |\n', '[x](https://a.cn)', '![i](data:image/png;base64,AA==)', '[^1]', '[^1]: 注\n', '<b>', '---\n', '政策', 'abc', '    ', '\\')
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 25 }), (parts) => {
        expect(() => load(parts.join(''))).not.toThrow()
      }),
      { numRuns: Number(process.env['MD_RUNS'] ?? 300) },
    )
  }, 60_000)
})
